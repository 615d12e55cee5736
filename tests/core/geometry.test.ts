/** Prepared point-in-zone and boundary distance against plain @turf loops and brute force. */
import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointToLineDistance from '@turf/point-to-line-distance';
import { point } from '@turf/helpers';
import { BoundaryIndex } from '../../src/core/geometry/boundary-index';
import { QueryCellIndex } from '../../src/core/geometry/boundary-cells';
import { metresPerDegreeLng, segmentDistance2 } from '../../src/core/geometry/local-metres';
import { leafOrder, treeOf } from '../../src/core/geometry/packed-tree';
import { ZoneIndex } from '../../src/core/geometry/zone-index';
import { modelFromGeoJson } from '../../src/core/zone-data/model';
import { fixtureData, realData, rng } from './helpers';

type Data = { zones: GeoJSON.FeatureCollection; edges: GeoJSON.FeatureCollection };
type Polygonal = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

/** Ids of the features containing p by a plain turf loop over whole features. */
function turfContaining(zones: GeoJSON.FeatureCollection, p: [number, number]): string[] {
  return zones.features.filter((f) => booleanPointInPolygon(p, f as Polygonal)).map((f) => String((f.properties as { id: string }).id));
}

/** Points where the exact test matters: vertices, edge midpoints, points on a vertex's latitude, points just off edges. */
function hardPoints(zones: GeoJSON.FeatureCollection, rand: () => number, perRing = 60): [number, number][] {
  const out: [number, number][] = [];
  for (const f of zones.features) {
    const g = f.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
    const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
    for (const ring of rings) {
      const step = Math.max(1, Math.floor(ring.length / perRing));
      for (let i = 0; i + 1 < ring.length; i += step) {
        const [a, b] = [ring[i]!, ring[i + 1]!] as [[number, number], [number, number]];
        out.push(a, [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]);
        out.push([a[0] + (rand() - 0.5) * 0.01, a[1]]); // same latitude as the vertex: the ray meets it
        out.push([a[0] + (rand() - 0.5) * 2e-6, a[1] + (rand() - 0.5) * 2e-6]);
      }
    }
  }
  return out;
}

/** A star with a hole and a second, separate polygon: no rectangle in the fixture has either. */
function syntheticZones(): GeoJSON.FeatureCollection {
  const star: number[][] = [];
  for (let k = 0; k < 40; k++) {
    const a = (k / 40) * 2 * Math.PI;
    const r = k % 2 ? 0.05 : 0.12;
    star.push([108.6 + r * Math.cos(a), 22.0 + r * Math.sin(a)]);
  }
  star.push(star[0]!);
  const hole = [[108.59, 21.99], [108.59, 22.01], [108.61, 22.01], [108.61, 21.99], [108.59, 21.99]];
  const island = [[108.8, 22.1], [108.85, 22.1], [108.85, 22.12], [108.8, 22.1]];
  return {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { id: 'star' }, geometry: { type: 'MultiPolygon', coordinates: [[star, hole], [island]] } },
      { type: 'Feature', properties: { id: 'sea', kind: 'sea' }, geometry: { type: 'Polygon', coordinates: [[[108.5, 21.8], [108.9, 21.8], [108.9, 21.95], [108.5, 21.8]]] } },
    ],
  };
}

const sets: [string, Data][] = [
  ['fixture', fixtureData()],
  ['real data', realData()],
  ['synthetic star, hole, island and sea', { zones: syntheticZones(), edges: { type: 'FeatureCollection', features: [] } }],
];

