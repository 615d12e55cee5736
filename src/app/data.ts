/**
 * Zone data: public/data/zones.bin, the compact form geo:build makes (docs/data-format.md), and
 * the notices: public/data/rulesets.json (npm run rulesets). index.html preloads both, so these
 * fetches reuse requests that started in parallel with the first JavaScript; the service worker
 * serves them offline. The bytes go to the engine's worker as they are; the map decodes them
 * into GeoJSON in its own lazy chunk, only if it is opened, so the decoder never weighs on the
 * first load.
 *
 * A data release shows on the next load (issue 7): while the data downloads, the page asks the
 * server which data version it has now (src/pwa/data-release.ts). If that is not the version
 * this page was built with (the precache holds an older release), the answer is computed from
 * the server's files instead, fetched past every cache.
 */
import { startEngine, type EngineClient } from './engine/client';
import { checkForNewWorker, servedDataVersion } from '../pwa/data-release';

export interface AppData {
  engine: EngineClient;
  /** The zone file's bytes, for the map (src/map decodes them). */
  zoneData: ArrayBuffer;
  /** The data version the engine runs on. */
  version: string;
  /** The version the server has, when the check had not answered by the time this data was ready. */
  release: Promise<string | null> | null;
}

const BASE = import.meta.env.BASE_URL;
export const ZONE_DATA_URL = `${BASE}data/zones.bin`;
export const RULE_SETS_URL = `${BASE}data/rulesets.json`;
export const BASEMAP_URL = `${BASE}data/basemap.geojson`;
/** How long the first answer waits for the version check (a fast network answers well within it). */
const RELEASE_WAIT_MS = 800;

async function get(url: string): Promise<Response> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res;
}

/** `fresh`: a version the server has announced; its files are fetched with ?v= (no cache has them). */
export async function loadData(fresh?: string): Promise<AppData> {
  const bust = (url: string) => (fresh ? `${url}?v=${encodeURIComponent(fresh)}` : url);
  const release = fresh || import.meta.env.DEV ? null : servedDataVersion(BASE);
  const bytes = get(bust(ZONE_DATA_URL)).then((r) => r.arrayBuffer());
  const notices = get(bust(RULE_SETS_URL)).then((r) => r.text());
  const engine = await startEngine(bytes, notices);
  const version = fresh ?? __DATA_VERSION__;
  const served = release && (await Promise.race([release, new Promise<undefined>((ok) => setTimeout(ok, RELEASE_WAIT_MS))]));
  if (served && served !== version) {
    checkForNewWorker();
    engine.close();
    return loadData(served);
  }
  return { engine, zoneData: await bytes, version, release: served === undefined ? release : null };
}
