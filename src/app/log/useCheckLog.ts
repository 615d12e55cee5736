import { useEffect, useRef } from 'preact/hooks';
import type { Verdict } from '../../core';
import type { ChosenPlace } from '../state/query';
import type { LogSource } from './entry';

let queue: Promise<unknown> = Promise.resolve();

/** Stores a check in the log, after every check queued before it (the store loads lazily, so order is not otherwise kept). */
export function queueCheck(verdict: Verdict, place: ChosenPlace, zoneName: string | null, source: LogSource): void {
  queue = queue.then(() => import('./record')).then((m) => m.recordCheck(verdict, place, zoneName, source)).catch(() => {});
}

/**
 * Records each manual check in the device's log: the first verdict for a place the user chose
 * (their position, a map tap, typed coordinates). Places from the link are not checks (a reload
 * would record them again); patrol fixes are recorded by patrol mode on each change of verdict.
 * The store (IndexedDB) is a lazy chunk, fetched with the first check.
 */
export function useCheckLog(enabled: boolean, verdict: Verdict | null, place: ChosenPlace | null, zoneName: string | null): void {
  const done = useRef<ChosenPlace | null>(null);
  const placeNow = useRef(place);
  placeNow.current = place;
  useEffect(() => {
    const p = placeNow.current;
    // Only a new answer counts: when the place has just changed, `verdict` is still the old place's.
    if (!verdict || !p || p === done.current) return;
    done.current = p;
    if (!enabled || p.source === 'url') return;
    queueCheck(verdict, p, zoneName, 'manual');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on a new verdict only (see above)
  }, [verdict]);
}
