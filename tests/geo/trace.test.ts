/** The tracer on small synthetic networks: crossings, T-junctions, dual carriageways, gaps, a road used twice. */
import { describe, expect, it } from 'vitest';
import { lineLengthM, selfIntersections, signedAreaDeg2 } from '../../geo/geometry';
import { traceRing, TraceError } from '../../geo/trace';
import { at, gap, metres, ring, way } from './synthetic';
import { area as turfArea, polygon } from '@turf/turf';

const areaM2 = (r: [number, number][]) => turfArea(polygon([r]));

function expectValid(r: [number, number][]) {
  expect(r[0]).toEqual(r[r.length - 1]);
  expect(selfIntersections(r)).toEqual([]);
  expect(signedAreaDeg2(r)).toBeGreaterThan(0); // RFC 7946: exterior counter-clockwise
}

describe('tracer', () => {
  it('closes a ring of four crossing roads at their crossings', () => {
    // A # pattern: every road runs 300 m past the square's corners.
    const ways = [
      way('北路', [[-300, 1000], [1300, 1000]]),
      way('东路', [[1000, 1300], [1000, -300]]),
      way('南路', [[1300, 0], [-300, 0]]),
      way('西路', [[0, -300], [0, 1300]]),
    ];
    const t = traceRing(ring('square', ['北路', '东路', '南路', '西路']), ways, []);
    expectValid(t.ring);
    expect(areaM2(t.ring)).toBeCloseTo(1_000_000, -3);
    expect(t.ring.map(metres).every(([x, y]) => x > -1 && x < 1001 && y > -1 && y < 1001)).toBe(true);
    expect(t.stretches.map((s) => s.road)).toEqual(['北路', '东路', '南路', '西路']);
    expect(t.stretches.every((s) => s.source === 'osm')).toBe(true);
    expect(t.usedGaps).toEqual([]);
  });

  it('finds T-junctions where one road ends at (or a few metres short of) another', () => {
    const ways = [
      way('北路', [[-500, 1000], [1500, 1000]]),
      way('东路', [[1000, 1000], [1000, 0]]), // ends exactly on both
      way('南路', [[1500, 0], [-500, 0]]),
      way('西路', [[0, 15], [0, 985]]), // stops 15 m short at both ends (a *_link ramp missing)
    ];
    const t = traceRing(ring('tee', ['北路', '东路', '南路', '西路']), ways, []);
    expectValid(t.ring);
    expect(areaM2(t.ring)).toBeGreaterThan(980_000);
    expect(areaM2(t.ring)).toBeLessThan(1_010_000);
  });

  it('treats a dual carriageway (two one-way ways 24 m apart) as one road', () => {
    const ways = [
      way('北路', [[-300, 1000], [1300, 1000]]),
      way('东大道', [[988, 1300], [988, -300]]), // southbound
      way('东大道', [[1012, -300], [1012, 1300]]), // northbound
      way('南路', [[1300, 0], [-300, 0]]),
      way('西路', [[0, -300], [0, 1300]]),
    ];
    const t = traceRing(ring('dual', ['北路', '东大道', '南路', '西路']), ways, []);
    expectValid(t.ring);
    const east = t.stretches.filter((s) => s.road === '东大道');
    expect(east).toHaveLength(1);
    expect(east[0]!.source).toBe('osm');
    // The boundary stays within the carriageway pair (±12 m of the centre line at x = 1000).
    for (const p of east[0]!.coords) expect(Math.abs(metres(p)[0] - 1000)).toBeLessThan(13);
    expect(east[0]!.lengthM).toBeGreaterThan(990);
    expect(east[0]!.lengthM).toBeLessThan(1100);
  });

  it('bridges a missing road with its waypoint gap, and says so', () => {
    const ways = [
      way('北路', [[-300, 1000], [1300, 1000]]),
      way('南路', [[1300, 0], [-300, 0]]),
      way('西路', [[0, -300], [0, 1300]]),
    ];
    const spec = ring('gapped', ['北路', '东路', '南路', '西路']);
    expect(() => traceRing(spec, ways, [])).toThrow(TraceError);
    const t = traceRing(spec, ways, [gap('east-gap', 'gapped', '东路', [[1000, 1000], [1050, 500], [1000, 0]], 400)]);
    expectValid(t.ring);
    const east = t.stretches.filter((s) => s.road === '东路');
    expect(east).toEqual([expect.objectContaining({ source: 'waypoint', refs: ['east-gap'], errorM: 400 })]);
    expect(t.usedGaps).toEqual(['east-gap']);
  });

  it('fills a hole inside a road with a gap but keeps the real geometry either side', () => {
    const ways = [
      way('北路', [[-300, 1000], [1300, 1000]]),
      way('东路', [[1000, 1300], [1000, 700]]),
      way('东路', [[1000, 300], [1000, -300]]),
      way('南路', [[1300, 0], [-300, 0]]),
      way('西路', [[0, -300], [0, 1300]]),
    ];
    const t = traceRing(ring('hole', ['北路', '东路', '南路', '西路']), ways, [gap('hole-gap', 'hole', '东路', [[1000, 700], [1000, 300]], 50)]);
    const east = t.stretches.filter((s) => s.road === '东路');
    expect(east.map((s) => s.source)).toEqual(['osm', 'waypoint', 'osm']);
    expect(east[1]!.lengthM).toBeCloseTo(400, -1);
  });

  it('prefers real geometry over a waypoint gap that covers the same stretch', () => {
    const ways = [
      way('北路', [[-300, 1000], [1300, 1000]]),
      way('东路', [[1000, 1300], [1030, 500], [1000, -300]]), // a little longer than the gap
      way('南路', [[1300, 0], [-300, 0]]),
      way('西路', [[0, -300], [0, 1300]]),
    ];
    const t = traceRing(ring('covered', ['北路', '东路', '南路', '西路']), ways, [gap('stale', 'covered', '东路', [[1000, 1000], [1000, 0]])]);
    expect(t.usedGaps).toEqual([]);
    expect(t.stretches.every((s) => s.source === 'osm')).toBe(true);
  });

  it('handles a road named twice in one ring (the ring leaves it for a loop and comes back)', () => {
    // 长街 runs east–west; the ring follows its east part, loops south by 南一/底路/南二,
    // then follows its west part — like 勒沟东大街 in the port ring.
    const ways = [
      way('北路', [[-200, 1000], [2200, 1000]]),
      way('东路', [[2000, 1200], [2000, 300]]),
      way('长街', [[2200, 400], [-200, 400]]),
      way('南一', [[1400, 400], [1400, -400]]),
      way('底路', [[1500, -300], [500, -300]]),
      way('南二', [[600, -400], [600, 400]]),
      way('西路', [[0, 200], [0, 1200]]),
    ];
    const spec = ring('twice', ['北路', '东路', '长街', '南一', '底路', '南二', '长街', '西路']);
    const t = traceRing(spec, ways, []);
    expectValid(t.ring);
    const long = t.stretches.filter((s) => s.road === '长街');
    expect(long.map((s) => s.roadIndex)).toEqual([2, 6]);
    expect(long[0]!.lengthM).toBeCloseTo(600, -1); // x 2000 → 1400
    expect(long[1]!.lengthM).toBeCloseTo(600, -1); // x 600 → 0
    const expected = 2000 * 600 + 800 * 700; // upper block + southern loop
    expect(areaM2(t.ring)).toBeGreaterThan(expected * 0.98);
    expect(areaM2(t.ring)).toBeLessThan(expected * 1.02);
  });

  it('where two roads meet twice, takes the meeting nearest the reviewed hint and reports the other', () => {
    const ways = [
      way('北路', [[-300, 1000], [2300, 1000]]),
      way('弯路', [[1000, 1300], [1000, 0], [2000, 0], [2000, 1300]]), // a U crossing 北路 at x 1000 and x 2000
      way('南路', [[2300, -200], [-300, -200]]),
      way('西路', [[0, -300], [0, 1300]]),
    ];
    const all = [...ways, way('弯路', [[2000, 0], [2000, -300]]), way('弯路', [[1000, 0], [1000, -300]])];
    const spec = ring('twice-met', ['北路', '弯路', '南路', '西路']);
    expect(metres(traceRing(spec, all, []).junctions[0]!.point).map(Math.round)).toEqual([1000, 1000]); // no hint: the first meeting
    spec.roads[0]!.junctionNear = at(2000, 1000);
    const t = traceRing(spec, all, []);
    expect(metres(t.junctions[0]!.point).map(Math.round)).toEqual([2000, 1000]);
    expect(t.junctions[0]!.alternatives.map((p) => metres(p).map(Math.round))).toEqual([[1000, 1000]]);
    expectValid(t.ring);
  });

  it('reports a ring that cannot close', () => {
    const ways = [way('北路', [[0, 1000], [1000, 1000]]), way('东路', [[5000, 1000], [5000, 0]])];
    expect(() => traceRing(ring('open', ['北路', '东路']), ways, [])).toThrow(/no junction between 北路 and 东路/);
  });

  it('measures stretches in metres', () => {
    expect(lineLengthM([at(0, 0), at(3000, 4000)])).toBeCloseTo(5000, -1);
  });
});
