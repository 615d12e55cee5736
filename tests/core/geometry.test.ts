/** Prepared point-in-zone and boundary distance against plain @turf loops. */
import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointToLineDistance from '@turf/point-to-line-distance';
import { point } from '@turf/helpers';
import { EdgeIndex, ZoneIndex } from '../../src/core/geometry';
import { fixtureData, realData } from './helpers';

/** Deterministic pseudo-random numbers so failures reproduce. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

const sets: [string, { zones: GeoJSON.FeatureCollection; edges: GeoJSON.FeatureCollection }][] = [['fixture', fixtureData()]];
sets.push(['real data', realData()]);

describe.each(sets)('geometry (%s)', (_name, data) => {
  const zones = new ZoneIndex(data.zones);
  const bbox = [107.9, 21.4, 109.9, 22.9];
  const rand = rng(7);
  const pts = Array.from({ length: 20_000 }, () => [bbox[0]! + rand() * (bbox[2]! - bbox[0]!), bbox[1]! + rand() * (bbox[3]! - bbox[1]!)] as [number, number]);

  it('containing() agrees with booleanPointInPolygon over every feature for 20,000 random points', () => {
    let mismatches = 0;
    for (const p of pts) {
      const want = data.zones.features
        .filter((f) => booleanPointInPolygon(p, f as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>))
        .map((f) => String((f.properties as { id: string }).id));
      if (JSON.stringify(zones.containing(p[0], p[1])) !== JSON.stringify(want)) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('vertices and edge midpoints count as inside, as in turf', () => {
    for (const f of data.zones.features.slice(0, 20)) {
      const g = f.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
      const ring = g.type === 'Polygon' ? g.coordinates[0]! : g.coordinates[0]![0]!;
      for (let i = 0; i + 1 < ring.length; i += Math.max(1, Math.floor(ring.length / 50))) {
        const v = ring[i]!;
        const id = String((f.properties as { id: string }).id);
        expect(zones.containing(v[0]!, v[1]!)).toContain(id);
        expect(booleanPointInPolygon(v as [number, number], f as GeoJSON.Feature<GeoJSON.Polygon>)).toBe(true);
        // A computed midpoint may round off the edge by an ulp; either way the answer is turf's.
        const w = ring[i + 1]!;
        const mid: [number, number] = [(v[0]! + w[0]!) / 2, (v[1]! + w[1]!) / 2];
        expect(zones.containing(mid[0], mid[1]).includes(id)).toBe(booleanPointInPolygon(mid, f as GeoJSON.Feature<GeoJSON.Polygon>));
      }
    }
  });

  it('nearest boundary distance matches turf point-to-line distance (both planar in lng/lat, as GeoJSON lines are; within 0.5 %)', () => {
    const edges = data.edges.features.length ? EdgeIndex.fromEdges(data.edges) : EdgeIndex.fromZones(data.zones);
    const lines = data.edges.features.length ? data.edges.features : [];
    for (const p of pts.slice(0, lines.length > 200 ? 150 : 600)) {
      const got = edges.nearest(p[0], p[1], 0)!;
      let want = Infinity;
      for (const l of lines) {
        const geom = l.geometry as GeoJSON.LineString;
        want = Math.min(want, pointToLineDistance(point(p), geom, { units: 'meters', method: 'planar' }));
      }
      if (lines.length) expect(Math.abs(got.distanceM - want)).toBeLessThanOrEqual(Math.max(0.5, want * 0.005));
    }
  });
});

describe('nearBoundary (fixture)', () => {
  const edges = EdgeIndex.fromEdges(fixtureData().edges);
  // West side of the 一(一) test rectangle at lng 108.60 is hand-placed ±150 m; the south side at
  // lat 21.94 is OSM ±15 m. 0.001° of latitude ≈ 111.2 m.
  it('within accuracy + that stretch’s error bound', () => {
    const south = edges.nearest(108.63, 21.9401, 0)!; // ~11 m from the south side
    expect(south.stretch.maxErrorM).toBe(15);
    expect(south.near).toBe(true);
    const south2 = edges.nearest(108.63, 21.9403, 0)!; // ~33 m
    expect(south2.near).toBe(false);
    expect(edges.nearest(108.63, 21.9403, 20)!.near).toBe(true); // 33 ≤ 20 + 15
    const kx = 111_195 * Math.cos((21.97 * Math.PI) / 180);
    const west = edges.nearest(108.6 + 140 / kx, 21.97, 0)!; // 140 m inside the west side
    expect(west.stretch.maxErrorM).toBe(150);
    expect(west.distanceM).toBeCloseTo(140, 0);
    expect(west.near).toBe(true);
    expect(edges.nearest(108.6 + 160 / kx, 21.97, 0)!.near).toBe(false);
  });
  it('far away (Nanning) still gets a finite distance', () => {
    const d = edges.nearest(108.37, 22.82, 0)!;
    expect(d.distanceM).toBeGreaterThan(40_000);
    expect(d.distanceM).toBeLessThan(60_000);
  });
});