describe.each(sets)('geometry (%s)', (_name, data) => {
  const model = modelFromGeoJson(data.zones, data.edges);
  const zones = new ZoneIndex(model.zones);
  const bbox = [107.9, 21.4, 109.9, 22.9];
  const rand = rng(7);
  const pts = Array.from({ length: 20_000 }, () => [bbox[0]! + rand() * (bbox[2]! - bbox[0]!), bbox[1]! + rand() * (bbox[3]! - bbox[1]!)] as [number, number]);

  it('containing() agrees with booleanPointInPolygon over every feature for 20,000 random points', () => {
    const bad = pts.filter((p) => JSON.stringify(zones.containing(p[0], p[1])) !== JSON.stringify(turfContaining(data.zones, p)));
    expect(bad).toEqual([]);
  });

  it('… and on vertices, edge midpoints, vertex latitudes and points a few centimetres off the boundary', () => {
    const hard = hardPoints(data.zones, rng(11));
    expect(hard.length).toBeGreaterThan(50);
    const bad = hard.filter((p) => JSON.stringify(zones.containing(p[0], p[1])) !== JSON.stringify(turfContaining(data.zones, p)));
    expect(bad).toEqual([]);
  });

  it('cells decided once and handed back (as the compact file does) answer the same', () => {
    const again = new ZoneIndex(model.zones, zones.cells);
    for (const p of pts.slice(0, 5_000)) expect(again.containing(p[0], p[1])).toEqual(zones.containing(p[0], p[1]));
    expect(() => new ZoneIndex(model.zones, zones.cells.map((c) => c.map(() => ({ nx: 3, ny: 3, cells: new Uint8Array(8) }))))).toThrow(/grid cells do not match/);
  });

  const boundary = new BoundaryIndex(model.lines);
  /** Every segment, with its stretch, for brute force. */
  const segments = model.lines.flatMap((l) => l.parts.flatMap((p) => Array.from({ length: p.length / 2 - 1 }, (_, k) => ({ seg: [p[2 * k]!, p[2 * k + 1]!, p[2 * k + 2]!, p[2 * k + 3]!], stretch: l.stretch }))));
  const lat = segments.map((s) => [s.seg[1]!, s.seg[3]!]).flat();
  const [minY, maxY] = [Math.min(...lat), Math.max(...lat)];
  function bruteForce(x: number, y: number, accuracyM: number, mask: Uint8Array | null) {
    const kx = metresPerDegreeLng(Math.min(Math.max(y, minY), maxY));
    let best = Infinity;
    let near = false;
    segments.forEach(({ seg, stretch }, i) => {
      if (mask && !mask[i]) return;
      const d = Math.sqrt(segmentDistance2(x, y, seg[0]!, seg[1]!, seg[2]!, seg[3]!, kx));
      best = Math.min(best, d);
      near ||= d <= accuracyM + stretch.maxErrorM;
    });
    return { best, near };
  }
  /** Each point, with each (accuracy, mask), answered as the brute-force minimum: distance and near. */
  function expectBruteForce(index: BoundaryIndex, points: [number, number][], cases: readonly (readonly [number, Uint8Array | null])[]) {
    for (const p of points) {
      for (const [acc, m] of cases) {
        const got = index.nearest(p[0], p[1], acc, m)!;
        const want = bruteForce(p[0], p[1], acc, m);
        expect(got.distanceM).toBe(want.best);
        expect(got.near).toBe(want.near);
      }
    }
  }

  it('nearest() is the brute-force minimum over every segment (with and without a mask), near likewise', () => {
    const r = rng(5);
    const mask = Uint8Array.from(segments, () => (r() < 0.3 ? 1 : 0));
    expect(boundary.size).toBe(segments.length);
    expectBruteForce(boundary, [...pts.slice(0, 400), ...hardPoints(data.zones, rng(3), 8)], [[0, null], [40, null], [10, mask]]);
  });

  it('the query cells give the brute-force answer too: many points per cell, cell corners, a fresh index per mask', () => {
    const r = rng(17);
    const mask = Uint8Array.from(segments, () => (r() < 0.5 ? 1 : 0));
    const cells = new QueryCellIndex(model.lines);
    // Clusters: 40 points in each of 60 cells of 0.01°, a cell's corners and edges among them.
    const cluster = Array.from({ length: 60 }, () => pts[Math.floor(r() * pts.length)]!).flatMap(([x, y]) => {
      const [cx, cy] = [Math.floor(x / 0.01) * 0.01, Math.floor(y / 0.01) * 0.01];
      return [[cx, cy], [cx + 0.01, cy + 0.01], [cx + 0.005, cy], ...Array.from({ length: 37 }, () => [cx + r() * 0.01, cy + r() * 0.01])] as [number, number][];
    });
    // 0 then 40 m on the same cell lists: the cell's near list is built for the first accuracy asked, the other takes the tree.
    expectBruteForce(cells, [...cluster, ...pts.slice(400, 2_400)], [[0, null], [25, mask], [40, null]]);
  });

  it('the query cells answer as the tree alone on 20,000 random points and points near the boundary: same distance, stretch and near', () => {
    const r = rng(23);
    const mask = Uint8Array.from(segments, () => (r() < 0.5 ? 1 : 0));
    const cells = new QueryCellIndex(model.lines);
    // Within a few metres of a segment (either side), where the nearest stretch can change hands.
    const nearSegments = Array.from({ length: 2_000 }, () => {
      const { seg } = segments[Math.floor(r() * segments.length)]!;
      const t = r();
      return [seg[0]! + t * (seg[2]! - seg[0]!) + (r() - 0.5) * 1e-4, seg[1]! + t * (seg[3]! - seg[1]!) + (r() - 0.5) * 1e-4] as [number, number];
    });
    const differ: unknown[] = [];
    for (const p of [...pts, ...nearSegments]) {
      for (const [acc, m] of [[0, null], [30, mask]] as const) {
        const got = cells.nearest(p[0], p[1], acc, m);
        const want = boundary.nearest(p[0], p[1], acc, m);
        if (got?.distanceM !== want?.distanceM || got?.stretch !== want?.stretch || got?.near !== want?.near) differ.push({ p, acc, got, want });
      }
    }
    expect(differ).toEqual([]);
  });

  it('nearest boundary distance matches turf point-to-line distance (planar in lng/lat, within 0.5 %)', () => {
    const lines = data.edges.features;
    for (const p of pts.slice(0, lines.length > 200 ? 150 : 600)) {
      const got = boundary.nearest(p[0], p[1], 0)!;
      let want = Infinity;
      for (const l of lines) want = Math.min(want, pointToLineDistance(point(p), l.geometry as GeoJSON.LineString, { units: 'meters', method: 'planar' }));
      if (lines.length) expect(Math.abs(got.distanceM - want)).toBeLessThanOrEqual(Math.max(0.5, want * 0.005));
    }
  });
});

