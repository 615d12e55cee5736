import { useEffect, useState } from 'preact/hooks';
import type { SeasonWindows } from '../../core';
import { inChina } from '../chinaTime';
import type { EngineClient } from '../engine/client';

/** One Spring Festival season's windows, with the year they were asked for. */
export interface SeasonOfYear extends SeasonWindows {
  year: number;
}

/** A season's windows: from its notice, or (when projecting) projected and labelled so. */
export function useSeason(engine: EngineClient | null, year: number, project: boolean): SeasonOfYear | null {
  const [season, setSeason] = useState<SeasonOfYear | null>(null);
  useEffect(() => {
    if (!engine) return;
    let current = true;
    engine.call('season', { year, project }).then(
      (w) => current && setSeason({ year, ...w }),
      () => {
        /* the strip is optional: without it the verdict still stands */
      },
    );
    return () => {
      current = false;
    };
  }, [engine, year, project]);
  return season;
}

/**
 * The coming (or current) Spring Festival season at an instant: from April on, this year's is
 * over (a season ends by 正月廿四, mid-March at the latest), so it is next year's.
 */
export function comingSeasonYear(atMs: number): number {
  const t = inChina(atMs);
  return t.getFullYear() + (t.getMonth() + 1 >= 4 ? 1 : 0);
}
