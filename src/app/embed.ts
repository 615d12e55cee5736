/**
 * What an embedding page receives and may send (documented in docs/embedding.md). Posted only
 * with embed=1 and only to window.parent, which supplied the place in the first place.
 */
import { formatChina, inputError, type InputError, type InternalError, type Verdict } from '../core';

export const MESSAGE_SOURCE = 'qinzhou-fireworks';

type Envelope = { source: typeof MESSAGE_SOURCE; version: 1 };
export type EmbedMessage = Envelope &
  (
    | { type: 'ready' }
    | { type: 'height'; height: number }
    | { type: 'verdict'; verdict: Verdict; ignored: InputError[] }
    | { type: 'error'; errors: (InputError | InternalError)[] }
  );

/** Distributes over the union, so a message is written without its envelope. */
type Body<T> = T extends unknown ? Omit<T, keyof Envelope> : never;

export function postToParent(msg: Body<EmbedMessage>): void {
  if (window.parent === window) return;
  // '*': the messages only echo what the parent put in the URL, plus public rules.
  window.parent.postMessage({ source: MESSAGE_SOURCE, version: 1, ...msg }, '*');
}

/** Posted (as `error`) when the embed was given no place: what the embedding page must pass. */
export const NEEDS_PLACE: InputError = inputError(
  'lat',
  'lat, lng: missing; pass ?lat=&lng= in decimal degrees (add crs=gcj02 for a WeChat or AMap position), or post {type: "check", lat, lng} to this frame',
);

/** The zone data could not be loaded, so nothing can be answered (posted as `error`). */
export const DATA_FAILED: InternalError = { error: 'internal', message: 'data: the zone or notice data could not be loaded' };

const CHECK_FIELDS = ['lat', 'lng', 'crs', 'at', 'activity', 'accuracy', 'project'] as const;

/**
 * A `{type: 'check', lat, lng, crs?, at?, activity?, accuracy?, project?}` message as URL query
 * text, so it is validated exactly like the link (url.ts parseUrl); null if it is not a check.
 * `at` may be ISO-8601 or epoch milliseconds; `project` true/false or 1/0.
 */
export function checkSearch(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== 'check') return null;
  const m = data as Record<string, unknown>;
  const q = new URLSearchParams();
  for (const k of CHECK_FIELDS) {
    const v = m[k];
    if (v === undefined || v === null) continue;
    if (k === 'at' && typeof v === 'number') q.set(k, Number.isFinite(v) && Math.abs(v) < 8e15 ? formatChina(v) : String(v));
    else if (typeof v === 'boolean') q.set(k, v ? '1' : '0');
    else q.set(k, String(v).slice(0, 200));
  }
  return '?' + q.toString();
}