describe('the boundary tree packed from its stored leaf order (packed-tree.ts)', () => {
  const rand = rng(7);
  const boxesOf = (n: number) =>
    Float64Array.from({ length: n * 4 }, (_, i) => (i % 4 < 2 ? 0 : 0.01) + rand() * (i % 2 ? 0.5 : 0.8));
  const bytes = (t: { data: ArrayBufferLike }) => new Uint8Array(t.data);
  it.each([1, 5, 16, 17, 256, 531, 4_100])('%i items: byte for byte the tree Flatbush sorts', (n) => {
    const items = boxesOf(n);
    const sorted = treeOf(items);
    expect(bytes(treeOf(items, leafOrder(sorted)))).toEqual(bytes(sorted));
  });
  it('an order that is not a permutation of the items (short, repeated, out of range) is not used: the tree is sorted', () => {
    const items = boxesOf(40);
    const sorted = bytes(treeOf(items));
    for (const order of [new Uint32Array(39), Uint32Array.from({ length: 40 }, () => 3), Uint32Array.from({ length: 40 }, (_, i) => (i === 0 ? 40 : i))]) {
      expect(bytes(treeOf(items, order))).toEqual(sorted);
    }
  });
  it('the real boundary: the index built with its tree order has the same tree as one that sorts', () => {
    const { lines } = modelFromGeoJson(realData().zones, realData().edges);
    const tree = (b: BoundaryIndex) => bytes((b as unknown as { tree: { data: ArrayBufferLike } }).tree);
    const sorted = new BoundaryIndex(lines);
    expect(tree(new BoundaryIndex(lines, sorted.treeOrder))).toEqual(tree(sorted));
  });
});

describe('nearBoundary (fixture)', () => {
  const boundary = new BoundaryIndex(modelFromGeoJson(fixtureData().zones, fixtureData().edges).lines);
  // West side of the 一(一) test rectangle at lng 108.60 is hand-placed ±150 m; the south side at
  // lat 21.94 is OSM ±15 m. 0.001° of latitude ≈ 111.2 m.
  it('within accuracy + that stretch’s error bound', () => {
    const south = boundary.nearest(108.63, 21.9401, 0)!; // ~11 m from the south side
    expect(south.stretch.maxErrorM).toBe(15);
    expect(south.near).toBe(true);
    const south2 = boundary.nearest(108.63, 21.9403, 0)!; // ~33 m
    expect(south2.near).toBe(false);
    expect(boundary.nearest(108.63, 21.9403, 20)!.near).toBe(true); // 33 ≤ 20 + 15
    const kx = 111_195 * Math.cos((21.97 * Math.PI) / 180);
    const west = boundary.nearest(108.6 + 140 / kx, 21.97, 0)!; // 140 m inside the west side
    expect(west.stretch.maxErrorM).toBe(150);
    expect(west.distanceM).toBeCloseTo(140, 0);
    expect(west.near).toBe(true);
    expect(boundary.nearest(108.6 + 160 / kx, 21.97, 0)!.near).toBe(false);
  });
  it('far away (Nanning) still gets a finite distance', () => {
    const d = boundary.nearest(108.37, 22.82, 0)!;
    expect(d.distanceM).toBeGreaterThan(40_000);
    expect(d.distanceM).toBeLessThan(60_000);
  });
  it('no segment kept by the mask: no boundary', () => {
    expect(boundary.nearest(108.63, 21.95, 0, new Uint8Array(boundary.size))).toBeNull();
  });
});
