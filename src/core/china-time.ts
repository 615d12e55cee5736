/**
 * China Standard Time (UTC+8) arithmetic on epoch milliseconds, independent of the host's zone.
 *
 * Why a fixed offset instead of the Asia/Shanghai tz database: every instant this engine reasons
 * about lies between 腊月 and 正月 (late January to March). China's only daylight-saving years
 * (1986–1991) shifted clocks from mid-April to mid-September, so for these months China time has
 * been UTC+8 throughout the calendar table's range (1950–2100). A fixed offset keeps the core
 * free of time-zone data and of the host's zone settings.
 */

export const CHINA_OFFSET_MS = 8 * 3600_000;
export const DAY_MS = 86_400_000;

/** A civil date in China: year, month 1–12, day 1–31. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** Epoch ms of 00:00 China time on the given civil date (plus an optional time of day in ms). */
export function chinaMidnight(d: CivilDate, timeOfDayMs = 0): number {
  return Date.UTC(d.year, d.month - 1, d.day) - CHINA_OFFSET_MS + timeOfDayMs;
}

/** Whole China days `first` … `last` (inclusive) as a half-open span of epoch ms. */
export function chinaDays(first: CivilDate, last: CivilDate): { start: number; end: number } {
  return { start: chinaMidnight(first), end: chinaMidnight(last) + DAY_MS };
}

/** The China civil date an instant falls on. */
export function chinaDateOf(ms: number): CivilDate {
  const t = new Date(ms + CHINA_OFFSET_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Add whole days to a civil date. */
export function addDays(d: CivilDate, days: number): CivilDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day) + days * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Parse "YYYY-MM-DD" (a civil date written in data files). Throws on malformed data. */
export function parseCivilDate(s: string): CivilDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${s}`);
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const back = addDays(d, 0);
  if (back.year !== d.year || back.month !== d.month || back.day !== d.day) throw new Error(`no such date: ${s}`);
  return d;
}

/** Parse "HH:MM" where "24:00" means the end of the day; returns ms since midnight. */
export function parseTimeOfDay(s: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(s);
  if (!m) throw new Error(`not an HH:MM time: ${s}`);
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59 || (h === 24 && min !== 0)) throw new Error(`no such time: ${s}`);
  return (h * 60 + min) * 60_000;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * Faster forms of formatChina and parseIsoInstant for batches (china-time-fast.ts), used once
 * useFastChinaTime() turns them on (the CLI does): the app's first load does without their bytes.
 * Each answers undefined where it does not apply, and the general path answers.
 */
export interface FastChinaTime {
  format(ms: number): string | undefined;
  parse(s: string): number | null | undefined;
}
let fast: FastChinaTime | null = null;
export function useFastChinaTime(f: FastChinaTime | null): void {
  fast = f;
}

/** ISO-8601 in China time with an explicit +08:00 offset, e.g. "2019-02-06T06:00:00+08:00". */
export function formatChina(ms: number): string {
  const text = fast?.format(ms);
  if (text !== undefined) return text;
  const local = ms + CHINA_OFFSET_MS;
  const t = new Date(local);
  const y = t.getUTCFullYear();
  const year = y >= 0 && y <= 9999 ? pad(y, 4) : (y < 0 ? '-' : '+') + pad(Math.abs(y), 6);
  const frac = t.getUTCMilliseconds() ? '.' + pad(t.getUTCMilliseconds(), 3) : '';
  return (
    `${year}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}` +
    `T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}${frac}+08:00`
  );
}

/** Human Chinese form, e.g. "2019年2月6日 06:00". "24:00" is never printed: it is the next day's 00:00. */
export function formatChinaHuman(ms: number): string {
  const t = new Date(ms + CHINA_OFFSET_MS);
  const sec = t.getUTCSeconds() ? `:${pad(t.getUTCSeconds())}` : '';
  return `${t.getUTCFullYear()}年${t.getUTCMonth() + 1}月${t.getUTCDate()}日 ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}${sec}`;
}

/** Largest |epoch ms| accepted: a JS Date holds ±8.64e15; one day less leaves room for the +8 h shift. */
export const MAX_DATE_MS = 8.64e15 - 86_400_000;

const ISO =
  /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Parse an ISO-8601 instant. An explicit offset (Z, +08:00, -0500, +08) is honoured; a string
 * without one is read as China time (the product's zone), never as the host's zone.
 * Returns epoch ms, or null when the text is not a valid ISO-8601 date-time.
 */
export function parseIsoInstant(s: string): number | null {
  if (s.length > 40) return null;
  const quick = fast?.parse(s);
  if (quick !== undefined) return quick;
  const m = ISO.exec(s.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Math.floor(Number('0.' + m[7]) * 1000);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (hour > 24 || minute > 59 || second > 59) return null;
  if (hour === 24 && (minute !== 0 || second !== 0 || ms !== 0)) return null;
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const base = new Date(0);
  base.setUTCFullYear(year, month - 1, day);
  if (base.getUTCFullYear() !== year || base.getUTCMonth() !== month - 1 || base.getUTCDate() !== day) return null;
  let offsetMs = CHINA_OFFSET_MS;
  const z = m[8];
  if (z !== undefined) {
    if (z === 'Z' || z === 'z') offsetMs = 0;
    else {
      const sign = z[0] === '-' ? -1 : 1;
      const digits = z.slice(1).replace(':', '');
      const oh = Number(digits.slice(0, 2));
      const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
      if (oh > 23 || om > 59) return null;
      offsetMs = sign * (oh * 60 + om) * 60_000;
    }
  }
  const t = base.getTime() + ((hour * 60 + minute) * 60 + second) * 1000 + ms - offsetMs;
  if (!Number.isFinite(t) || Math.abs(t) > MAX_DATE_MS) return null;
  return t;
}
