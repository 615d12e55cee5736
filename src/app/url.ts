/**
 * The URL API: ?lat=&lng=&at=&crs=wgs84|gcj02|bd09&activity=fire|sell&accuracy=&project=1&embed=1&lang=en
 * Validation is the engine's (shared with the CLI's flags). Each parameter is checked on its own
 * against a known-good base, so one bad parameter is reported and ignored while the rest still work.
 */
import { formatChina, inputError, isInputError, parseEvaluateParams, PARAM_NAMES, type Activity, type InputError, type StringParams } from '../core';
import type { ChosenPlace } from './state/query';

export interface UrlState {
  place: ChosenPlace | null;
  /** Epoch ms of a chosen time, or null for "now". */
  at: number | null;
  activity: Activity | null;
  /** `project=1|0` from the link; null when the link does not say (the remembered choice applies). */
  project: boolean | null;
  embed: boolean;
  errors: InputError[];
}

const BASE = { lat: '21.95', lng: '108.62' };

function toMs(at: Date | number | string): number {
  return at instanceof Date ? at.getTime() : typeof at === 'number' ? at : Date.parse(at);
}

export function parseUrl(search: string): UrlState {
  const q = new URLSearchParams(search);
  const get = (k: (typeof PARAM_NAMES)[number]) => q.get(k) ?? undefined;
  const errors: InputError[] = [];
  const state: UrlState = { place: null, at: null, activity: null, project: null, embed: q.get('embed') === '1', errors };

  const ok: Partial<Record<(typeof PARAM_NAMES)[number], boolean>> = {};
  for (const field of PARAM_NAMES) {
    const value = get(field);
    if (value === undefined) continue;
    // Tried alone on the known-good base, so each bad field is named; a combination that only
    // fails together is caught by the full parse below.
    const r = parseEvaluateParams({ ...BASE, [field]: value });
    if (isInputError(r)) errors.push(r);
    else ok[field] = true;
  }
  const hasLat = get('lat') !== undefined;
  const hasLng = get('lng') !== undefined;
  if (hasLat !== hasLng) {
    const missing = hasLat ? 'lng' : 'lat';
    errors.push(inputError(missing, `${missing} is missing`));
  }

  const good: StringParams = { ...BASE };
  for (const field of PARAM_NAMES) if (ok[field]) good[field] = get(field);
  const parsed = parseEvaluateParams(good);
  if (isInputError(parsed)) {
    // Every field passed alone but not together (e.g. lat valid only in another CRS): report it.
    errors.push(parsed);
    return state;
  }
  if (hasLat && hasLng && ok.lat && ok.lng) {
    state.place = {
      lat: parsed.lat,
      lng: parsed.lng,
      crs: parsed.crs ?? 'wgs84',
      accuracyM: ok.accuracy ? parsed.accuracyM : undefined,
      source: 'url',
    };
  }
  if (ok.at) state.at = toMs(parsed.at);
  if (ok.activity && parsed.activity) state.activity = parsed.activity;
  if (ok.project) state.project = !!parsed.project;
  return state;
}

/**
 * The app's own address: the site's origin and the app's base path, never the current path
 * (`//evil.example/` as a path would make a protocol-relative, off-site link).
 */
export function appBase(): string {
  return new URL(import.meta.env.BASE_URL, location.origin).href;
}

/**
 * A link to the same place (WGS-84, as the verdict reports it) and time; `atMs` null keeps
 * "now" (the link answers for whenever it is opened). Projection is on unless the link says 0.
 */
export function shareUrl(base: string, v: { lat: number; lng: number; atMs: number | null; activity: Activity; project: boolean }): string {
  const q = new URLSearchParams();
  q.set('lat', v.lat.toFixed(6));
  q.set('lng', v.lng.toFixed(6));
  if (v.atMs !== null) q.set('at', formatChina(v.atMs));
  if (v.activity !== 'fire') q.set('activity', v.activity);
  if (!v.project) q.set('project', '0');
  return `${base}?${q.toString()}`;
}
