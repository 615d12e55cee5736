/**
 * The four county outlines as one partition of Qinzhou (geo/county-partition.ts): no slivers
 * between neighbours (a point there was answered 不在钦州市), no overlaps, the city's outer
 * boundary where it was, every fill within the county error bound.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { areaM2, intersect, subtract, unite, type Polys } from '../../geo/coast';
import { COUNTY_ERROR_M, simplifiedCounties } from '../../geo/counties';
import { partitionCounties, type PartitionInput } from '../../geo/county-partition';
import { DISTANCE_SAMPLE_M, farthestOutside, SegmentIndex } from '../../geo/outline-measure';
import type { Pos } from '../../geo/geometry';
import { REPO_DIR } from '../../geo/paths';
import { polygonProblems } from '../../geo/validity';
import { createEngine, isVerdict } from '../../src/core/index';
import { committedZones } from './helpers';

const counties = committedZones().features.filter((f) => f.properties.kind === 'county');
const polysOf = (g: (typeof counties)[number]['geometry']): Polys => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const published = counties.map((f) => ({ adcode: f.properties.adcode!, properties: f.properties, polys: polysOf(f.geometry) }));
/** The same outlines simplified one by one, before the partition — what the committed data held at 9ed6794. */
const before = simplifiedCounties();
const unionOf = (list: Polys[]) => unite(list[0]!, ...list.slice(1));
const prohibited = committedZones().features.filter((f) => f.properties.kind === 'prohibited').map((f) => polysOf(f.geometry));
const inside = (p: Pos, polys: Polys) => booleanPointInPolygon(p, { type: 'MultiPolygon', coordinates: polys });

const OLD = JSON.parse(readFileSync(join(REPO_DIR, 'tests/fixtures/geo/old-county-gaps.json'), 'utf8')) as {
  holes: Array<{ at: Pos; areaM2: number }>;
  overlaps: Array<{ at: Pos; areaM2: number; counties: number[] }>;
};

describe('county outlines: one partition of Qinzhou (committed data)', () => {
  it('their union has no interior holes (it had 121, 0.71 km²)', () => {
    const union = unionOf(published.map((c) => c.polys));
    expect(union.flatMap((poly) => poly.slice(1)).map((ring) => ring[0])).toEqual([]);
    const old = unionOf(before.map((c) => c.polygons)).flatMap((poly) => poly.slice(1));
    expect(old.length).toBe(121);
    expect(old.reduce((s, ring) => s + areaM2([[[...ring].reverse()]]), 0) / 1e6).toBeCloseTo(0.71, 2);
  });

  it('no two counties overlap beyond numerical tolerance (they overlapped by 1.23 km²)', () => {
    for (let i = 0; i < published.length; i++) {
      for (let j = i + 1; j < published.length; j++) {
        const a = published[i]!, b = published[j]!;
        expect(areaM2(intersect(a.polys, b.polys)), `${a.adcode} ∩ ${b.adcode}`).toBeLessThan(1);
      }
    }
  });

  it('every county polygon is strictly valid (geo/validity.ts)', () => {
    for (const c of published) expect(polygonProblems(c.polys, `county-${c.adcode}`)).toEqual([]);
  });

  it('the outer boundary of Qinzhou has not moved, but for the corners moved onto the source grid', () => {
    const outer = (polys: Polys): Polys => polys.map((poly) => [poly[0]!]);
    const now = outer(unionOf(published.map((c) => c.polys)));
    const then = outer(unionOf(before.map((c) => c.polygons)));
    // A corner moves to one of the grid nodes (1/1024° apart) around it: here under 150 m.
    const MOVE_M = 150;
    for (const [a, b] of [[now, then], [then, now]] as const) {
      const line = new SegmentIndex(b);
      const off = a.flat(2).map((p) => line.distanceM(p, 0.01)).filter((d) => d >= 0.1);
      // Every vertex on the other line (to the 6-decimal output) but at most the two moved corners.
      expect(off.length).toBeLessThanOrEqual(2);
      for (const d of off) expect(d).toBeLessThan(MOVE_M);
    }
    // Two corners moved under 100 m along long edges: 0.06 km² of the city's ~10,950 km².
    expect(areaM2(subtract(now, then)) + areaM2(subtract(then, now))).toBeLessThan(100_000);
  });

  it('keeps a hole that a neighbour fills: the lobe of 钦南区 inside 钦北区', () => {
    const qinbei = published.find((c) => c.adcode === 450703)!;
    expect(qinbei.polys.some((poly) => poly.length > 1)).toBe(true);
    expect(published.filter((c) => inside([108.788574, 22.111817], c.polys)).map((c) => c.adcode)).toEqual([450702]);
  });

  it('every fill lies within the county error bound of its county’s outline as the source draws it, and the provenance says so', () => {
    for (const c of published) {
      const pre = before.find((b) => b.adcode === c.adcode)!;
      const fill = subtract(c.polys, pre.polygons);
      const far = farthestOutside(fill, pre.decoded).distM;
      expect(far + DISTANCE_SAMPLE_M, `county-${c.adcode}`).toBeLessThan(COUNTY_ERROR_M);
      expect(c.properties.maxErrorM).toBe(COUNTY_ERROR_M);
      // What the feature says it was given: how many slivers, how much area, how far out.
      expect(c.properties.gapFillCount).toBeGreaterThan(0);
      expect(c.properties.gapFillM2! / areaM2(fill)).toBeCloseTo(1, 2);
      expect(Math.abs(c.properties.gapFillMaxM! - far)).toBeLessThan(2);
      expect(c.properties.source).toMatch(/slivers between neighbours filled/);
      // And overlaps it kept: in the source, also near its own outline.
      for (const o of before.filter((b) => b.adcode !== c.adcode)) {
        expect(farthestOutside(intersect(c.polys, o.polygons), pre.decoded).distM + DISTANCE_SAMPLE_M).toBeLessThan(COUNTY_ERROR_M);
      }
    }
  });
});

