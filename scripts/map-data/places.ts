/**
 * The offline search index, public/data/places.json: roads and bridges of the OSM extract, the
 * prohibited zones and the counties, findable by Chinese text, pinyin and initials.
 *
 * - A road is every piece that carries its name (or a name-spelling alias from geo/rings.json:
 *   龙泾/龙径, 杨帆/扬帆, 平山大街/平山大道, 蓬莱北·南大道 …) grouped as one result. Bridges and
 *   tunnels are short and their names repeat (two 钦江大桥, 5 km apart), so their pieces are
 *   grouped only when they lie within CLUSTER_GAP_M of each other.
 * - Every result has real coordinates: a bbox from its OSM geometry or zone polygon. Ring roads
 *   the extract lacks are listed as `unlocated`, so a search for 乘风大道 can say that the map has
 *   no position for it instead of finding nothing or guessing one.
 * - Each road's length is measured inside each zone by classifying points every SAMPLE_STEP_M
 *   against the drawn polygons, and the length that lies within a boundary's error band is
 *   reported beside it (nearBoundaryM): the drawn approximate boundaries may be off by up to
 *   2 km, so those metres could belong to the other side.
 *
 * pinyin-pro runs here only (it is large); the app ships the terms it made.
 */
import MiniSearch from 'minisearch';
import { pinyin } from 'pinyin-pro';
import { bbox as turfBbox, featureCollection, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, Position } from 'geojson';
import type { ZoneProperties } from '../../src/core/index';
import {
  hanBigrams,
  hanChars,
  MINISEARCH_OPTIONS,
  normalizeName,
  PLACE_INDEX_FORMAT,
  type AnswerClass,
  type Bbox,
  type Place,
  type PlaceIndexFile,
  type PlaceKind,
  type RoadLengths,
  type SearchDocument,
  type UnlocatedName,
} from '../../src/places/format';
import type { Classifier } from './classify';
import { inAnyBand, type Band } from './bands';
import { lines, metres } from './geometry';

/** Pieces of a same-named bridge or tunnel further apart than this are different structures. */
const CLUSTER_GAP_M = 1500;
/** Road lengths are summed over pieces this long; the km figures shown have 100 m steps. */
const SAMPLE_STEP_M = 20;

interface RingAlias {
  name?: string;
  ref?: string;
  highway?: string;
}
export interface RingsFile {
  rings: { id: string; name: string; roads: { name: string; aliases: RingAlias[] }[] }[];
}
type RoadFeature = Feature<LineString | MultiLineString, { osm_id: string; name: string; highway: string }>;

const kindOfName = (name: string): PlaceKind => (/桥$/.test(name) ? 'bridge' : /隧道$/.test(name) ? 'tunnel' : 'road');

function roundBbox(b: number[]): Bbox {
  const down = (x: number) => Math.floor(x * 1e5) / 1e5;
  const up = (x: number) => Math.ceil(x * 1e5) / 1e5;
  return [down(b[0]!), down(b[1]!), up(b[2]!), up(b[3]!)];
}

/**
 * Spelling variants of one road, from the ring specs: aliases with a name only. Aliases limited
 * to a highway class or a ref, and bridges, stand for a different piece of ground that the ring
 * counts as this road (金海湾大桥, the trunk 钦江大桥): those become `partOf`, not the same result.
 */
function ringNames(rings: RingsFile) {
  const variants: { notice: string; names: string[]; zoneId: string; zoneName: string }[] = [];
  const partOf = new Map<string, { road: string; highway?: string }>();
  for (const ring of rings.rings) {
    for (const road of ring.roads) {
      const names = new Set([road.name]);
      for (const a of road.aliases) {
        if (!a.name) continue;
        if (a.highway || kindOfName(a.name) !== 'road') partOf.set(a.name, { road: road.name, highway: a.highway });
        else names.add(a.name);
      }
      if (!variants.some((v) => v.notice === road.name)) variants.push({ notice: road.name, names: [...names], zoneId: ring.id, zoneName: ring.name });
    }
  }
  return { variants, partOf };
}

/** Single-link clusters of pieces closer than CLUSTER_GAP_M (vertex to vertex, enough for short structures). */
function clusters(pieces: RoadFeature[]): RoadFeature[][] {
  const parent = pieces.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const pts = pieces.map((f) => lines(f.geometry).flat());
  for (let i = 0; i < pieces.length; i++) {
    for (let j = i + 1; j < pieces.length; j++) {
      if (pts[i]!.some((p) => pts[j]!.some((q) => metres(p, q) < CLUSTER_GAP_M))) parent[find(i)] = find(j);
    }
  }
  const out = new Map<number, RoadFeature[]>();
  pieces.forEach((f, i) => {
    const r = find(i);
    if (!out.has(r)) out.set(r, []);
    out.get(r)!.push(f);
  });
  // South to north, so the numbering in ids does not depend on the extract's feature order.
  return [...out.values()].sort((a, b) => turfBbox(featureCollection(a))[1]! - turfBbox(featureCollection(b))[1]!);
}

