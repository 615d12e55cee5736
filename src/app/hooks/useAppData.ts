import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AppData } from '../data';
import { checkForNewWorker } from '../../pwa/data-release';
import { EngineFailure } from '../engine/client';

export type DataState =
  | { kind: 'loading' }
  /** `broken`: the files arrived but the engine refused them (src/core/integrity.ts); otherwise they did not arrive. */
  | { kind: 'failed'; broken?: boolean }
  /** `stale`: the server has newer data that could not be loaded; the answer says so. */
  | { kind: 'ready'; data: AppData; stale?: boolean }
  /** The server announced newer data after the first answer; until it is in, no answer is shown as current. */
  | { kind: 'updating' };

/**
 * The zone data and the engine on it: loading, ready, or failed (with a retry). `load(version)`
 * fetches a given data version past every cache; a release the server announces late (after the
 * first answer) replaces the engine the same way.
 */
export function useAppData(load: (fresh?: string) => Promise<AppData>): { state: DataState; retry: () => void; fail: () => void } {
  const [state, setState] = useState<DataState>({ kind: 'loading' });
  const retry = useCallback(() => {
    let current = true;
    const ready = (data: AppData) => {
      if (!current) return;
      setState({ kind: 'ready', data });
      data.release?.then((served) => {
        if (!current || !served || served === data.version) return;
        setState({ kind: 'updating' });
        checkForNewWorker();
        load(served).then(
          (fresh) => {
            data.engine.close();
            ready(fresh);
          },
          () => current && setState({ kind: 'ready', data, stale: true }),
        );
      });
    };
    setState({ kind: 'loading' });
    load().then(ready, (e: unknown) => current && setState({ kind: 'failed', broken: e instanceof EngineFailure }));
    return () => {
      current = false;
    };
  }, [load]);
  useEffect(retry, [retry]);
  const fail = useCallback(() => setState({ kind: 'failed' }), []);
  return { state, retry, fail };
}
