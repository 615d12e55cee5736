/**
 * The answer's "when", in the reader's language and in lunar terms: the line under the verdict
 * ("下一次可燃放：2027年2月5日（除夕）00:00 起", "此处在禁放区：2027年2月3日—3月1日（腊月廿七—
 * 正月廿四）全天禁止"), and which notice's pattern a projected answer follows. Pure
 * (tests/app/when.test.ts); dates are chinaTime.ts's, lunar names time/lunar.ts's.
 */
import type { RuleSet, Verdict } from '../../core';
import type { Strings } from '../../i18n';
import { displayClock, displayDay, displayDayRange, parseIso } from '../chinaTime';
import { lunarName, lunarSpecial } from '../time/lunar';

/** "2027年2月5日（除夕）" / "5 Feb 2027 (除夕, Lunar New Year’s Eve)"; `asEnd`: a midnight that ends a day. */
export function dayWithLunar(ms: number, s: Strings, asEnd = false): string {
  const day = asEnd ? ms - 1 : ms;
  const name = lunarName(day);
  const special = lunarSpecial(day);
  const gloss = special ? s.lunarGloss[special] : '';
  const date = displayDay(day, s.lang);
  if (!name) return date;
  return s.lang === 'zh-CN' ? `${date}（${name}）` : `${date} (${name}${gloss ? `, ${gloss}` : ''})`;
}

/** "2027年2月5日（除夕）00:00"; `asEnd` writes an ending midnight as 24:00 of the day before. */
export function instantWithLunar(ms: number, s: Strings, asEnd = false): string {
  const end = asEnd && displayClock(ms, true) === '24:00';
  const day = dayWithLunar(ms, s, end);
  // After a full-width bracket Chinese needs no space: "2027年2月5日（除夕）00:00".
  return `${day}${day.endsWith('）') ? '' : ' '}${displayClock(ms, end)}`;
}

/** "腊月廿七—正月廿四" for whole days from `start` to the day before `endExclusive`. */
export function lunarRange(start: number, endExclusive: number): string {
  const a = lunarName(start);
  const b = lunarName(endExclusive - 1);
  return a && b ? `${a}—${b}` : '';
}

export interface WhenLine {
  kind: 'until' | 'next' | 'prohibited' | 'none';
  text: string;
  /** The instant a countdown counts to (window end or next start). */
  target: number | null;
}

/** The line that says when, or null where the answer has no "when" (outside, county rules, sales). */
export function whenLine(v: Verdict, s: Strings): WhenLine | null {
  if (v.activity !== 'fire') return null;
  if (v.window) {
    const end = parseIso(v.window.end);
    return { kind: 'until', text: s.windowEnds(instantWithLunar(end, s, true)), target: end };
  }
  if (v.period?.zone === 'prohibited') {
    const a = parseIso(v.period.start);
    const b = parseIso(v.period.end);
    return { kind: 'prohibited', text: s.whenProhibited(displayDayRange(a, b, s.lang), lunarRange(a, b)), target: null };
  }
  if (v.next) {
    const start = parseIso(v.next.start);
    return { kind: 'next', text: s.nextStarts(instantWithLunar(start, s)), target: start };
  }
  if (v.period && v.status === 'banned') return { kind: 'none', text: s.whenNone, target: null };
  return null;
}

/** The notice whose pattern a projected answer (or its next window, or its coming period) follows, and for which season. */
export function basisOf(v: Verdict, notices: RuleSet[]): { notice: RuleSet; noticeYear: number; year: number } | null {
  const from = v.projected && v.ruleSet ? { id: v.ruleSet, year: v.period?.year } : v.next?.projected ? { id: v.next.ruleSet, year: v.period?.year } : v.period?.projected ? { id: v.period.ruleSet, year: v.period.year } : null;
  const notice = from && notices.find((n) => n.id === from.id);
  if (!notice || from.year === undefined) return null;
  // The season a notice covers is named by the year its period ends in (it contains that 正月初一).
  return { notice, noticeYear: Number(notice.period.end.slice(0, 4)), year: from.year };
}

/** The notice with the latest period: whose pattern a projection would apply. */
export function latestNotice(notices: RuleSet[]): RuleSet | null {
  return notices.reduce<RuleSet | null>((a, b) => (!a || b.period.start > a.period.start ? b : a), null);
}
