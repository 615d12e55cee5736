/**
 * Schemas of the data files a person can hand to the `check` CLI (--zones, --edges, --ruleset),
 * and one reader for them: a file is refused with one line that names what is wrong and where
 * (`restricted.countyZoneIds: expected a list of zone ids`), never accepted half-read and never
 * a stack trace. The shapes are those of types.ts (ZoneProperties, EdgeProperties) and
 * ruleset.ts (RuleSet); what the engine checks beyond shape — articles referred to, lunar days
 * that fall on the period, zones the notices name, ring winding and crossings — stays with the
 * engine (validateRuleSet, zone-data/integrity.ts), so it holds for every caller.
 *
 * valibot, not zod or ajv: its schemas are plain functions that tree-shake to the parts used
 * (nothing of it reaches the app, which loads only the bundled notices, checked at test time,
 * and the compact zone file, checked by its reader), it has no code generation (ajv compiles
 * validators with `new Function`, which a strict CSP forbids) and its issues carry the path we
 * print. Objects are loose: a field a later notice adds does not break an older reader.
 */
import * as v from 'valibot';

/** Bigger than any zone, edge or notice file could honestly be; a larger one is refused unread. */
export const MAX_DATA_FILE_BYTES = 64 * 1024 * 1024;

const text = (what: string) => v.pipe(v.string(`expected ${what} (text)`), v.nonEmpty(`expected ${what}, not empty text`), v.maxLength(10_000, `${what} is longer than 10,000 characters`));
const id = (what: string) => v.pipe(v.string(`expected ${what} (text)`), v.regex(/^[\w.-]{1,100}$/, `expected ${what}: 1–100 letters, digits, '.', '_' or '-'`));
const metres = (what: string) => v.pipe(v.number(`expected ${what} in metres`), v.finite(`${what} is not finite`), v.minValue(0, `${what} is negative`), v.maxValue(1e7, `${what} is more than 10,000 km`));
const list = <T extends v.GenericSchema>(item: T, what: string, max: number, min = 0) =>
  v.pipe(v.array(item, `expected a list of ${what}`), v.minLength(min, `expected at least ${min} ${what}`), v.maxLength(max, `more than ${max.toLocaleString('en')} ${what}`));

// ---- GeoJSON: positions, rings, lines

const position = v.tupleWithRest(
  [
    v.pipe(v.number('a longitude is not a number'), v.finite('a longitude is not finite'), v.minValue(-180, 'a longitude is below −180'), v.maxValue(180, 'a longitude is above 180')),
    v.pipe(v.number('a latitude is not a number'), v.finite('a latitude is not finite'), v.minValue(-90, 'a latitude is below −90'), v.maxValue(90, 'a latitude is above 90')),
  ],
  v.pipe(v.number('an altitude is not a number'), v.finite('an altitude is not finite')),
  'expected a position [longitude, latitude]',
);
type Position = v.InferOutput<typeof position>;
const closed = (r: Position[]) => r[0]![0] === r[r.length - 1]![0] && r[0]![1] === r[r.length - 1]![1];
const ring = v.pipe(list(position, 'positions', 1_000_000, 4), v.check(closed, 'the ring is not closed (its last position must repeat its first)'));
const polygonRings = list(ring, 'rings', 10_000, 1);
const line = list(position, 'positions', 1_000_000, 2);

const polygonal = v.variant(
  'type',
  [
    v.looseObject({ type: v.literal('Polygon'), coordinates: polygonRings }),
    v.looseObject({ type: v.literal('MultiPolygon'), coordinates: list(polygonRings, 'polygons', 10_000, 1) }),
  ],
  'expected a Polygon or MultiPolygon geometry',
);
const linear = v.variant(
  'type',
  [v.looseObject({ type: v.literal('LineString'), coordinates: line }), v.looseObject({ type: v.literal('MultiLineString'), coordinates: list(line, 'lines', 10_000, 1) })],
  'expected a LineString or MultiLineString geometry',
);

const featureCollection = <T extends v.GenericSchema>(feature: T) =>
  v.looseObject(
    {
      type: v.literal('FeatureCollection', 'not a GeoJSON FeatureCollection'),
      features: list(feature, 'features', 100_000),
    },
    'not a GeoJSON FeatureCollection',
  );
const feature = <P extends v.GenericSchema, G extends v.GenericSchema>(properties: P, geometry: G) =>
  v.looseObject({ type: v.literal('Feature', 'not a GeoJSON Feature'), properties, geometry }, 'not a GeoJSON Feature');

/** public/data/zones.geojson: ZoneProperties on (Multi)Polygons, ids unique. */
export const ZonesFileSchema = v.pipe(
  featureCollection(
    feature(
      v.looseObject(
        {
          id: id('a zone id'),
          kind: v.picklist(['prohibited', 'county', 'sea'], 'expected kind "prohibited", "county" or "sea"'),
          name: text('a name'),
          maxErrorM: v.optional(metres('maxErrorM')),
          allowanceM: v.optional(metres('allowanceM')),
        },
        'expected the zone properties (id, kind, name)',
      ),
      polygonal,
    ),
  ),
  v.check((fc) => new Set(fc.features.map((f) => f.properties.id)).size === fc.features.length, 'two features have the same properties.id'),
);

/** public/data/zone-edges.geojson: EdgeProperties on (Multi)LineStrings. */
export const EdgesFileSchema = featureCollection(
  feature(
    v.looseObject(
      {
        zone: id('the zone id the stretch bounds'),
        road: v.pipe(v.string('expected road (text)'), v.maxLength(10_000, 'road is longer than 10,000 characters')),
        source: v.picklist(['osm', 'waypoint', 'outline'], 'expected source "osm", "waypoint" or "outline"'),
        maxErrorM: metres('maxErrorM'),
      },
      'expected the edge properties (zone, road, source, maxErrorM)',
    ),
    linear,
  ),
);