describe('places in the former slivers and overlaps (tests/fixtures/geo/old-county-gaps.json), through the engine on zones.bin', () => {
  const engine = createEngine({ compact: new Uint8Array(readFileSync(join(REPO_DIR, 'public/data/zones.bin'))) });
  const answer = ([lng, lat]: Pos) => {
    const r = engine.evaluate({ lat, lng, at: '2019-02-10T12:00:00+08:00' });
    if (!isVerdict(r)) throw new Error(r.message);
    return r;
  };
  const preUnion = unionOf(before.map((c) => c.polygons));

  it('the fixture is what the outlines simplified one by one leave: a point in each of their 121 slivers', () => {
    expect(OLD.holes.length).toBe(121);
    for (const h of OLD.holes) {
      expect(before.filter((c) => inside(h.at, c.polygons)), `${h.at}`).toEqual([]);
      expect(preUnion.some((poly) => inside(h.at, [[poly[0]!]]))).toBe(true);
    }
  });

  it('a point in every former sliver now answers restricted or county-rules (or prohibited, inside a prohibited zone), not outside', () => {
    for (const h of OLD.holes) {
      const r = answer(h.at);
      expect(r.status, `${h.at}`).not.toBe('outside');
      const county = published.filter((c) => inside(h.at, c.polys)).map((c) => `county-${c.adcode}`);
      expect(county.length, `${h.at}`).toBe(1);
      if (r.zone === 'prohibited') expect(prohibited.some((z) => inside(h.at, z)), `${h.at}`).toBe(true);
      else {
        expect(r.zone === 'restricted' || r.status === 'county-rules', `${h.at}: ${r.status} ${r.zone}`).toBe(true);
        expect(r.zoneId).toBe(county[0]);
      }
    }
  });

  it('a point in every former overlap lies in one of its two counties, and most of each overlap where the source draws it', () => {
    expect(OLD.overlaps.length).toBe(119);
    for (const o of OLD.overlaps) {
      const now = published.filter((c) => inside(o.at, c.polys)).map((c) => c.adcode);
      // A point on the border now (the moved crossing points run borders along grid lines) is in both.
      if (now.length === 2) expect(Math.min(...published.map((c) => new SegmentIndex(c.polys).distanceM(o.at, 0.01))), `${o.at}`).toBeLessThan(0.1);
      else expect(now.length, `${o.at}`).toBe(1);
      expect(o.counties).toContain(now[0]);
      expect(answer(o.at).zoneId === `county-${now[0]}` || answer(o.at).zone === 'prohibited').toBe(true);
    }
    // Each piece went whole to the county holding most of it in the source, so per pair of
    // counties more than half of their former overlap is now where the source draws it.
    for (let i = 0; i < before.length; i++) {
      for (let j = i + 1; j < before.length; j++) {
        const overlap = intersect(before[i]!.polygons, before[j]!.polygons);
        if (areaM2(overlap) === 0) continue;
        const agree = [i, j].reduce((s, k) => s + areaM2(intersect(intersect(overlap, before[k]!.decoded), published.find((c) => c.adcode === before[k]!.adcode)!.polys)), 0);
        expect(agree / areaM2(overlap), `${before[i]!.adcode} ∩ ${before[j]!.adcode}`).toBeGreaterThan(0.5);
      }
    }
  });

  it('22.0176 N, 108.620 E (reported between 钦北区 and 钦南区) was in no sliver: 钦北区 then and now', () => {
    const at: Pos = [108.62, 22.0176];
    expect(before.filter((c) => inside(at, c.polygons)).map((c) => c.adcode)).toEqual([450703]);
    const r = answer(at);
    expect([r.zone, r.zoneId]).toEqual(['restricted', 'county-450703']);
  });
});

