import { useEffect, useState } from 'preact/hooks';
import type { Activity, EvaluateResult } from '../../core';
import type { EngineClient } from '../engine/client';
import type { ChosenPlace } from '../state/query';

/**
 * The engine's answer for the query. It answers asynchronously (it lives in a worker); an answer
 * for stale inputs is dropped. `onFail` (stable) hears when the engine itself could not answer.
 */
export function useVerdict(
  engine: EngineClient | null,
  place: ChosenPlace | null,
  evalMs: number,
  activity: Activity,
  project: boolean,
  onFail: () => void,
): EvaluateResult | null {
  const [result, setResult] = useState<EvaluateResult | null>(null);
  useEffect(() => {
    if (!engine || !place) {
      setResult(null);
      return;
    }
    let current = true;
    engine
      .call('evaluate', { input: { lat: place.lat, lng: place.lng, crs: place.crs, at: evalMs, activity, accuracyM: place.accuracyM, project } })
      .then((r) => current && setResult(r))
      .catch(() => current && onFail());
    return () => {
      current = false;
    };
  }, [engine, place, evalMs, activity, project, onFail]);
  return result;
}
