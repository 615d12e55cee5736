import { useEffect, useState } from 'preact/hooks';
import type { QueryTime } from '../state/query';

export interface Clock {
  /** The instant shown: live (whole seconds) in "now" mode, else the chosen one. */
  atMs: number;
  /** The instant the verdict is computed for (changes far less often than atMs in "now" mode). */
  evalMs: number;
  /** Tells the clock when the current answer stops being valid (window end / next start). */
  setTransition: (ms: number) => void;
}

const second = (ms: number) => Math.floor(ms / 1000) * 1000;

/**
 * "Now" ticks every second for the clock and the countdown, but the answer is recomputed only
 * when it can change (the current window ends or the next one begins) and once a minute to be
 * safe; a chosen time is fixed.
 */
export function useClock(time: QueryTime): Clock {
  const live = time.mode === 'now';
  const [nowMs, setNowMs] = useState(() => Date.now());
  const [liveEvalMs, setLiveEvalMs] = useState(() => second(Date.now()));
  const [transitionMs, setTransition] = useState(Infinity);

  useEffect(() => {
    if (!live) return;
    const t = setInterval(() => setNowMs(Date.now()), 1000);
    return () => clearInterval(t);
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
