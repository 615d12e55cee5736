/**
 * Input validation shared by evaluate(), the CLI flags and the app's URL parameters. Every bad
 * value becomes an InputError naming the field; nothing here throws.
 *
 * The one home of the parameter names and of the coordinate systems and activities accepted:
 * the URL parser, the CLI's flags and the app's controls read these lists.
 */
import type { Activity, Crs, EvaluateInput, InputError, InputErrorField } from './types';
import { MAX_DATE_MS, parseIsoInstant } from './china-time';

/** Query parameters and CLI flags, by the same names. */
export const PARAM_NAMES = ['lat', 'lng', 'at', 'crs', 'activity', 'accuracy', 'project'] as const;
/** WGS-84 (GPS, OSM), GCJ-02 (AMap, Tencent, WeChat), BD-09 (Baidu); the first is the default. */
export const CRS_VALUES = ['wgs84', 'gcj02', 'bd09'] as const;
/** Each coordinate system's standard name, the same in every language. */
export const CRS_NAMES = { wgs84: 'WGS-84', gcj02: 'GCJ-02', bd09: 'BD-09' } as const satisfies Record<(typeof CRS_VALUES)[number], string>;
/** Setting fireworks off, or selling them; the first is the default. */
export const ACTIVITY_VALUES = ['fire', 'sell'] as const;
/** Larger accuracy circles say nothing useful about which zone a position is in. */
export const MAX_ACCURACY_M = 1_000_000;
/** Longest parameter value accepted; anything longer is refused before parsing. */
export const MAX_PARAM_LENGTH = 64;

/** `value`, when given, is the offending text as it came in, kept for the app's own wording. */
export function inputError(field: InputErrorField, message: string, value?: string): InputError {
  const e: InputError = { error: 'invalid-input', field, message };
  if (value !== undefined) e.value = value.slice(0, MAX_PARAM_LENGTH);
  return e;
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function parseDecimal(field: InputErrorField, raw: string, min: number, max: number, what: string): number | InputError {
  if (raw.length > MAX_PARAM_LENGTH) return inputError(field, `${field}: value too long (${raw.length} characters)`, raw);
  const s = raw.trim();
  if (s === '') return inputError(field, `${field}: empty value; expected ${what}`, raw);
  if (!DECIMAL.test(s)) return inputError(field, `${field}: "${raw}" is not a decimal number; expected ${what}`, raw);
  const n = Number(s);
  if (!Number.isFinite(n)) return inputError(field, `${field}: "${raw}" is not a finite number`, raw);
  if (n < min || n > max) return inputError(field, `${field}: ${n} is out of range [${min}, ${max}]`, raw);
  return n;
}

export interface NormalizedInput {
  lat: number;
  lng: number;
  atMs: number;
  crs: Crs;
  activity: Activity;
  accuracyM: number;
  project: boolean;
}

function checkNumber(field: InputErrorField, v: unknown, min: number, max: number): number | InputError {
  if (typeof v !== 'number') return inputError(field, `${field}: expected a number, got ${v === null ? 'null' : typeof v}`);
  if (!Number.isFinite(v)) return inputError(field, `${field}: ${v} is not a finite number`);
  if (v < min || v > max) return inputError(field, `${field}: ${v} is out of range [${min}, ${max}]`);
  return v;
}

/** One of a fixed list of words (crs, activity); `shown` is what the message quotes back. */
function checkChoice<T extends string>(field: InputErrorField, values: readonly T[], v: string, shown: unknown = v): T | InputError {
  const known = values.find((x) => x === v);
  if (known !== undefined) return known;
  return inputError(field, `${field}: "${String(shown).slice(0, MAX_PARAM_LENGTH)}" is not one of ${values.join(', ')}`, String(shown));
}

function checkInstant(v: unknown): number | InputError {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return inputError('at', 'at: invalid Date');
    v = v.getTime(); // then the same range as epoch ms
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || Math.abs(v) > MAX_DATE_MS) return inputError('at', `at: ${v} is not a valid epoch time in ms`);
    return v;
  }
  if (typeof v === 'string') {
    if (v.length > MAX_PARAM_LENGTH) return inputError('at', `at: value too long (${v.length} characters)`, v);
    if (v.trim() === '') return inputError('at', 'at: empty value; expected ISO-8601 such as 2019-02-06T06:00:00+08:00', v);
    const t = parseIsoInstant(v);
    if (t === null) return inputError('at', `at: "${v}" is not an ISO-8601 date-time such as 2019-02-06T06:00:00+08:00`, v);
    return t;
  }
  return inputError('at', `at: expected a Date, epoch ms or ISO-8601 string, got ${v === null ? 'null' : typeof v}`);
}

