import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AppData } from '../data';

export type DataState = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; data: AppData };

/** The zone data and the engine on it: loading, ready, or failed (with a retry). */
export function useAppData(load: () => Promise<AppData>): { state: DataState; retry: () => void; fail: () => void } {
  const [state, setState] = useState<DataState>({ kind: 'loading' });
  const retry = useCallback(() => {
    setState({ kind: 'loading' });
    load().then(
      (data) => setState({ kind: 'ready', data }),
      () => setState({ kind: 'failed' }),
    );
  }, [load]);
  useEffect(retry, [retry]);
  const fail = useCallback(() => setState({ kind: 'failed' }), []);
  return { state, retry, fail };
}
