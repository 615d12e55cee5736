/** app/patrol/warnings.ts: each boundary event once, no nagging from a jittering fix. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { INITIAL_WARN_STATE, MIN_WARN_M, RELEASE_M, step, warnBand, type Observation, type WarningKind } from '../../src/app/patrol/warnings';

const restricted = (d: number | null, band = 50): Observation => ({ status: 'allowed', zone: 'restricted', distanceM: d, bandM: band });
const prohibited = (d: number | null, band = 50): Observation => ({ status: 'banned', zone: 'prohibited', distanceM: d, bandM: band });

/** The events a walk raises, fix by fix (null: none). */
function walk(obs: Observation[]): (WarningKind | null)[] {
  let s = INITIAL_WARN_STATE;
  return obs.map((o) => {
    const r = step(s, o);
    s = r.state;
    return r.event;
  });
}

describe('warnBand', () => {
  it('is max(accuracy, the stretch’s error bound, 50 m)', () => {
    expect(warnBand(12, 30)).toBe(MIN_WARN_M);
    expect(warnBand(80, 30)).toBe(80);
    expect(warnBand(10, 120)).toBe(120);
    expect(warnBand(null, undefined)).toBe(50);
  });
});

describe('patrol warnings', () => {
  it('walking in from far away: near once, entered once, nothing more while inside', () => {
    expect(walk([restricted(400), restricted(200), restricted(45), restricted(30), restricted(10), prohibited(5), prohibited(40), prohibited(300), prohibited(500)]))
      .toEqual([null, null, 'near', null, null, 'entered', null, null, null]);
  });
  it('the first fix sets the baseline: no crossing event, but near if it starts in the band', () => {
    expect(walk([prohibited(500)])).toEqual([null]);
    expect(walk([prohibited(20)])).toEqual(['near']);
  });
  it('a fix jittering across the boundary raises one event, not one per flip', () => {
    expect(walk([restricted(300), restricted(30), prohibited(3), restricted(4), prohibited(2), restricted(6), prohibited(1)]))
      .toEqual([null, 'near', 'entered', null, null, null, null]);
  });
  it('leaving for real after going deep: crossed; and back in later: entered again', () => {
    expect(walk([restricted(300), prohibited(10), prohibited(200), prohibited(20), restricted(10), restricted(300), restricted(20), prohibited(10)]))
      .toEqual([null, 'entered', null, 'near', 'crossed', null, 'near', 'entered']);
  });
  it('near re-arms only beyond band + RELEASE_M (hysteresis), not on every step in and out of the band', () => {
    const band = 50;
    expect(walk([restricted(300), restricted(49), restricted(51), restricted(49), restricted(band + RELEASE_M), restricted(49), restricted(band + RELEASE_M + 1), restricted(49)]))
      .toEqual([null, 'near', null, null, null, null, null, 'near']);
  });
  it('a wide accuracy widens the band', () => {
    expect(walk([restricted(300, 50), restricted(150, 200)])).toEqual([null, 'near']);
  });
  it('a window closing while standing still is a change, said once', () => {
    const closed: Observation = { status: 'banned', zone: 'restricted', distanceM: 400, bandM: 50 };
    expect(walk([restricted(400), closed, closed, closed])).toEqual([null, 'changed', null, null]);
  });
  it('property: with the position clear of every band, each change of side is exactly one event', () => {
    const sides = [restricted(500), prohibited(500), { status: 'county-rules', zone: null, distanceM: 500, bandM: 50 } as Observation];
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 40 }), (path) => {
        const obs = path.map((i) => sides[i]!);
        const events = walk(obs);
        const changes = path.filter((p, i) => i > 0 && p !== path[i - 1]).length;
        return events.filter((e) => e !== null).length === changes && !events.includes('near');
      }),
    );
  });
  it('property: however a fix jitters inside the band, at most one near and one crossing event', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 50 })), { minLength: 1, maxLength: 60 }), (path) => {
        const obs = [restricted(1000), ...path.map(([inside, d]) => (inside ? prohibited(d) : restricted(d)))];
        const events = walk(obs).filter((e) => e !== null);
        return events.filter((e) => e === 'near').length <= 1 && events.filter((e) => e !== 'near').length <= 1;
      }),
    );
  });
});
