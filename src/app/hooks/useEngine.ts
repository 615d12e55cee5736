import { useEffect, useState } from 'preact/hooks';
import type { Activity, EvaluateResult } from '../../core/types';
import type { AppData } from '../data';
import type { Season } from '../time/SeasonStrip';
import type { Place } from '../url';

/** The engine answers asynchronously (it lives in a worker); an answer for stale inputs is dropped. */
export function useVerdict(
  data: AppData | null,
  place: Place | null,
  evalMs: number,
  activity: Activity,
  project: boolean,
  onFail: () => void,
): EvaluateResult | null {
  const [result, setResult] = useState<EvaluateResult | null>(null);
  useEffect(() => {
    if (!data || !place) {
      setResult(null);
      return;
    }
    let current = true;
    data.engine
      .evaluate({ lat: place.lat, lng: place.lng, crs: place.crs, at: evalMs, activity, accuracyM: place.accuracyM, project })
      .then((r) => current && setResult(r))
      .catch(() => current && onFail());
    return () => {
      current = false;
    };
  }, [data, place, evalMs, activity, project]);
  return result;
}

/** A season's windows: from its notice, or projected (and labelled so) when none covers the year. */
export function useSeason(data: AppData | null, year: number): Season | null {
  const [season, setSeason] = useState<Season | null>(null);
  useEffect(() => {
    if (!data) return;
    let current = true;
    data.engine.seasonWindows(year, true).then(
      (w) => current && setSeason({ year, ...w }),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [data, year]);
  return season;
}
