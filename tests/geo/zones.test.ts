/** The committed zones file: valid RFC 7946 polygons, honest provenance, plausible areas, known places. */
import { describe, expect, it } from 'vitest';
import { area as turfArea, booleanPointInPolygon, kinks, point, pointToLineDistance, lineString, polygon } from '@turf/turf';
import { type Pos } from '../../geo/geometry';
import { polygonProblems } from '../../geo/validity';
import { committedEdges, committedZones } from './helpers';

const zones = committedZones();
const byId = new Map(zones.features.map((f) => [f.properties.id, f]));
const polygonsOf = (id: string): Pos[][][] => {
  const g = byId.get(id)!.geometry;
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
};
const contains = (id: string, p: Pos) => polygonsOf(id).some((poly) => booleanPointInPolygon(point(p), polygon(poly)));
const boundaryDistanceM = (id: string, p: Pos) =>
  Math.min(...polygonsOf(id).flat().map((ring) => pointToLineDistance(point(p), lineString(ring), { units: 'meters' })));

/** Plausible area ranges, km². Counties: ±20 % of the official land areas. */
const AREA_KM2: Record<string, [number, number]> = {
  'qz2019-main-urban': [20, 80],
  'qz2019-port-ring': [3, 40],
  'qz2019-legou-ops': [0.3, 15],
  'qz2019-yingling-ops': [0.3, 15],
  'qz2019-jingujiang-ops': [0.3, 15],
  'qz2019-bonded-port': [1, 20],
  'county-450702': [2329 * 0.8, 2329 * 1.2],
  'county-450703': [2194 * 0.8, 2526 * 1.2],
  'county-450721': [3558 * 0.8, 3558 * 1.2],
  'county-450722': [2521 * 0.8, 2521 * 1.2],
  // Open water inside the counties' bounding box: 茅尾海, 钦州湾 and the coast to 大风江.
  'sea-open-water': [300, 1000],
};

describe('zones.geojson', () => {
  it('has the fixed zone ids in a stable order and carries the ODbL attribution', () => {
    expect(zones.features.map((f) => f.properties.id)).toEqual(Object.keys(AREA_KM2));
    expect(zones.license).toBe('ODbL-1.0');
    expect(zones.attribution).toMatch(/© OpenStreetMap contributors/);
  });

  it.each(Object.keys(AREA_KM2))('%s is a valid, non-degenerate (Multi)Polygon with right-hand winding', (id) => {
    // Holes are allowed (钦北区 surrounds a lobe of 钦南区; islands in the sea); overlapping parts are not.
    expect(polygonProblems(polygonsOf(id), id)).toEqual([]);
    for (const poly of polygonsOf(id)) {
      // Turf's kinks also lists a hole touching its exterior at a vertex, which OGC (and GEOS) allow.
      if (poly.length === 1) expect(kinks(polygon(poly)).features).toEqual([]);
      for (const ring of poly) for (const p of ring) for (const v of p) expect(Math.abs(v * 1e6 - Math.round(v * 1e6))).toBeLessThan(1e-3);
    }
  });

  it('钦北区 has no overlapping parts (GEOS: "Self-intersection" near 108.787109, 22.111328 before the repair)', () => {
    const problems = polygonProblems(polygonsOf('county-450703'), 'county-450703');
    expect(problems).toEqual([]);
    // The lobe of 钦南区 there is a hole of 钦北区 now, covered by exactly one county.
    const counties = zones.features.filter((f) => f.properties.kind === 'county').map((f) => f.properties.id);
    expect(counties.filter((c) => contains(c, [108.788574, 22.111817]))).toEqual(['county-450702']);
  });

  it.each(Object.entries(AREA_KM2))('%s reports its area, in a plausible range', (id, [lo, hi]) => {
    const f = byId.get(id)!;
    const km2 = turfArea(f as Parameters<typeof turfArea>[0]) / 1e6;
    expect(f.properties.areaM2 / 1e6).toBeCloseTo(km2, 2);
    expect(km2).toBeGreaterThan(lo);
    expect(km2).toBeLessThan(hi);
  });

  it('states provenance honestly: approximate wherever anything is hand-placed, error bounds never below 30 m', () => {
    for (const f of zones.features) {
      const p = f.properties;
      expect(p.approximate).toBe(p.approxLengthM > 0);
      expect(p.maxErrorM).toBeGreaterThanOrEqual(30);
      if (p.kind === 'county') {
        expect(p.article).toBeNull();
        expect(p.adcode).toBe(Number(p.id.slice('county-'.length)));
        expect(p.maxErrorM).toBeGreaterThanOrEqual(300);
      }
    }
    const edges = committedEdges().features;
    for (const id of ['qz2019-main-urban', 'qz2019-port-ring']) {
      const mine = edges.filter((e) => e.properties.zone === id);
      const p = byId.get(id)!.properties;
      const sum = (src: string) => mine.filter((e) => e.properties.source === src).reduce((a, e) => a + e.properties.lengthM, 0);
      expect(Math.abs(sum('osm') - p.tracedLengthM)).toBeLessThan(mine.length);
      expect(Math.abs(sum('waypoint') - p.approxLengthM)).toBeLessThan(mine.length);
      expect(Math.max(...mine.map((e) => e.properties.maxErrorM))).toBe(p.maxErrorM);
      for (const e of mine) {
        if (e.properties.source === 'osm') expect(e.properties.ref).toMatch(/^way\/\d+( way\/\d+)*$/);
      }
    }
  });
});

describe('known places', () => {
  it('the city centre around 子材大桥 / 钦州湾大道 is inside 一(一), well away from its boundary', () => {
    for (const p of [[108.63, 21.97], [108.6327, 21.97], [108.6222, 21.9721]] as Pos[]) {
      expect(contains('qz2019-main-urban', p)).toBe(true);
      expect(boundaryDistanceM('qz2019-main-urban', p)).toBeGreaterThan(byId.get('qz2019-main-urban')!.properties.maxErrorM);
    }
  });

  it('Nanning is in no county; the Qinzhou county seats are in their counties', () => {
    const counties = zones.features.filter((f) => f.properties.kind === 'county').map((f) => f.properties.id);
    expect(counties.filter((id) => contains(id, [108.37, 22.82]))).toEqual([]);
    const seats: Array<[string, Pos]> = [
      ['county-450721', [109.29, 22.42]], // 灵山县 灵城
      ['county-450722', [109.55, 22.27]], // 浦北县 小江
    ];
    for (const [id, p] of seats) {
      expect(counties.filter((c) => contains(c, p))).toEqual([id]);
      // Not a borderline result: the seat is further inside than the outline's error bound.
      expect(boundaryDistanceM(id, p)).toBeGreaterThan(byId.get(id)!.properties.maxErrorM);
    }
  });

  it('the port zones lie in 钦南区 and the main urban ring straddles 钦南区 / 钦北区 like the city does', () => {
    for (const id of ['qz2019-port-ring', 'qz2019-legou-ops', 'qz2019-yingling-ops', 'qz2019-jingujiang-ops', 'qz2019-bonded-port']) {
      for (const poly of polygonsOf(id)) {
        const ring = poly[0]!;
        const c: Pos = [ring.slice(1).reduce((s, q) => s + q[0], 0) / (ring.length - 1), ring.slice(1).reduce((s, q) => s + q[1], 0) / (ring.length - 1)];
        expect(contains('county-450702', c), id).toBe(true);
      }
    }
  });
});