/** Validate an EvaluateInput (from code or from parseEvaluateParams). */
export function normalizeInput(input: EvaluateInput): NormalizedInput | InputError {
  if (!input || typeof input !== 'object') return inputError('lat', 'input: expected an object with lat, lng and at');
  const lat = checkNumber('lat', input.lat, -90, 90);
  if (typeof lat !== 'number') return lat;
  const lng = checkNumber('lng', input.lng, -180, 180);
  if (typeof lng !== 'number') return lng;
  const atMs = checkInstant(input.at);
  if (typeof atMs !== 'number') return atMs;
  const crs = checkChoice('crs', CRS_VALUES, input.crs ?? 'wgs84');
  if (typeof crs !== 'string') return crs;
  const activity = checkChoice('activity', ACTIVITY_VALUES, input.activity ?? 'fire');
  if (typeof activity !== 'string') return activity;
  const accuracyM = input.accuracyM === undefined ? 0 : checkNumber('accuracy', input.accuracyM, 0, MAX_ACCURACY_M);
  if (typeof accuracyM !== 'number') return accuracyM;
  if (input.project !== undefined && typeof input.project !== 'boolean') return inputError('project', 'project: expected true or false');
  return { lat, lng, atMs, crs, activity, accuracyM, project: input.project ?? false };
}

const TRUE_WORDS = ['', '1', 'true', 'yes', 'on'];
const FALSE_WORDS = ['0', 'false', 'no', 'off'];

/** String parameters by name (CLI flags or URL query); absent ones are undefined. */
export type StringParams = Partial<Record<(typeof PARAM_NAMES)[number], string>>;

/**
 * Parse string parameters (CLI flags or URL query) with the names in PARAM_NAMES. `at` defaults
 * to now; `project` present with an empty value (as in "?project") means true.
 */
export function parseEvaluateParams(params: StringParams, now: () => number = Date.now): EvaluateInput | InputError {
  const p = params ?? {};
  if (p.lat === undefined) return inputError('lat', 'lat: missing; expected decimal degrees, e.g. 21.965');
  const lat = parseDecimal('lat', p.lat, -90, 90, 'decimal degrees in [-90, 90]');
  if (typeof lat !== 'number') return lat;
  if (p.lng === undefined) return inputError('lng', 'lng: missing; expected decimal degrees, e.g. 108.63');
  const lng = parseDecimal('lng', p.lng, -180, 180, 'decimal degrees in [-180, 180]');
  if (typeof lng !== 'number') return lng;
  let at: number;
  if (p.at === undefined) at = now();
  else {
    const t = checkInstant(p.at);
    if (typeof t !== 'number') return t;
    at = t;
  }
  const out: EvaluateInput = { lat, lng, at };
  if (p.crs !== undefined) {
    const crs = checkChoice('crs', CRS_VALUES, p.crs.trim().toLowerCase(), p.crs);
    if (typeof crs !== 'string') return crs;
    out.crs = crs;
  }
  if (p.activity !== undefined) {
    const activity = checkChoice('activity', ACTIVITY_VALUES, p.activity.trim().toLowerCase(), p.activity);
    if (typeof activity !== 'string') return activity;
    out.activity = activity;
  }
  if (p.accuracy !== undefined) {
    const acc = parseDecimal('accuracy', p.accuracy, 0, MAX_ACCURACY_M, `metres in [0, ${MAX_ACCURACY_M}]`);
    if (typeof acc !== 'number') return acc;
    out.accuracyM = acc;
  }
  if (p.project !== undefined) {
    const v = p.project.trim().toLowerCase();
    if (TRUE_WORDS.includes(v)) out.project = true;
    else if (FALSE_WORDS.includes(v)) out.project = false;
    else return inputError('project', `project: "${p.project.slice(0, MAX_PARAM_LENGTH)}" is not a yes/no value`, p.project);
  }
  return out;
}
