/**
 * The open-water feature of public/data/zones.geojson (kind "sea"): the water side of the
 * OpenStreetMap coastline, farther than SEA_ALLOWANCE_M from it, inside the counties' reach.
 * The engine can answer a position there "outside — 海上" instead of trusting the ~700 m county
 * outlines over water, while piers, quays and land reclaimed after the coastline was mapped
 * (all within the allowance) are still classified by county. The rule is in geo/README.md.
 *
 * Kept small for the first verdict's data budget: simplified, 1e-4° positions, small pockets
 * of water dropped (they stay with their county, the conservative answer).
 */
import { simplify } from '@turf/turf';
import type { ZoneProperties } from '../src/core/types';
import { areaM2, COAST_BBOX, intersect, unite, waterBeyond, type Polys } from './coast';
import type { County } from './counties';
import { dropRepeats, lineLengthM, metresPerDegree, type Pos } from './geometry';
import { polygonProblems } from './validity';

/**
 * Distance from the mapped coastline before a position counts as open water. Covers what the
 * coastline gets wrong near the shore: 2020s OSM roads (bridges aside) lie up to 134 m on its
 * water side, and piers reach further out than the operation areas' 50 m allowance.
 */
export const SEA_ALLOWANCE_M = 250;
/** How far the open-water line may be from the true one: the 2017 coastline's own error (chords between vertices ~800 m apart, reclamation since). */
export const SEA_ERROR_M = 500;
/** Douglas–Peucker tolerance; the buffer is widened by it (and by the rounding) first, so the allowance still holds after simplifying. */
export const SEA_SIMPLIFY_M = 100;
/** Positions rounded to 1e-4° (≤ 8 m): far below the allowance. */
const SEA_DECIMALS = 4;
const ROUNDING_MARGIN_M = 10;
/** Water bodies smaller than this (after the offset) are left to their county. */
export const SEA_MIN_PART_M2 = 1_000_000;
/** Padding of the counties' bounding box, degrees: the sea matters only where a county outline could claim water. */
const COUNTY_PAD_DEG = 0.01;

export const SEA_ZONE_ID = 'sea-open-water';

export type SeaProperties = Omit<ZoneProperties, 'kind' | 'part' | 'adcode'> & { kind: 'sea'; allowanceM: number };

export interface SeaFeature {
  type: 'Feature';
  properties: SeaProperties;
  geometry: { type: 'MultiPolygon'; coordinates: Polys };
}

const f = 10 ** SEA_DECIMALS;
const roundRing = (ring: Pos[]) => dropRepeats(ring.map(([x, y]) => [Math.round(x * f) / f, Math.round(y * f) / f] as Pos));

function countiesBox(counties: County[]): Polys {
  const pts = counties.flatMap((c) => c.polygons.flat(2));
  const w = Math.max(COAST_BBOX[0], Math.min(...pts.map((p) => p[0])) - COUNTY_PAD_DEG);
  const s = Math.max(COAST_BBOX[1], Math.min(...pts.map((p) => p[1])) - COUNTY_PAD_DEG);
  const e = Math.min(COAST_BBOX[2], Math.max(...pts.map((p) => p[0])) + COUNTY_PAD_DEG);
  const n = Math.min(COAST_BBOX[3], Math.max(...pts.map((p) => p[1])) + COUNTY_PAD_DEG);
  return [[[[w, s], [e, s], [e, n], [w, n], [w, s]]]];
}

/** Open water within the counties' reach: simplified, rounded, small parts dropped, checked valid. */
export function openWaterPolygons(counties: County[]): Polys {
  const water = intersect(waterBeyond(SEA_ALLOWANCE_M + SEA_SIMPLIFY_M + ROUNDING_MARGIN_M), countiesBox(counties));
  const toleranceDeg = SEA_SIMPLIFY_M / metresPerDegree(0)[1];
  const simple = water.map((poly) =>
    poly
      .map((ring) => simplify({ type: 'Polygon', coordinates: [ring] }, { tolerance: toleranceDeg, highQuality: true, mutate: false }).coordinates[0] as Pos[])
      .map(roundRing)
      .filter((ring) => ring.length >= 4),
  ).filter((poly) => poly.length > 0);
  // Simplifying rings one by one can make a hole touch its exterior: the union repairs that.
  const clean = unite(simple).map((poly) => poly.map(roundRing)).filter((poly) => areaM2([poly]) >= SEA_MIN_PART_M2);
  const problems = polygonProblems(clean, SEA_ZONE_ID);
  if (problems.length) throw new Error(`open water is not valid: ${problems.join('; ')}`);
  return clean;
}

export function seaZone(counties: County[]): SeaFeature {
  const polys = openWaterPolygons(counties);
  return {
    type: 'Feature',
    properties: {
      id: SEA_ZONE_ID,
      kind: 'sea',
      article: null,
      name: '海上',
      approximate: true,
      tracedLengthM: 0,
      approxLengthM: Math.round(polys.flat().reduce((s, r) => s + lineLengthM(r), 0)),
      maxErrorM: SEA_ERROR_M,
      allowanceM: SEA_ALLOWANCE_M,
      areaM2: Math.round(areaM2(polys)),
      source: `open water: the water side of the OSM coastline (@geo-maps/earth-seas-10m, ODbL) farther than ${SEA_ALLOWANCE_M} m from it`,
    },
    geometry: { type: 'MultiPolygon', coordinates: polys },
  };
}
