import { useEffect, useRef, useState } from 'preact/hooks';

/** One position from watchPosition, with when it arrived on the page's monotonic clock. */
export interface PatrolFix {
  lat: number;
  lng: number;
  accuracyM: number;
  /** performance.now() when it arrived. */
  receivedAt: number;
  /** How old it already was on arrival (0 when the device clock and the fix disagree). */
  lagMs: number;
}

export type WatchState =
  | { kind: 'starting' }
  | { kind: 'watching' }
  | { kind: 'paused' }
  | { kind: 'error'; reason: 'denied' | 'unavailable' | 'unsupported' };

/** At most one evaluation per this many ms: GPS fixes come about once a second, faster ones add nothing. */
export const THROTTLE_MS = 1000;
/** A fix older than this is flagged as stale. */
export const STALE_MS = 15_000;

/** Age of a fix now, counted on the monotonic clock (immune to the device clock being set). */
export function fixAgeMs(f: PatrolFix, now = performance.now()): number {
  return now - f.receivedAt + f.lagMs;
}

/**
 * How old the fix was when it arrived. maximumAge 0 means the browser hands over fresh fixes,
 * so a large or negative difference means the device clock disagrees with the fix's timestamp
 * (a wrong clock, or a test's fixed one): then age counts from arrival.
 */
function lagOf(timestamp: number): number {
  const lag = Date.now() - timestamp;
  return lag >= 0 && lag < 10 * 60_000 ? lag : 0;
}

/**
 * watchPosition with high accuracy and no cached fixes while the page is visible; stopped while
 * it is hidden (no GPS, no evaluations: a shift must not drain the battery), restarted when it is
 * shown again. `onFix` (stable) hears at most one fix per THROTTLE_MS, always the latest one.
 */
export function usePositionWatch(onFix: (f: PatrolFix) => void): { state: WatchState; fix: PatrolFix | null } {
  const [state, setState] = useState<WatchState>({ kind: 'starting' });
  const [fix, setFix] = useState<PatrolFix | null>(null);
  const last = useRef(-Infinity);

  useEffect(() => {
    if (!('geolocation' in navigator)) {
      setState({ kind: 'error', reason: 'unsupported' });
      return;
    }
    let watch: number | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let pending: PatrolFix | null = null;
    const flush = () => {
      timer = null;
      if (!pending) return;
      last.current = performance.now();
      onFix(pending);
      pending = null;
    };
    const start = () => {
      if (watch !== null) return;
      setState((s) => (s.kind === 'error' && s.reason === 'denied' ? s : { kind: 'starting' }));
      watch = navigator.geolocation.watchPosition(
        (p) => {
          const f: PatrolFix = { lat: p.coords.latitude, lng: p.coords.longitude, accuracyM: p.coords.accuracy, receivedAt: performance.now(), lagMs: lagOf(p.timestamp) };
          setFix(f);
          setState({ kind: 'watching' });
          pending = f;
          const wait = last.current + THROTTLE_MS - f.receivedAt;
          if (wait <= 0) flush();
          else timer ??= setTimeout(flush, wait);
        },
        (e) => {
          if (e.code === e.PERMISSION_DENIED) {
            stop();
            setState({ kind: 'error', reason: 'denied' });
          } else setState({ kind: 'error', reason: 'unavailable' });
        },
        { enableHighAccuracy: true, maximumAge: 0 },
      );
    };
    const stop = () => {
      if (watch !== null) navigator.geolocation.clearWatch(watch);
      watch = null;
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        stop();
        setState((s) => (s.kind === 'error' && s.reason === 'denied' ? s : { kind: 'paused' }));
      } else start();
    };
    if (document.visibilityState !== 'hidden') start();
    else setState({ kind: 'paused' });
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      stop();
    };
  }, [onFix]);

  return { state, fix };
}