/** Squares on a grid of 0.001° (~100 m) near Qinzhou: x, y in those units. */
const U = 0.001, X0 = 108.5, Y0 = 22.0;
const box = (w: number, s: number, e: number, n: number): Pos[][] => [[[X0 + w * U, Y0 + s * U], [X0 + e * U, Y0 + s * U], [X0 + e * U, Y0 + n * U], [X0 + w * U, Y0 + n * U], [X0 + w * U, Y0 + s * U]]];
const county = (adcode: number, polygons: Polys, decoded: Polys = polygons): PartitionInput => ({ adcode, polygons, decoded });
const areaIn = (polys: Polys, w: number, s: number, e: number, n: number) => areaM2(intersect(polys, [box(w, s, e, n)])) / areaM2([box(w, s, e, n)]);

describe('the partition rule (synthetic outlines)', () => {
  it('a sliver goes to the county the source puts it in, an overlap stays with the county the source puts it in', () => {
    // The source: A west of x = 10, B east of it. Simplified, A retreats to 9.8 south of y = 5
    // (a sliver of A's land, enclosed by a strip C along the south) and reaches 10.3 north of it.
    const ragged: Pos[] = [[0, 0], [9.8, 0], [9.8, 5], [10.3, 5], [10.3, 10], [0, 10], [0, 0]].map(([x, y]) => [X0 + x! * U, Y0 + y! * U]);
    const A = county(1, [[ragged]], [box(0, 0, 10, 10)]);
    const B = county(2, [box(10, 0, 20, 10)]);
    const C = county(3, [box(0, -2, 20, 0)]);
    const { polygons, pieces, reach } = partitionCounties([A, B, C]);
    expect(pieces.map((p) => [p.kind, p.owner, p.others, p.rule])).toEqual([
      ['overlap', 2, [1], 'source'],
      ['gap', 1, [2, 3], 'source'],
    ]);
    expect(areaIn(polygons.get(1)!, 9.8, 0, 10, 5)).toBeCloseTo(1, 6);
    expect(areaIn(polygons.get(1)!, 10, 5, 10.3, 10)).toBeCloseTo(0, 6);
    expect(areaIn(polygons.get(2)!, 10, 5, 10.3, 10)).toBeCloseTo(1, 6);
    expect([...reach.values()].every((r) => r.filled.distM === 0 && r.kept.distM === 0)).toBe(true);
  });

  it('a sliver the source gives to no one goes to the longest shared border and is measured from that county’s outline', () => {
    // The source's own gap x ∈ [10, 10.2], enclosed: A along all of its west side, B along 8 of
    // its 10 units east, C above and D below.
    const A = county(1, [box(0, 0, 10, 10)]);
    const B = county(2, [box(10.2, 0, 20, 8)]);
    const lShape: Pos[] = [[0, 10], [10.2, 10], [10.2, 8], [20, 8], [20, 12], [0, 12], [0, 10]].map(([x, y]) => [X0 + x! * U, Y0 + y! * U]);
    const C = county(3, [[lShape]]);
    const D = county(4, [box(0, -2, 20, 0)]);
    const { polygons, pieces, reach } = partitionCounties([A, B, C, D]);
    expect(pieces.map((p) => [p.kind, p.owner, p.others, p.rule])).toEqual([['gap', 1, [2, 3, 4], 'border']]);
    expect(areaIn(polygons.get(1)!, 10, 0, 10.2, 10)).toBeCloseTo(1, 6);
    // 0.2 units of longitude at 22° N: 20.6 m outside A's outline.
    expect(reach.get(1)!.filled.distM).toBeGreaterThan(20);
    expect(reach.get(1)!.filled.distM).toBeLessThan(21);
  });

  it('leaves a notch in the outer boundary alone, and a hole a neighbour fills', () => {
    // A gap open to the outside (x ∈ [10, 10.2] reaching the south edge) is not a hole of the union.
    const A = county(1, [[box(0, 0, 10, 10)[0]!, [...box(4, 4, 6, 6)[0]!].reverse()]]);
    const B = county(2, [box(10.2, 0, 20, 10)]);
    const C = county(3, [box(0, 10, 20, 12)]);
    const E = county(5, [box(4, 4, 6, 6)]);
    const { polygons, pieces } = partitionCounties([A, B, C, E]);
    expect(pieces).toEqual([]);
    expect(polygons.get(1)![0]!.length).toBe(2);
    expect(areaIn(unionOf([...polygons.values()]), 10, 0, 10.2, 10)).toBeCloseTo(0, 6);
  });
});
