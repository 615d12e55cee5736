/**
 * Zone data for the engine. index.html preloads both files, so these fetches reuse requests that
 * started in parallel with the first JavaScript; the service worker serves them offline.
 * The text goes to the engine's worker as is; the page parses it only if the map is opened.
 */
import { startEngine, type EngineClient } from './engine/client';

export interface AppData {
  engine: EngineClient;
  /** Parsed zones and edges for the map, on first use. */
  geo: () => { zones: GeoJSON.FeatureCollection; edges: GeoJSON.FeatureCollection };
}

export const ZONES_URL = `${import.meta.env.BASE_URL}data/zones.geojson`;
export const EDGES_URL = `${import.meta.env.BASE_URL}data/zone-edges.geojson`;
export const BASEMAP_URL = `${import.meta.env.BASE_URL}data/basemap.geojson`;

async function getText(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.text();
}

export async function loadData(): Promise<AppData> {
  const texts = Promise.all([getText(ZONES_URL), getText(EDGES_URL)]);
  const engine = await startEngine(texts);
  const [zones, edges] = await texts;
  let parsed: ReturnType<AppData['geo']> | null = null;
  return {
    engine,
    geo: () => (parsed ??= { zones: JSON.parse(zones), edges: JSON.parse(edges) }),
  };
}
