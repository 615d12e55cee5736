/**
 * China Standard Time helpers for display and input. China has had no daylight saving since
 * 1991, so a fixed +8 h shift is exact for every date the app deals with; the device's own
 * time zone never enters. Arithmetic and parsing are the engine's (src/core/china-time.ts).
 */
import { CHINA_OFFSET_MS, parseIsoInstant } from '../core/china-time';

function shifted(ms: number): Date {
  return new Date(ms + CHINA_OFFSET_MS);
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Value for <input type="datetime-local"> showing `ms` in China time: "2019-02-04T12:00", or
 * "2019-02-06T05:59:59" when the seconds are not zero (the HTML normalized form). Cutting the
 * seconds would make the field snap 05:59:59 back to 05:59 while the verdict is for 05:59:59.
 */
export function toChinaInputValue(ms: number): string {
  const iso = shifted(ms).toISOString();
  return iso.slice(17, 19) === '00' ? iso.slice(0, 16) : iso.slice(0, 19);
}

/** Parses a datetime-local value as China time (the engine reads an offset-less time so); null if malformed. */
export function fromChinaInputValue(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(value)) return null;
  return parseIsoInstant(value);
}

/** ISO-8601 with +08:00, second precision: what the URL API and the engine exchange. */
export function toChinaIso(ms: number): string {
  return shifted(ms).toISOString().slice(0, 19) + '+08:00';
}

export interface ChinaParts {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
}

export function chinaParts(ms: number): ChinaParts {
  const t = shifted(ms);
  return { y: t.getUTCFullYear(), mo: t.getUTCMonth() + 1, d: t.getUTCDate(), h: t.getUTCHours(), mi: t.getUTCMinutes() };
}

/**
 * "2019-02-06 06:00". With `asEnd`, midnight is written as 24:00 of the previous day, the way
 * the notice writes the end of a day ("6:00至24:00").
 */
export function formatChina(ms: number, opts: { asEnd?: boolean; withYear?: boolean } = {}): string {
  let p = chinaParts(ms);
  let hh = pad(p.h);
  if (opts.asEnd && p.h === 0 && p.mi === 0) {
    p = chinaParts(ms - 1);
    hh = '24';
  }
  const date = (opts.withYear === false ? '' : `${p.y}-`) + `${pad(p.mo)}-${pad(p.d)}`;
  return `${date} ${hh}:${pad(opts.asEnd && hh === '24' ? 0 : p.mi)}`;
}

export function formatClock(ms: number, asEnd = false): string {
  return formatChina(ms, { asEnd }).slice(-5);
}

export function parseIso(iso: string): number {
  return Date.parse(iso);
}