function measure(pieces: RoadFeature[], cls: Classifier, bands: Band[]): { lengths: RoadLengths; counties: string[] } {
  const byAnswer: Record<AnswerClass, number> = { prohibited: 0, restricted: 0, 'county-rules': 0, outside: 0 };
  const byZone = new Map<string, number>();
  const byCounty = new Map<string, number>();
  let total = 0, near = 0;
  for (const f of pieces) {
    for (const line of lines(f.geometry)) {
      for (let i = 0; i + 1 < line.length; i++) {
        const a = line[i]!, b = line[i + 1]!;
        const len = metres(a, b);
        const n = Math.max(1, Math.ceil(len / SAMPLE_STEP_M));
        for (let k = 0; k < n; k++) {
          const t = (k + 0.5) / n;
          const p: Position = [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t];
          const hit = cls.at(p);
          const piece = len / n;
          total += piece;
          byAnswer[hit.answer] += piece;
          if (hit.zoneId) byZone.set(hit.zoneId, (byZone.get(hit.zoneId) ?? 0) + piece);
          if (hit.countyId) byCounty.set(hit.countyId, (byCounty.get(hit.countyId) ?? 0) + piece);
          if (inAnyBand(bands, p)) near += piece;
        }
      }
    }
  }
  const longestFirst = (m: Map<string, number>) => [...m.entries()].filter(([, v]) => Math.round(v) > 0).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return {
    lengths: {
      totalM: Math.round(total),
      byAnswer: Object.fromEntries(Object.entries(byAnswer).map(([k, v]) => [k, Math.round(v)])) as Record<AnswerClass, number>,
      nearBoundaryM: Math.round(near),
      through: longestFirst(byZone).map(([zoneId, m]) => ({ zoneId, name: cls.names.get(zoneId) ?? zoneId, answer: cls.answerOf.get(zoneId)!, lengthM: Math.round(m) })),
    },
    counties: longestFirst(byCounty).map(([id]) => cls.names.get(id) ?? id),
  };
}

/** Toneless pinyin with ü typed as v (the way phones' keyboards take it), digits kept whole. */
function syllables(name: string): string[] {
  return pinyin(normalizeName(name), { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' }).filter((s) => s.trim() !== '');
}

export function searchDocument(id: string, names: string[]): SearchDocument {
  const uniq = (xs: string[]) => [...new Set(xs)].join(' ');
  return {
    id,
    name: uniq(names.map(normalizeName)),
    grams: uniq(names.flatMap((n) => [...hanChars(n), ...hanBigrams(n)])),
    pinyin: uniq(names.map((n) => syllables(n).join(''))),
    initials: uniq(names.map((n) => syllables(n).map((s) => (/^\d/.test(s) ? s : s[0])).join(''))),
  };
}

export interface PlaceInputs {
  roads: FeatureCollection;
  zones: FeatureCollection;
  rings: RingsFile;
  cls: Classifier;
  bands: Band[];
  attribution: string;
}

const KIND_ORDER: PlaceKind[] = ['county', 'zone', 'road', 'bridge', 'tunnel'];
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function buildPlaceIndex({ roads, zones, rings, cls, bands, attribution }: PlaceInputs): PlaceIndexFile {
  const features = (roads.features as RoadFeature[]).filter((f) => f.properties?.name && f.geometry);
  const { variants, partOf } = ringNames(rings);
  const osmNames = [...new Set(features.map((f) => f.properties.name))];
  const places: Place[] = [];
  const grouped = new Set<string>();

  const addRoadLike = (id: string, name: string, aliases: string[], pieces: RoadFeature[]) => {
    const { lengths, counties } = measure(pieces, cls, bands);
    const part = partOf.get(name);
    const place: Place = {
      id,
      name,
      aliases: aliases.filter((a) => a !== name),
      kind: kindOfName(name),
      bbox: roundBbox(turfBbox(featureCollection(pieces))),
      counties,
      osm: [...new Set(pieces.map((f) => f.properties.osm_id))].sort(byCodePoint),
      lengths,
    };
    if (part && (!part.highway || pieces.every((f) => f.properties.highway === part.highway))) place.partOf = part.road;
    places.push(place);
  };

  const unlocated: UnlocatedName[] = [];
  for (const v of variants) {
    const present = v.names.filter((n) => osmNames.includes(n));
    if (present.length === 0) {
      unlocated.push({ id: `unlocated:${v.notice}`, name: v.notice, zoneId: v.zoneId, zoneName: v.zoneName });
      continue;
    }
    present.forEach((n) => grouped.add(n));
    const display = present.length === 1 ? present[0]! : v.notice;
    addRoadLike(`road:${display}`, display, v.names, features.filter((f) => present.includes(f.properties.name)));
  }
  for (const name of osmNames) {
    if (grouped.has(name)) continue;
    const pieces = features.filter((f) => f.properties.name === name);
    if (kindOfName(name) === 'road') {
      addRoadLike(`road:${name}`, name, [], pieces);
      continue;
    }
    const parts = clusters(pieces);
    parts.forEach((c, i) => addRoadLike(`${kindOfName(name)}:${name}${parts.length > 1 ? `:${i + 1}` : ''}`, name, [], c));
  }

  for (const f of zones.features) {
    const p = f.properties as ZoneProperties;
    const answer = cls.answerOf.get(p.id);
    if (!answer) continue; // a zone no bundled notice refers to
    const inner = cls.at(pointOnFeature(f).geometry.coordinates);
    places.push({
      id: `${p.kind === 'county' ? 'county' : 'zone'}:${p.id}`,
      name: p.name,
      aliases: [],
      kind: p.kind === 'county' ? 'county' : 'zone',
      bbox: roundBbox(turfBbox(f)),
      counties: p.kind === 'county' || !inner.countyId ? [] : [cls.names.get(inner.countyId)!],
      zoneId: p.id,
      answer,
      approximate: p.approximate,
    });
  }

  places.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || byCodePoint(a.id, b.id));
  const ms = new MiniSearch<SearchDocument>(MINISEARCH_OPTIONS);
  ms.addAll([
    ...places.map((p) => searchDocument(p.id, [p.name, ...p.aliases])),
    ...unlocated.map((u) => searchDocument(u.id, [u.name])),
  ]);
  return {
    format: PLACE_INDEX_FORMAT,
    attribution,
    license: 'ODbL-1.0',
    places,
    unlocated,
    index: JSON.parse(JSON.stringify(ms)),
  };
}
