/**
 * Place search over the prebuilt index (public/data/places.json): query → ranked places.
 *
 * MiniSearch rather than fuse.js: the index is built and serialized at build time (the app
 * loads it, it does not rebuild it), it does prefix and Levenshtein-fuzzy matching per term with
 * BM25 ranking and per-field boosts, and it can combine sub-queries (whole name OR all its
 * bigrams), which is how Chinese substrings are found without a word segmenter. Fuse scores one
 * pattern against whole strings and has no serialized fuzzy index.
 */
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import {
  hanBigrams,
  hasHan,
  MINISEARCH_OPTIONS,
  normalizeName,
  PLACE_INDEX_FORMAT,
  type Place,
  type PlaceIndexFile,
  type SearchDocument,
  type UnlocatedName,
} from './format';

export interface PlaceIndex {
  search: MiniSearch<SearchDocument>;
  places: Map<string, Place>;
  unlocated: Map<string, UnlocatedName>;
  attribution: string;
}

export type PlaceIndexError = { error: 'place-index'; code: 'unreadable' | 'wrong-format' };

export interface PlaceSearchResult {
  /** Places with real coordinates, best first. */
  places: Place[];
  /** Names the notice uses that the map data has no position for (never a position). */
  unlocated: UnlocatedName[];
}

/** Longest query looked at; nobody types a longer place name, and fuzzy search cost grows with length. */
export const MAX_QUERY_LENGTH = 40;
const DEFAULT_LIMIT = 8;
const BOOST = { name: 3, initials: 2, pinyin: 1.5, grams: 1 };

/** Reads the index file's text. Bad data comes back as a typed error, never an exception. */
export function parsePlaceIndex(text: string): PlaceIndex | PlaceIndexError {
  let file: PlaceIndexFile;
  try {
    file = JSON.parse(text) as PlaceIndexFile;
  } catch {
    return { error: 'place-index', code: 'unreadable' };
  }
  if (!file || file.format !== PLACE_INDEX_FORMAT || !Array.isArray(file.places) || !file.index) {
    return { error: 'place-index', code: 'wrong-format' };
  }
  try {
    return {
      search: MiniSearch.loadJS(file.index as Parameters<typeof MiniSearch.loadJS>[0], MINISEARCH_OPTIONS),
      places: new Map(file.places.map((p) => [p.id, p])),
      unlocated: new Map((file.unlocated ?? []).map((u) => [u.id, u])),
      attribution: String(file.attribution ?? ''),
    };
  } catch {
    return { error: 'place-index', code: 'wrong-format' };
  }
}

/** Fetches and reads the index; a failed request is the same typed error as a bad file. */
export async function loadPlaceIndex(url: string, fetchImpl: typeof fetch = fetch): Promise<PlaceIndex | PlaceIndexError> {
  try {
    const res = await fetchImpl(url);
    if (!res.ok) return { error: 'place-index', code: 'unreadable' };
    return parsePlaceIndex(await res.text());
  } catch {
    return { error: 'place-index', code: 'unreadable' };
  }
}

export function isPlaceIndexError(x: unknown): x is PlaceIndexError {
  return typeof x === 'object' && x !== null && (x as PlaceIndexError).error === 'place-index';
}

/** One edit in a Chinese name of three or more characters; about one in five letters of pinyin. */
function fuzziness(term: string): number {
  if (hasHan(term)) return term.length >= 3 ? 1 : 0;
  return term.length >= 4 ? Math.min(3, Math.round(term.length * 0.2)) : 0;
}

/** The whole query as one term (prefix, fuzzy), OR — for Chinese — all its bigrams in one name. */
function buildQuery(whole: string): Query {
  const queries: Query[] = [{ queries: [whole], fields: ['name', 'pinyin', 'initials'], prefix: true, fuzzy: fuzziness(whole) }];
  if (hasHan(whole)) {
    const grams = hanBigrams(whole);
    // Any run of characters inside a name: all its bigrams (or the one character) must be there.
    queries.push({ queries: [grams.length ? grams.join(' ') : whole], fields: ['grams'], combineWith: 'AND' });
  }
  return { queries, combineWith: 'OR' };
}

/** The query spelled exactly as one of the place's names (or their pinyin or initials). */
function exact(result: SearchResult, whole: string): boolean {
  return result.terms.includes(whole);
}

/**
 * Ranked places for what a person typed: Chinese text (whole names, prefixes, any two or more
 * consecutive characters, one typo in names of three or more), full pinyin ("qinzhouwan") and
 * initials ("qzwdd"), both also as prefixes and with small typos.
 */
export function searchPlaces(index: PlaceIndex, query: string, opts: { limit?: number } = {}): PlaceSearchResult {
  const limit = opts.limit ?? DEFAULT_LIMIT;
  const whole = normalizeName(String(query ?? '').slice(0, MAX_QUERY_LENGTH));
  if (whole === '') return { places: [], unlocated: [] };
  const results = index.search.search(buildQuery(whole), { boost: BOOST, weights: { fuzzy: 0.3, prefix: 0.6 } });
  // A name typed in full beats any partial or fuzzy match; otherwise MiniSearch's order stands.
  const ranked = results
    .map((r, i) => ({ r, i, exact: exact(r, whole) }))
    .sort((a, b) => Number(b.exact) - Number(a.exact) || a.i - b.i)
    .map((x) => x.r.id as string);
  const places: Place[] = [];
  const unlocated: UnlocatedName[] = [];
  for (const id of ranked) {
    const p = index.places.get(id);
    if (p && places.length < limit) places.push(p);
    const u = index.unlocated.get(id);
    if (u && unlocated.length < limit) unlocated.push(u);
  }
  return { places, unlocated };
}
