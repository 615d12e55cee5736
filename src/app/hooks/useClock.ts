import { useEffect, useState } from 'preact/hooks';
import type { QueryTime } from '../state/query';

export interface Clock {
  /** The instant shown: live (whole seconds) in "now" mode, else the chosen one. */
  atMs: number;
  /** The instant the verdict is computed for (changes far less often than atMs in "now" mode). */
  evalMs: number;
  /** Tells the clock when the current answer stops being valid (the verdict's `until`). */
  setTransition: (ms: number) => void;
}

const second = (ms: number) => Math.floor(ms / 1000) * 1000;

/**
 * "Now" ticks on every whole second of the clock, for the display and the countdown; the answer
 * is recomputed only when it can change — at the verdict's `until` (a window or period edge, a
 * publication), exactly on that second — and once a minute to be safe. A chosen time is fixed.
 */
export function useClock(time: QueryTime): Clock {
  const live = time.mode === 'now';
  const [nowMs, setNowMs] = useState(() => Date.now());
  const [liveEvalMs, setLiveEvalMs] = useState(() => second(Date.now()));
  const [transitionMs, setTransition] = useState(Infinity);

  useEffect(() => {
    if (!live) return;
    let timer: ReturnType<typeof setTimeout>;
    // Aligned to the clock's seconds (not every 1000 ms from whenever): 00:00:00 shows at 00:00:00.
    const tick = () => {
      const now = Date.now();
      setNowMs(now);
      clearTimeout(timer);
      timer = setTimeout(tick, 1000 - (now % 1000));
    };
    tick();
    // A phone waking up, or a tab coming back, catches up at once (timers sleep meanwhile).
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [live]);

  // Switching to "now" starts from that instant, not from the last tick before the switch.
  const since = live ? second(time.since) : 0;
  const atMs = live ? Math.max(second(nowMs), since) : time.atMs;
  const evalMs = live ? Math.max(liveEvalMs, since) : time.atMs;
  useEffect(() => {
    if (live && (atMs >= transitionMs || atMs - evalMs >= 60_000 || atMs < evalMs)) setLiveEvalMs(atMs);
  }, [live, atMs, evalMs, transitionMs]);

  return { atMs, evalMs, setTransition };
}
