import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';

export type Loader<P> = () => Promise<{ default: ComponentType<P> }>;

const loaded = new Map<Loader<never>, ComponentType<never>>();

/**
 * A component from a lazy chunk, requested the first time `wanted` is true (null until it has
 * arrived; 'failed' when the chunk could not be loaded, e.g. offline before the first visit
 * finished precaching). Loaded chunks are kept, so reopening is instant.
 */
export function useLazy<P>(load: Loader<P>, wanted: boolean): ComponentType<P> | null | 'failed' {
  const [C, setC] = useState<ComponentType<P> | null | 'failed'>(() => (loaded.get(load as Loader<never>) as ComponentType<P> | undefined) ?? null);
  useEffect(() => {
    if (!wanted || (C && C !== 'failed')) return;
    let live = true;
    load().then(
      (m) => {
        loaded.set(load as Loader<never>, m.default as ComponentType<never>);
        if (live) setC(() => m.default);
      },
      () => live && setC('failed'),
    );
    return () => {
      live = false;
    };
  }, [wanted, load, C]);
  return C;
}
