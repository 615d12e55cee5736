import { useEffect, useState } from 'preact/hooks';

export type TimeMode = 'now' | 'chosen';

export interface Clock {
  mode: TimeMode;
  /** The instant shown: live (whole seconds) in "now" mode, else the chosen one. */
  atMs: number;
  /** The instant the verdict is computed for (changes far less often than atMs in "now" mode). */
  evalMs: number;
  setMode: (m: TimeMode) => void;
  choose: (ms: number) => void;
  /** Tells the clock when the current answer stops being valid (window end / next start). */
  setTransition: (ms: number) => void;
}

const second = (ms: number) => Math.floor(ms / 1000) * 1000;

/**
 * "Now" ticks every second for the clock and the countdown, but the answer is recomputed only
 * when it can change (the current window ends or the next one begins) and once a minute to be
 * safe; a chosen time is fixed.
 */
export function useClock(initialChosen: number | null): Clock {
  const [mode, setModeState] = useState<TimeMode>(initialChosen != null ? 'chosen' : 'now');
  const [chosenMs, setChosenMs] = useState<number>(initialChosen ?? Date.now());
  const [nowMs, setNowMs] = useState(() => Date.now());
  const [liveEvalMs, setLiveEvalMs] = useState(() => second(Date.now()));
  const [transitionMs, setTransition] = useState(Infinity);

  useEffect(() => {
    if (mode !== 'now') return;
    const t = setInterval(() => setNowMs(Date.now()), 1000);
    return () => clearInterval(t);
  }, [mode]);

  const atMs = mode === 'now' ? second(nowMs) : chosenMs;
  useEffect(() => {
    if (mode === 'now' && (atMs >= transitionMs || atMs - liveEvalMs >= 60_000 || atMs < liveEvalMs)) setLiveEvalMs(atMs);
  }, [mode, atMs, transitionMs, liveEvalMs]);

  const setMode = (m: TimeMode) => {
    if (m === 'chosen') setChosenMs(atMs);
    else {
      const now = Date.now();
      setNowMs(now);
      setLiveEvalMs(second(now));
    }
    setModeState(m);
  };
  return { mode, atMs, evalMs: mode === 'now' ? liveEvalMs : chosenMs, setMode, choose: setChosenMs, setTransition };
}
