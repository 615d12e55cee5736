import { useEffect, useState } from 'preact/hooks';

/**
 * True from the frame after `ready` first holds (the answer, or the place prompt, is on screen).
 * The map and the service worker wait for it. The timer covers pages that get no frames (hidden
 * tabs, some headless runs).
 */
export function useFirstPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted || !ready) return;
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      performance.mark('qz:verdict-painted');
      setPainted(true);
    };
    requestAnimationFrame(() => setTimeout(go, 0));
    setTimeout(go, 200);
  }, [ready, painted]);
  return painted;
}
