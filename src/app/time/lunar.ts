/**
 * Lunar dates as the page shows them, from the core's generated table (no calendar library on
 * the phone): the name of a day (除夕, 腊月廿七, 正月初一…), its short axis label (廿七, 除夕,
 * 初一…, 元宵 for 正月十五), and the coming season's common instants for the time panel.
 */
import { lunarDayName, lunarDayStart, seasonLunarDayOf, type LunarDayRef } from '../../core';

function ref(ms: number): LunarDayRef | null {
  const d = seasonLunarDayOf(ms);
  if (!d) return null;
  return { month: d.month, day: d.eve ? 'last' : d.day };
}

/** "除夕", "腊月廿七", "正月初一"; null outside 腊月 and 正月. */
export function lunarName(ms: number): string | null {
  const r = ref(ms);
  return r ? lunarDayName(r) : null;
}

/** "除夕", "廿七", "初一", "元宵" (正月十五): short enough for an axis label. */
export function lunarShort(ms: number): string | null {
  const r = ref(ms);
  if (!r) return null;
  if (r.month === 1 && r.day === 15) return '元宵';
  const name = lunarDayName(r);
  return name === '除夕' ? name : name.slice(2);
}

/** Which of the special days (for an English gloss): 除夕, 正月初一, 正月十五. */
export function lunarSpecial(ms: number): 'eve' | 'newYear' | 'lantern' | null {
  const r = ref(ms);
  if (!r) return null;
  if (r.month === 12) return r.day === 'last' ? 'eve' : null;
  return r.day === 1 ? 'newYear' : r.day === 15 ? 'lantern' : null;
}

export type ShortcutKey = 'eve' | 'newYear' | 'second' | 'lantern';

/** 除夕 20:00, 初一 00:00, 初二 06:00, 正月十五 20:00 of the season whose 正月初一 falls in `year`. */
export function seasonShortcuts(year: number): { key: ShortcutKey; atMs: number }[] {
  const H = 3600_000;
  const list: [ShortcutKey, LunarDayRef, number][] = [
    ['eve', { month: 12, day: 'last' }, 20 * H],
    ['newYear', { month: 1, day: 1 }, 0],
    ['second', { month: 1, day: 2 }, 6 * H],
    ['lantern', { month: 1, day: 15 }, 20 * H],
  ];
  return list.flatMap(([key, day, time]) => {
    const start = lunarDayStart(year, day);
    return start === null ? [] : [{ key, atMs: start + time }];
  });
}
