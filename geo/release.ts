/**
 * The zone data's release stamp, written by geo:build into both FeatureCollections (and so into
 * zones.bin's head) as foreign members, and read by the engine into every verdict's `source`:
 *
 * - `dataVersion`: the first 12 hex digits of the SHA-256 of the two files as built without the
 *   stamp. It changes exactly when the data does (a road, a waypoint, an outline, a property).
 * - `dataDate`: the China date (YYYY-MM-DD) of the build that first produced that version. While
 *   the version is unchanged the date is carried over from the committed
 *   public/data/zones.geojson, so rebuilding the same inputs gives the same bytes on any machine
 *   and any day (tests/geo/build.test.ts); a new version takes the day of the build, or the day
 *   of SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) when that is set.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatChina } from '../src/core/china-time';
import { REPO_DIR } from './paths';

export interface ReleaseStamp {
  dataVersion: string;
  /** YYYY-MM-DD, China time. */
  dataDate: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The stamp of the committed zone data, or null (no file yet, or one from before stamps). */
export function committedStamp(path = join(REPO_DIR, 'public/data/zones.geojson')): ReleaseStamp | null {
  if (!existsSync(path)) return null;
  // The head is the first line (one feature per line after it, zones.ts featureCollectionJson).
  const head = readFileSync(path, 'utf8').split('\n', 1)[0]!;
  try {
    const fc = JSON.parse(head.replace(/"features":\[$/, '"features":[]}')) as Partial<ReleaseStamp>;
    return typeof fc.dataVersion === 'string' && typeof fc.dataDate === 'string' && DATE.test(fc.dataDate) ? { dataVersion: fc.dataVersion, dataDate: fc.dataDate } : null;
  } catch {
    return null;
  }
}

/** The build's "today": SOURCE_DATE_EPOCH when set (seconds), else the clock. */
export function buildTime(env: NodeJS.ProcessEnv = process.env): number {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return Date.now();
  if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not ${JSON.stringify(epoch.slice(0, 40))}`);
  return Number(epoch) * 1000;
}

/** The stamp for data whose unstamped files are `texts`: the previous date if the version is the previous one. */
export function releaseStamp(texts: string[], previous: ReleaseStamp | null, nowMs: number): ReleaseStamp {
  const h = createHash('sha256');
  for (const t of texts) h.update(t);
  const dataVersion = h.digest('hex').slice(0, 12);
  const dataDate = previous?.dataVersion === dataVersion ? previous.dataDate : formatChina(nowMs).slice(0, 10);
  return { dataVersion, dataDate };
}
