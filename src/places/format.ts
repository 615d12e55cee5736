/**
 * The search index file (public/data/places.json): its shape, and the one definition of how a
 * name becomes search terms. scripts/map-data/places.ts writes the file with these functions and
 * search.ts reads it with the same MiniSearch options, so build and query can never disagree.
 */
import type { Options } from 'minisearch';

/** Bump when the file's shape changes; search.ts refuses other formats instead of misreading them. */
export const PLACE_INDEX_FORMAT = 1;
/** Served from public/, so the app fetches `${BASE_URL}${PLACE_INDEX_PATH}`. */
export const PLACE_INDEX_PATH = 'data/places.json';

export type PlaceKind = 'road' | 'bridge' | 'tunnel' | 'zone' | 'county';
/** What the notice makes of a stretch of ground: the engine's zone classes, spelled out. */
export type AnswerClass = 'prohibited' | 'restricted' | 'county-rules' | 'outside';
/** [west, south, east, north], WGS-84 degrees. */
export type Bbox = [number, number, number, number];

/** Length of a road inside one zone feature (a prohibited area or a county), metres. */
export interface ZoneStretch {
  zoneId: string;
  name: string;
  answer: AnswerClass;
  lengthM: number;
}

export interface RoadLengths {
  totalM: number;
  /** Metres in each answer class, measured against the drawn zone polygons. */
  byAnswer: Record<AnswerClass, number>;
  /**
   * Metres within the error bound of a boundary whose two sides get different answers: there
   * the drawn polygon may put the road on the wrong side, so byAnswer is only as good as this.
   */
  nearBoundaryM: number;
  /** Zone features the road runs through, longest first (zero-length ones left out). */
  through: ZoneStretch[];
}

export interface Place {
  /** Stable within one build, e.g. "road:钦州湾大道", "bridge:钦江大桥:2", "zone:qz2019-main-urban". */
  id: string;
  /** What to show: the OSM name, or the notice's name when it groups several OSM names. */
  name: string;
  /** Other names this place is found by (the notice's wording, OSM spellings), not shown by default. */
  aliases: string[];
  kind: PlaceKind;
  /** Where it is: the extent of its real geometry (never a guessed point). */
  bbox: Bbox;
  /** Counties the place lies in, most of its length first (context line for the result list). */
  counties: string[];
  /** Roads, bridges, tunnels: OSM way ids; public/data/basemap.geojson carries them as `osm`. */
  osm?: string[];
  /** A bridge or stretch that the notice's ring treats as part of a named road (geo/rings.json). */
  partOf?: string;
  lengths?: RoadLengths;
  /** Zones and counties: the feature id in public/data/zones.geojson. */
  zoneId?: string;
  /** Zones and counties: what the notice makes of the inside. */
  answer?: AnswerClass;
  /** Zones and counties: true when any stretch of the outline is hand-placed or uncertain. */
  approximate?: boolean;
}

/** A name the notice uses for which the map data has no coordinates: found, but never a position. */
export interface UnlocatedName {
  id: string;
  name: string;
  /** The zone whose boundary the notice draws along it. */
  zoneId: string;
  zoneName: string;
}

export interface PlaceIndexFile {
  format: typeof PLACE_INDEX_FORMAT;
  attribution: string;
  license: string;
  places: Place[];
  unlocated: UnlocatedName[];
  /** MiniSearch.toJSON() of the documents made by searchDocument(). */
  index: unknown;
}

/** The fields MiniSearch indexes; each holds space-separated terms made at build time. */
export interface SearchDocument {
  id: string;
  /** Whole names, e.g. "钦州湾大道 g325". */
  name: string;
  /** Chinese characters and character bigrams of the names, so any run of characters matches. */
  grams: string;
  /** Toneless pinyin of each name, run together: "qinzhouwandadao". */
  pinyin: string;
  /** First letters of each syllable: "qzwdd". */
  initials: string;
}

export const SEARCH_FIELDS = ['name', 'grams', 'pinyin', 'initials'] as const;

/** Terms are made at build time, so tokenizing is only splitting on the spaces put there. */
export const MINISEARCH_OPTIONS: Options<SearchDocument> = {
  idField: 'id',
  fields: [...SEARCH_FIELDS],
  storeFields: [],
  tokenize: (text) => text.split(' ').filter((t) => t !== ''),
  processTerm: (term) => term.toLowerCase(),
};

const HAN = /\p{Script=Han}/u;
export const hasHan = (s: string): boolean => HAN.test(s);

/**
 * One spelling for names and queries: full-width forms folded (NFKC), lower case, and the
 * separators people type or names carry ("·", brackets, spaces) dropped. "钦州保税港区(大榄坪…)"
 * and "钦州保税港区 大榄坪…" become the same term.
 */
export function normalizeName(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s·・,，、()（）[\]【】<>《》"'“”‘’\-_/]+/g, '');
}

/** Consecutive character pairs of the Chinese characters in a name: "钦州湾" → 钦州, 州湾. */
export function hanBigrams(s: string): string[] {
  const chars = [...normalizeName(s)];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) {
    if (hasHan(chars[i]!) || hasHan(chars[i + 1]!)) out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}

/** The Chinese characters of a name, each once. */
export function hanChars(s: string): string[] {
  return [...new Set([...normalizeName(s)].filter(hasHan))];
}
