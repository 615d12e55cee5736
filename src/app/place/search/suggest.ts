/**
 * What the search field offers for what was typed or pasted, in src/places' order: coordinates
 * and map links first (parsePastedPlace), then names (searchPlaces). Pure, so tests/app can
 * check it without a browser; the component only renders it.
 */
import type { Crs } from '../../../core';
import {
  isPlaceIndexError,
  parsePastedPlace,
  searchPlaces,
  type LatLng,
  type PasteErrorCode,
  type PastedPlace,
  type Place,
  type PlaceIndex,
  type PlaceIndexError,
  type PlaceSource,
  type UnlocatedName,
} from '../../../places';

export type PastedPosition = Extract<PastedPlace, { kind: 'position' }>;

export type SearchOption =
  | { kind: 'place'; id: string; place: Place }
  | { kind: 'unlocated'; id: string; name: UnlocatedName }
  | { kind: 'position'; id: string; position: PastedPosition }
  /** One reading of two numbers that make sense either way round. */
  | { kind: 'reading'; id: string; position: PastedPosition };

export type Suggestion =
  | { kind: 'empty' }
  | { kind: 'options'; options: SearchOption[]; ask: boolean }
  | { kind: 'needs-network'; provider: 'amap' | 'baidu' | 'tencent' | 'geo-uri' | 'other' }
  | { kind: 'error'; code: PasteErrorCode }
  | { kind: 'loading' }
  | { kind: 'index-failed' }
  | { kind: 'no-match' };

export const SEARCH_LIMIT = 8;

/** Errors of bare numbers ("325" is one number, and also a road): a name that matches wins. */
const NAME_MAY_MATCH: ReadonlySet<PasteErrorCode> = new Set(['one-number', 'too-many-numbers', 'unreadable']);

function byName(text: string, index: PlaceIndex): SearchOption[] {
  const { places, unlocated } = searchPlaces(index, text, { limit: SEARCH_LIMIT });
  return [
    ...places.map((place): SearchOption => ({ kind: 'place', id: place.id, place })),
    ...unlocated.map((name): SearchOption => ({ kind: 'unlocated', id: name.id, name })),
  ];
}

function reading(r: LatLng, crs: Crs, crsAssumed: boolean, source: PlaceSource, i: number): SearchOption {
  return { kind: 'reading', id: `reading:${i}`, position: { kind: 'position', ...r, crs, crsAssumed, source } };
}

/** `index` is null while it loads (names cannot be searched yet; coordinates can). */
export function suggest(text: string, index: PlaceIndex | PlaceIndexError | null): Suggestion {
  if (text.trim() === '') return { kind: 'empty' };
  const pasted = parsePastedPlace(text);
  switch (pasted.kind) {
    case 'position':
      return { kind: 'options', options: [{ kind: 'position', id: 'position', position: pasted }], ask: false };
    case 'ask':
      return { kind: 'options', options: pasted.readings.map((r, i) => reading(r, pasted.crs, pasted.crsAssumed, pasted.source, i)), ask: true };
    case 'needs-network':
      return { kind: 'needs-network', provider: pasted.provider };
    case 'error': {
      const fromNumbers = pasted.source === undefined || pasted.source === 'plain';
      if (fromNumbers && NAME_MAY_MATCH.has(pasted.code) && index && !isPlaceIndexError(index)) {
        const options = byName(text, index);
        if (options.length) return { kind: 'options', options, ask: false };
      }
      return { kind: 'error', code: pasted.code };
    }
    case 'text': {
      if (!index) return { kind: 'loading' };
      if (isPlaceIndexError(index)) return { kind: 'index-failed' };
      const options = byName(text, index);
      return options.length ? { kind: 'options', options, ask: false } : { kind: 'no-match' };
    }
  }
}
