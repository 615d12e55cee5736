import { useEffect, useState } from 'preact/hooks';

export type WakeLockState = 'held' | 'released' | 'unsupported';

/**
 * Keeps the screen on while `active` (Screen Wake Lock API). The browser drops the lock whenever
 * the page is hidden, so it is asked for again each time the page becomes visible. Where the API
 * is missing or refuses (no permission, battery saver, an iframe without allow="screen-wake-lock"),
 * patrol mode goes on without it and only says so.
 */
export function useWakeLock(active: boolean): WakeLockState {
  const supported = typeof navigator !== 'undefined' && 'wakeLock' in navigator;
  const [state, setState] = useState<WakeLockState>(supported ? 'released' : 'unsupported');
  useEffect(() => {
    if (!active || !supported) return;
    let sentinel: WakeLockSentinel | null = null;
    let live = true;
    const acquire = async () => {
      if (document.visibilityState !== 'visible' || sentinel) return;
      try {
        const s = await navigator.wakeLock.request('screen');
        if (!live) {
          void s.release();
          return;
        }
        sentinel = s;
        setState('held');
        s.addEventListener('release', () => {
          sentinel = null;
          if (live) setState('released');
        });
      } catch {
        if (live) setState('released');
      }
    };
    const onVisibility = () => void acquire();
    void acquire();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisibility);
      void sentinel?.release();
    };
  }, [active, supported]);
  return state;
}
