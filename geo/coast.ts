/**
 * The sea around Qinzhou from the OpenStreetMap coastline (geo/sources/qinzhou-sea.geojson,
 * written by geo/fetch-coastline.ts), and the operations the zones need from it: how much of
 * an outline is water, an outline clipped to land with an allowance for piers, and the open
 * water beyond an allowance from the shore.
 *
 * Polygon boolean operations use polyclip-ts (the sweep-line clipper Turf 7's intersect, union
 * and difference are built on; exact predicates, output rings valid and consistently wound).
 * Offsets use Turf's buffer (JSTS): a negative buffer of the sea is "water at least d from land".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { area as turfArea, buffer as turfBuffer } from '@turf/turf';
import * as polyclip from 'polyclip-ts';
import type { Pos } from './geometry';
import { SOURCES_DIR } from './paths';

/** [west, south, east, north]: the Qinzhou bay and the coast of 钦南区 with a margin (its outline spans 108.41–109.16 E, 21.59–22.13 N). */
export const COAST_BBOX = [108.25, 21.45, 109.35, 22.1] as const;
export const SEA_SOURCE_NAME = 'sea (OSM coastline, water side)';
export const SEA_PATH = join(SOURCES_DIR, 'qinzhou-sea.geojson');

export type Polys = Pos[][][];

export interface SeaSource {
  type: 'FeatureCollection';
  license: string;
  attribution: string;
  features: Array<{
    type: 'Feature';
    properties: { name: string; source: string; bbox: number[] };
    geometry: { type: 'MultiPolygon'; coordinates: Polys };
  }>;
}

let seaCache: { path: string; sea: SeaSource } | null = null;

export function loadSeaSource(path = SEA_PATH): SeaSource {
  if (seaCache?.path !== path) seaCache = { path, sea: JSON.parse(readFileSync(path, 'utf8')) as SeaSource };
  return seaCache.sea;
}

/** The water side of the coastline inside COAST_BBOX, as polygons with islands as holes. */
export function seaPolygons(path = SEA_PATH): Polys {
  return loadSeaSource(path).features[0]!.geometry.coordinates;
}

export function areaM2(polys: Polys): number {
  return polys.length ? turfArea({ type: 'MultiPolygon', coordinates: polys }) : 0;
}

const asGeom = (p: Polys) => p as polyclip.Geom;

export function intersect(a: Polys, b: Polys): Polys {
  return polyclip.intersection(asGeom(a), asGeom(b)) as Polys;
}

export function subtract(a: Polys, b: Polys): Polys {
  return polyclip.difference(asGeom(a), asGeom(b)) as Polys;
}

export function unite(a: Polys, ...rest: Polys[]): Polys {
  return polyclip.union(asGeom(a), ...rest.map(asGeom)) as Polys;
}

/** Share of the polygons' area on the water side of the coastline, 0…1. */
export function waterShare(polys: Polys, sea = seaPolygons()): number {
  const total = areaM2(polys);
  return total > 0 ? areaM2(intersect(polys, sea)) / total : 0;
}

const offsetCache = new Map<number, Polys>();

/**
 * Water at least `allowanceM` from the coastline: the sea shrunk by that distance. Computed
 * once per allowance (JSTS buffers the whole bay in a fraction of a second).
 */
export function waterBeyond(allowanceM: number): Polys {
  if (!offsetCache.has(allowanceM)) {
    const shrunk = turfBuffer({ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: seaPolygons() } }, -allowanceM, {
      units: 'meters',
      steps: 4,
    });
    const g = shrunk?.geometry;
    const polys = !g ? [] : g.type === 'Polygon' ? [g.coordinates as Pos[][]] : (g.coordinates as Polys);
    // JSTS output is valid but not canonical: one pass through the clipper normalises it.
    offsetCache.set(allowanceM, polys.length ? unite(polys) : []);
  }
  return offsetCache.get(allowanceM)!;
}

/** An outline clipped to land, keeping water within `allowanceM` of the shore (quays, piers, berths). */
export function clipToShore(polys: Polys, allowanceM: number): Polys {
  return subtract(polys, waterBeyond(allowanceM));
}
