import { useEffect, useRef, useState } from 'preact/hooks';
import { useLazy, type Loader } from './lazy';

/**
 * A part of the page below the first screen (the card's foot, the report button under the map,
 * the season strip): its chunk is requested when its place comes within `margin` of the screen —
 * or at once where IntersectionObserver is missing — not with the first answer. Until then (and
 * if the chunk cannot be had) an empty box with class `slot` keeps its place.
 */
export function LazyNear<P extends object>({ load, props, slot, margin = '0px' }: { load: Loader<P>; props: P; slot: string; margin?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (near || !el) return;
    if (typeof IntersectionObserver === 'undefined') return void setNear(true);
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        io.disconnect();
        setNear(true);
      }
    }, { rootMargin: margin });
    io.observe(el);
    return () => io.disconnect();
  }, [near, margin]);
  const C = useLazy(load, near);
  return C && C !== 'failed' ? <C {...props} /> : <div ref={box} class={slot} />;
}
