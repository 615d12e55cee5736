/**
 * Lunar dates around Spring Festival from the generated table (no calendar library at run time).
 * A "season" is named by the Gregorian year its 正月初一 falls in; it reaches back into the
 * preceding 腊月.
 */
import { LUNAR_NEW_YEARS, LUNAR_TABLE_FIRST_YEAR, LUNAR_TABLE_LAST_YEAR } from './lunar-table';
import { addDays, chinaDateOf, chinaMidnight, DAY_MS, type CivilDate } from './china-time';

export { LUNAR_TABLE_FIRST_YEAR, LUNAR_TABLE_LAST_YEAR };

/** A day of 腊月 (month 12, of the preceding lunar year) or 正月 (month 1). `last` is the month's last day (除夕 for 腊月). */
export interface LunarDayRef {
  month: 12 | 1;
  day: number | 'last';
}

export interface SeasonFacts {
  year: number;
  /** 正月初一, China civil date. */
  newYear: CivilDate;
  /** Days in the 腊月 before it: 除夕 is 腊月廿九 (29) or 腊月三十 (30). */
  lastMonthLength: 29 | 30;
}

export function seasonFacts(year: number): SeasonFacts | null {
  if (!Number.isInteger(year) || year < LUNAR_TABLE_FIRST_YEAR || year > LUNAR_TABLE_LAST_YEAR) return null;
  const entry = LUNAR_NEW_YEARS[year - LUNAR_TABLE_FIRST_YEAR];
  if (!entry) return null;
  const [md, len] = entry.split('/');
  const [m, d] = (md ?? '').split('-');
  return {
    year,
    newYear: { year, month: Number(m), day: Number(d) },
    lastMonthLength: Number(len) === 29 ? 29 : 30,
  };
}

/** Solar (China civil) date of a lunar day in the given season, or null if the day does not exist. */
export function lunarDayToSolar(facts: SeasonFacts, ref: LunarDayRef): CivilDate | null {
  if (ref.month === 1) {
    // 正月 has at least 29 days; 'last' of 正月 is not needed by any notice, so it is refused.
    if (ref.day === 'last' || !Number.isInteger(ref.day) || ref.day < 1 || ref.day > 29) return null;
    return addDays(facts.newYear, ref.day - 1);
  }
  const len = facts.lastMonthLength;
  const day = ref.day === 'last' ? len : ref.day;
  if (!Number.isInteger(day) || day < 1 || day > len) return null;
  return addDays(facts.newYear, day - len - 1);
}

const DAY_NAMES = ['初一', '初二', '初三', '初四', '初五', '初六', '初七', '初八', '初九', '初十',
  '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十',
  '廿一', '廿二', '廿三', '廿四', '廿五', '廿六', '廿七', '廿八', '廿九', '三十'];

/** "正月初二", "腊月廿七", "除夕". */
export function lunarDayName(ref: LunarDayRef): string {
  if (ref.month === 12 && ref.day === 'last') return '除夕';
  const d = ref.day === 'last' ? '末日' : DAY_NAMES[ref.day - 1] ?? String(ref.day);
  return (ref.month === 12 ? '腊月' : '正月') + d;
}

/** Epoch ms of 00:00 China time on a lunar day of the season of `year` (正月初一's year), or null. */
export function lunarDayStart(year: number, ref: LunarDayRef): number | null {
  const facts = seasonFacts(year);
  const d = facts && lunarDayToSolar(facts, ref);
  return d ? chinaMidnight(d) : null;
}

/** A day of 腊月 or 正月 as the table knows it: the season (正月初一's year), the month, the day. */
export interface SeasonLunarDay {
  year: number;
  month: 12 | 1;
  day: number;
  /** True on 除夕, the last day of 腊月 (廿九 or 三十). */
  eve: boolean;
}

/**
 * The lunar day an instant falls on (China time), when it lies between 腊月初一 and 正月廿九 of a
 * season in the table — the span every notice's period lies in; null outside it.
 */
export function seasonLunarDayOf(ms: number): SeasonLunarDay | null {
  if (!Number.isFinite(ms)) return null;
  const midnight = chinaMidnight(chinaDateOf(ms));
  const year = chinaDateOf(ms).year;
  for (const y of [year, year + 1]) {
    const f = seasonFacts(y);
    if (!f) continue;
    const ny = chinaMidnight(f.newYear);
    const days = Math.round((midnight - ny) / DAY_MS);
    if (days >= 0 && days < 29) return { year: y, month: 1, day: days + 1, eve: false };
    if (days < 0 && days >= -f.lastMonthLength) {
      const day = f.lastMonthLength + days + 1;
      return { year: y, month: 12, day, eve: day === f.lastMonthLength };
    }
  }
  return null;
}
