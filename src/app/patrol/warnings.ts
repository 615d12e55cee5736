/**
 * What counts as a boundary warning while patrolling, decided by a small pure state machine
 * (tests/app/patrol-warnings.test.ts), so that an officer hears each event once and is not
 * nagged by a position that jitters across a boundary.
 *
 * Events:
 * - `entered`: the zone class changed and the new place is in a prohibited zone;
 * - `crossed`: the zone class changed otherwise (left a prohibited zone, into a county…);
 * - `changed`: same zone, new status (a window opened or closed while standing still);
 * - `near`: within max(accuracy, the stretch's error bound, 50 m) of the nearest relevant
 *   boundary (one whose two sides get different answers).
 *
 * Hysteresis, like a Schmitt trigger: `near` fires on entering the band and re-arms only once
 * the position is RELEASE_M beyond it. A crossing back to the side just left, before the
 * position has once been clear of the band, is jitter around the boundary: the verdict follows
 * it (and the log records it) but no alert sounds. The first fix sets the baseline.
 */
import type { Status, ZoneClass } from '../../core';

/** Never warn closer than this: a phone's fix is rarely better, and 50 m is a few seconds' walk. */
export const MIN_WARN_M = 50;
/** How far beyond the warning band a position must be before `near` can fire again. */
export const RELEASE_M = 25;

/** One evaluated fix, as the machine sees it. */
export interface Observation {
  status: Status;
  zone: ZoneClass;
  /** Distance to the nearest relevant boundary (null: none near enough to matter). */
  distanceM: number | null;
  /** The warning band for this fix (warnBand). */
  bandM: number;
}

export type WarningKind = 'entered' | 'crossed' | 'changed' | 'near';

export interface WarnState {
  /** The side the officer is on (zone class and status), null before the first fix. */
  side: string | null;
  /** The side before the last crossing (for telling jitter from a crossing). */
  prev: string | null;
  /** True once the position has been clear of the band since the last crossing. */
  settled: boolean;
  /** True when entering the band would raise `near`. */
  nearArmed: boolean;
}

export const INITIAL_WARN_STATE: WarnState = { side: null, prev: null, settled: true, nearArmed: true };

/** max(accuracy, the nearest stretch's error bound, 50 m). */
export function warnBand(accuracyM: number | null | undefined, stretchErrorM: number | null | undefined): number {
  return Math.max(accuracyM ?? 0, stretchErrorM ?? 0, MIN_WARN_M);
}

const sideOf = (o: Observation) => `${o.zone ?? 'none'}|${o.status}`;
const zoneOfSide = (side: string) => side.slice(0, side.indexOf('|'));

export function step(s: WarnState, o: Observation): { state: WarnState; event: WarningKind | null } {
  const side = sideOf(o);
  const inBand = o.distanceM !== null && o.distanceM <= o.bandM;
  const clear = o.distanceM === null || o.distanceM > o.bandM + RELEASE_M;
  let next: WarnState = s;
  let event: WarningKind | null = null;
  if (s.side === null) {
    next = { side, prev: null, settled: !inBand, nearArmed: true };
  } else if (side !== s.side) {
    const spatial = zoneOfSide(side) !== zoneOfSide(s.side);
    const jitter = spatial && side === s.prev && !s.settled;
    if (jitter) next = { ...s, side, prev: s.side };
    else {
      event = !spatial ? 'changed' : o.zone === 'prohibited' ? 'entered' : 'crossed';
      // A crossing is said once; `near` right after it would say the same again.
      next = { side, prev: s.side, settled: false, nearArmed: false };
    }
  }
  if (clear) next = { ...next, settled: true, nearArmed: true };
  else if (inBand && next.nearArmed && !event) {
    event = 'near';
    next = { ...next, nearArmed: false };
  }
  return { state: next, event };
}
