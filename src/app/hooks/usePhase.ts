import { useEffect, useState } from 'preact/hooks';
import type { VerdictView } from '../verdict/placeholder';

/**
 * The page's one readiness state:
 * - `waiting`: nothing to show yet but the header and a verdict-sized placeholder, so nothing
 *   below is pushed around when the first answer arrives (no layout shift);
 * - `shown`: the first answer, the place prompt or a failure is on screen; the rest of the page
 *   is drawn, and stays drawn for every later answer;
 * - `painted`: from the frame after an answer or the prompt was shown. The map and the service
 *   worker wait for it. The timer covers pages that get no frames (hidden tabs, some headless runs).
 */
export type Phase = 'waiting' | 'shown' | 'painted';

export function usePhase(view: VerdictView['kind']): Phase {
  const [phase, setPhase] = useState<Phase>('waiting');
  useEffect(() => {
    if (phase === 'waiting' && view !== 'loading') setPhase('shown');
  }, [phase, view]);
  const answered = view !== 'loading' && view !== 'failed';
  useEffect(() => {
    if (phase === 'painted' || !answered) return;
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      performance.mark('qz:verdict-painted');
      setPhase('painted');
    };
    requestAnimationFrame(() => setTimeout(go, 0));
    setTimeout(go, 200);
    return () => {
      done = true;
    };
  }, [phase, answered]);
  return phase;
}
