import { useEffect, useState } from 'preact/hooks';

/**
 * A module loaded once `when` turns true (after the first answer is painted), for parts of the
 * page the first answer does not need; null until it has arrived (or if it could not load).
 */
export function useLazy<T>(when: boolean, load: () => Promise<T>): T | null {
  const [mod, setMod] = useState<T | null>(null);
  useEffect(() => {
    if (!when || mod) return;
    let current = true;
    load().then(
      (m) => current && setMod(() => m),
      () => {
        /* optional part: the answer stands without it */
      },
    );
    return () => {
      current = false;
    };
    // `load` is a fresh arrow each render; the module is wanted once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [when, mod]);
  return mod;
}
