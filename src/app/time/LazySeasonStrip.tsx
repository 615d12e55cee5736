import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { SeasonStripProps } from './SeasonStrip';

/**
 * The season strip sits at the bottom of the page: its code loads when its place comes near the
 * screen (or at once where IntersectionObserver is missing), never with the first answer.
 */
export function LazySeasonStrip(props: SeasonStripProps) {
  const box = useRef<HTMLDivElement>(null);
  const [Strip, setStrip] = useState<ComponentType<SeasonStripProps> | null>(null);
  useEffect(() => {
    if (Strip) return;
    let current = true;
    const load = () =>
      import('./SeasonStrip').then(
        (m) => current && setStrip(() => m.SeasonStrip),
        () => {
          /* optional: the answer stands without the strip */
        },
      );
    const el = box.current;
    if (!el || typeof IntersectionObserver === 'undefined') {
      load();
      return;
    }
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        io.disconnect();
        load();
      }
    }, { rootMargin: '600px 0px' });
    io.observe(el);
    return () => {
      current = false;
      io.disconnect();
    };
  }, [Strip]);
  return Strip ? <Strip {...props} /> : <div ref={box} class="season-slot" />;
}