// ---- rule sets (ruleset.ts RuleSet)

const date = v.pipe(v.string('expected a date YYYY-MM-DD'), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'));
const timeOfDay = v.pipe(v.string('expected a time "HH:MM"'), v.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected a time "HH:MM" from 00:00 to 24:00'));
const DAY = 'expected day 1–30 or "last"';
const lunarDay = v.object(
  {
    month: v.picklist([12, 1], 'expected month 12 (腊月) or 1 (正月)'),
    day: v.union([v.literal('last'), v.pipe(v.number(DAY), v.integer(DAY), v.minValue(1, DAY), v.maxValue(30, DAY))], DAY),
  },
  'expected a lunar day { month, day }',
);
const articleRef = v.pipe(v.string('expected an article id (text)'), v.nonEmpty('expected an article id, not empty text'), v.maxLength(100, 'an article id is longer than 100 characters'));
const zoneIds = (what: string, min: number) => list(id('a zone id'), what, 1_000, min);

/** A notice as data (src/core/rulesets/*.json). */
export const RuleSetFileSchema = v.looseObject(
  {
    id: id('a rule set id'),
    docNo: text('docNo'),
    title: text('title'),
    authority: text('authority'),
    jurisdiction: text('jurisdiction'),
    published: date,
    source: text('source'),
    articles: list(v.looseObject({ id: articleRef, cite: text('cite'), text: text('the article text'), summary: v.optional(text('summary')) }, 'expected an article { id, cite, text }'), 'articles', 1_000, 1),
    inForce: v.looseObject({ from: date, until: v.nullish(date), article: articleRef }, 'expected inForce { from, article }'),
    period: v.looseObject({ start: date, end: date, lunarStart: lunarDay, lunarEnd: lunarDay, article: articleRef }, 'expected period { start, end, lunarStart, lunarEnd, article }'),
    prohibited: v.looseObject(
      {
        zones: list(v.looseObject({ zoneId: id('a zone id'), article: articleRef }, 'expected a zone { zoneId, article }'), 'zones', 1_000),
        fireBanArticle: articleRef,
        exceptions: list(v.looseObject({ article: articleRef, zoneIds: zoneIds('zone ids', 0), summary: v.optional(text('summary')) }, 'expected an exception { article, zoneIds }'), 'exceptions', 1_000),
      },
      'expected prohibited { zones, fireBanArticle, exceptions }',
    ),
    placeKinds: v.optional(v.looseObject({ articles: list(articleRef, 'article ids', 1_000), summary: v.optional(text('summary')) })),
    restricted: v.looseObject(
      {
        countyZoneIds: zoneIds('county zone ids', 1),
        article: articleRef,
        windows: v.looseObject(
          {
            article: articleRef,
            // A notice names a few window rules; thousands would only cost every load.
            days: list(v.looseObject({ from: lunarDay, to: lunarDay, start: timeOfDay, end: timeOfDay }, 'expected a window rule { from, to, start, end }'), 'window rules', 400, 1),
          },
          'expected windows { article, days }',
        ),
      },
      'expected restricted { countyZoneIds, article, windows }',
    ),
    delegated: v.optional(v.looseObject({ countyZoneIds: zoneIds('county zone ids', 1), article: articleRef }, 'expected delegated { countyZoneIds, article }')),
    sales: v.optional(v.looseObject({ prohibitedBanFrom: date, article: articleRef }, 'expected sales { prohibitedBanFrom, article }')),
    penalties: v.optional(list(articleRef, 'article ids', 1_000)),
  },
  'not a rule set (expected a JSON object)',
);

/** `features[3].geometry.coordinates[0]` from an issue's path. */
function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out;
}

/** The first problem of a value against a schema, as `path: what is wrong` (missing fields say so); null when it fits. */
export function schemaProblem(schema: v.GenericSchema, value: unknown): string | null {
  const r = v.safeParse(schema, value, { abortEarly: true });
  if (r.success) return null;
  // The deepest issue names the field; a union's or variant's own message sits above its sub-issues.
  const issue = r.issues[0];
  const where = pathOf(issue);
  const missing = issue.input === undefined && where !== '';
  // A missing key's issue "expects" the key itself; only a literal's value is worth saying.
  const expected = issue.expected && issue.expected !== JSON.stringify(issue.path?.at(-1)?.key) ? ` (expected ${issue.expected})` : '';
  return `${where ? `${where}: ` : ''}${missing ? `missing${expected}` : issue.message}`;
}

export type DataFileKind = 'zones' | 'edges' | 'ruleset';
const SCHEMAS: Record<DataFileKind, v.GenericSchema> = { zones: ZonesFileSchema, edges: EdgesFileSchema, ruleset: RuleSetFileSchema };
const WHAT: Record<DataFileKind, string> = { zones: 'a GeoJSON FeatureCollection', edges: 'a GeoJSON FeatureCollection', ruleset: 'a rule set (a JSON object)' };

/** What a JSON value is, for "not a … (the file holds …)". */
function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * A data file's text (a leading UTF-8 BOM allowed) parsed and checked against its schema.
 * Throws an Error whose message is one line saying what is wrong.
 */
export function readDataFile(kind: DataFileKind, source: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source);
  } catch (e) {
    throw new Error(source.trim() === '' ? 'the file is empty' : `not JSON (${e instanceof Error ? e.message : String(e)})`, { cause: e });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`not ${WHAT[kind]}: the file holds ${kindOf(value)}`);
  const problem = schemaProblem(SCHEMAS[kind], value);
  if (problem) throw new Error(problem);
  return value;
}
