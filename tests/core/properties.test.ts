/** Properties over random input (fast-check), on the fixture and, when present, the real zones. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import gcoord from 'gcoord';
import { isVerdict, createEngine, type Engine, type Verdict } from '../../src/core/index';
import { fixtureEngine, realData } from './helpers';

const engines: [string, Engine][] = [['fixture', fixtureEngine()]];
engines.push(['real data', createEngine(realData())]);

const STATUSES = ['allowed', 'banned', 'county-rules', 'outside', 'no-notice'];
const MIN_T = Date.UTC(1900, 0, 1);
const MAX_T = Date.UTC(2200, 0, 1);

const anyInput = fc.record({
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lng: fc.double({ min: -180, max: 180, noNaN: true }),
  at: fc.integer({ min: MIN_T, max: MAX_T }),
  crs: fc.constantFrom('wgs84', 'gcj02', 'bd09' as const),
  activity: fc.constantFrom('fire', 'sell' as const),
  accuracyM: fc.double({ min: 0, max: 5000, noNaN: true }),
  project: fc.boolean(),
});
// Around Qinzhou and in the Spring Festival months, where the interesting answers are.
const localInput = fc.record({
  lat: fc.double({ min: 21.4, max: 22.9, noNaN: true }),
  lng: fc.double({ min: 107.9, max: 109.9, noNaN: true }),
  at: fc.oneof(
    fc.integer({ min: Date.UTC(2019, 0, 25), max: Date.UTC(2019, 2, 5) }),
    fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2031, 0, 1) }),
  ),
  crs: fc.constant('wgs84' as const),
  activity: fc.constantFrom('fire', 'sell' as const),
  accuracyM: fc.constantFrom(0, 10, 100),
  project: fc.boolean(),
});

function mustVerdict(r: ReturnType<Engine['evaluate']>): Verdict {
  if (!isVerdict(r)) throw new Error(`unexpected ${r.error}: ${r.message}`);
  return r;
}

describe.each(engines)('properties (%s)', (_name, engine) => {
  it('total: every finite input in range gets exactly one verdict with one status and one decisive reason', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, localInput), (input) => {
        const v = mustVerdict(engine.evaluate(input));
        expect(STATUSES).toContain(v.status);
        expect(v.reasons.filter((r) => r.role === 'decisive')).toHaveLength(1);
        for (const r of v.reasons) expect(r.text.length).toBeGreaterThan(0);
        if (v.status === 'allowed' || v.status === 'banned') expect(v.zone).not.toBeNull();
        if (v.status === 'outside' || v.status === 'county-rules') expect(v.zone).toBeNull();
        if (v.projected) expect(v.reasons[0]!.cite).toContain('推算');
      }),
      { numRuns: 3000 },
    );
  });

  it('an allowed instant lies inside its window; next starts after the instant', () => {
    fc.assert(
      fc.property(localInput, (input) => {
        const v = mustVerdict(engine.evaluate({ ...input, activity: 'fire' }));
        if (v.status === 'allowed') {
          expect(v.window).not.toBeNull();
          expect(Date.parse(v.window!.start)).toBeLessThanOrEqual(input.at);
          expect(input.at).toBeLessThan(Date.parse(v.window!.end));
        } else expect(v.window).toBeNull();
        if (v.next) {
          expect(Date.parse(v.next.start)).toBeGreaterThan(input.at);
          expect(Date.parse(v.next.end)).toBeGreaterThan(Date.parse(v.next.start));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('a point converted to gcj02 (and to bd09) gets the same answer', () => {
    fc.assert(
      fc.property(localInput, (input) => {
        const w = mustVerdict(engine.evaluate(input));
        // Round-trip error of the inverse transform is ~1e-8° (~1 mm); skip points on a boundary.
        fc.pre(w.boundaryDistanceM === null || w.boundaryDistanceM > 1);
        for (const [crs, code] of [['gcj02', gcoord.GCJ02], ['bd09', gcoord.BD09]] as const) {
          const [lng, lat] = gcoord.transform([input.lng, input.lat] as [number, number], gcoord.WGS84, code);
          const g = mustVerdict(engine.evaluate({ ...input, lat, lng, crs }));
          expect([g.status, g.zone, g.zoneId, g.window, g.next]).toEqual([w.status, w.zone, w.zoneId, w.window, w.next]);
          expect(Math.abs(g.position.lat - input.lat)).toBeLessThan(2e-6);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
