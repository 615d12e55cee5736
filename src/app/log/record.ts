/** Stores one check in the device's log (lazy: loaded with the first check worth recording). */
import type { Crs, Verdict } from '../../core';
import { entryOf, type LogSource } from './entry';
import { addCheck } from './store';

export function recordCheck(verdict: Verdict, place: { lat: number; lng: number; crs: Crs; accuracyM?: number }, zoneName: string | null, source: LogSource): Promise<number | null> {
  return addCheck(entryOf({ verdict, place, zoneName, source, dataVersion: __DATA_VERSION__, savedAt: Date.now() })).catch(() => null);
}
