/**
 * China time as the app shows and reads it: date-fns formats and counts, @date-fns/tz's TZDateMini
 * gives the civil date and time in China, whatever the device's own zone (the mini form: the app
 * reads its getters only, and TZDate's string methods would cost the first load 0.5 KB gzip).
 *
 * The zone is the fixed offset "+08:00", not the tz database's "Asia/Shanghai", on purpose: the
 * engine judges every instant in China Standard Time (UTC+8, src/core/china-time.ts), and the
 * tz database's Asia/Shanghai differs from it before 1901 (local mean time, +08:05:43) and in
 * the daylight-saving summers of 1986–1991 (+09:00). With "+08:00" the page never shows a time
 * other than the one the verdict was computed for. Parsing is the engine's (parseIsoInstant).
 */
import { TZDateMini } from '@date-fns/tz';
import { lightFormat } from 'date-fns';
import { parseIsoInstant } from '../core';
import type { Lang } from '../i18n';

/** China Standard Time, as the notice and the engine read it. */
const CHINA_ZONE = '+08:00';

/** Short English month names; read at UTC for a date built at UTC, so the device's zone never shifts the month. */
const EN_MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });

/** The instant as a date in China time (its getters give China's year, month, day, hour…). */
export function inChina(ms: number): Date {
  return new TZDateMini(ms, CHINA_ZONE);
}

/** date-fns' `in` context for China time (as @date-fns/tz's tz(), with the mini date). */
export const inChinaZone = (value: Date | number | string) => TZDateMini.tz(CHINA_ZONE, +new Date(value));

/**
 * Value for <input type="datetime-local"> showing `ms` in China time: "2019-02-04T12:00", or
 * "2019-02-06T05:59:59" when the seconds are not zero (the HTML normalized form). Cutting the
 * seconds would make the field snap 05:59:59 back to 05:59 while the verdict is for 05:59:59.
 */
export function toChinaInputValue(ms: number): string {
  const t = inChina(ms);
  return lightFormat(t, t.getSeconds() ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm");
}

/** Parses a datetime-local value as China time (the engine reads an offset-less time so); null if malformed. */
export function fromChinaInputValue(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(value)) return null;
  return parseIsoInstant(value);
}

/**
 * "2019-02-06 06:00". With `asEnd`, midnight is written as 24:00 of the previous day, the way
 * the notice writes the end of a day ("6:00至24:00").
 */
export function displayChina(ms: number, opts: { asEnd?: boolean; withYear?: boolean } = {}): string {
  const t = inChina(ms);
  const date = opts.withYear === false ? 'MM-dd' : 'yyyy-MM-dd';
  if (opts.asEnd && t.getHours() === 0 && t.getMinutes() === 0) return `${lightFormat(inChina(ms - 1), date)} 24:00`;
  return lightFormat(t, `${date} HH:mm`);
}

/** "06:00", or "24:00" for a midnight that ends a window (`asEnd`). */
export function displayClock(ms: number, asEnd = false): string {
  return displayChina(ms, { asEnd }).slice(-5);
}

export function parseIso(iso: string): number {
  return Date.parse(iso);
}

/**
 * A day as people write it: "2027年2月5日" / "5 Feb 2027" (the Chinese form is date-fns'
 * lightFormat; the English month's short name comes from Intl, for the China-time month index —
 * date-fns' en-US locale would bring its parsing code into the first load with it).
 * With `asEnd`, a midnight that ends a span is the day before (the notice's "至…" day).
 */
export function displayDay(ms: number, lang: Lang, opts: { asEnd?: boolean; withYear?: boolean } = {}): string {
  const t = inChina(opts.asEnd ? ms - 1 : ms);
  const withYear = opts.withYear !== false;
  if (lang === 'zh-CN') return lightFormat(t, withYear ? "yyyy'年'M'月'd'日'" : "M'月'd'日'");
  const month = EN_MONTH.format(Date.UTC(2000, t.getMonth(), 1));
  return `${t.getDate()} ${month}${withYear ? ` ${t.getFullYear()}` : ''}`;
}

/** Whole days from `start` to the day before `endExclusive`: "2027年2月3日—3月1日" / "3 Feb – 1 Mar 2027". */
export function displayDayRange(start: number, endExclusive: number, lang: Lang): string {
  const sameYear = inChina(start).getFullYear() === inChina(endExclusive - 1).getFullYear();
  if (lang === 'zh-CN') return `${displayDay(start, lang)}—${displayDay(endExclusive, lang, { asEnd: true, withYear: !sameYear })}`;
  return `${displayDay(start, lang, { withYear: !sameYear })} – ${displayDay(endExclusive, lang, { asEnd: true })}`;
}
