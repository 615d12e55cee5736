/**
 * The batch's fast paths for China time (useFastChinaTime in china-time.ts; the CLI turns them
 * on): the same answers as the general paths, valid and invalid input alike
 * (tests/core/china-time-fast.test.ts), for the one form a batch is made of, without a regular
 * expression or a Date. Not in the app's first load: nothing there imports this module.
 */
import { CHINA_OFFSET_MS, DAY_MS, type FastChinaTime } from './china-time';

/** "00" … "99". */
const TWO = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
/** 10000-01-01T00:00 in epoch ms: the fast path writes four-digit years only. */
const YEAR_10000_MS = 253_402_300_800_000;

/** formatChina for whole milliseconds from 1970 to 9999; undefined otherwise. */
function formatCommon(ms: number): string | undefined {
  const local = ms + CHINA_OFFSET_MS;
  if (!(local >= 0 && local < YEAR_10000_MS && Number.isInteger(local))) return undefined;
  // Whole milliseconds from 1970 to 9999, the batch's common case, without a Date: the civil date
  // from the day number (H. Hinnant's days_from_civil, inverted), the time from the remainder.
  const days = Math.floor(local / DAY_MS);
  let rest = local - days * DAY_MS;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const milli = rest % 1000;
  rest = (rest - milli) / 1000;
  const sec = rest % 60;
  rest = (rest - sec) / 60;
  const min = rest % 60;
  const hour = (rest - min) / 60;
  const frac = milli ? '.' + String(milli).padStart(3, '0') : '';
  return `${TWO[Math.floor(year / 100)]}${TWO[year % 100]}-${TWO[month]}-${TWO[day]}T${TWO[hour]}:${TWO[min]}:${TWO[sec]}${frac}+08:00`;
}

const digit = (s: string, i: number) => {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : NaN;
};
const two = (s: string, i: number) => digit(s, i) * 10 + digit(s, i + 1);
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The one form batches are made of, read without the regular expression: "YYYY-MM-DDTHH:MM:SS"
 * with "+HH:MM", "-HH:MM" or "Z" (years 1000–9999, hours 00–23). The same answer as
 * parseIsoInstant's general path, which every other form (and any doubt) goes to: undefined.
 */
function parseCommon(s: string): number | null | undefined {
  const n = s.length;
  if ((n !== 25 && n !== 20) || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return undefined;
  const year = two(s, 0) * 100 + two(s, 2);
  const month = two(s, 5);
  const day = two(s, 8);
  const hour = two(s, 11);
  const minute = two(s, 14);
  const second = two(s, 17);
  let offsetMin: number;
  if (n === 20) {
    if (s.charCodeAt(19) !== 90) return undefined;
    offsetMin = 0;
  } else {
    const sign = s.charCodeAt(19);
    if ((sign !== 43 && sign !== 45) || s.charCodeAt(22) !== 58) return undefined;
    const oh = two(s, 20);
    const om = two(s, 23);
    if (!(oh <= 23 && om <= 59)) return oh === oh && om === om ? null : undefined;
    offsetMin = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  }
  if (!(year >= 1000 && hour <= 23)) return undefined;
  if (!(month >= 1 && month <= 12 && day >= 1 && minute <= 59 && second <= 59)) return month === month && day === day && minute === minute && second === second ? null : undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!)) return null;
  return Date.UTC(year, month - 1, day, hour, minute, second) - offsetMin * 60_000;
}

export const FAST_CHINA_TIME: FastChinaTime = { format: formatCommon, parse: parseCommon };
