/**
 * Zone data: public/data/zones.bin, the compact form geo:build makes (docs/data-format.md).
 * index.html preloads it, so this fetch reuses a request that started in parallel with the first
 * JavaScript; the service worker serves it offline. The bytes go to the engine's worker as they
 * are; the map decodes them into GeoJSON in its own lazy chunk, only if it is opened, so the
 * decoder never weighs on the first load.
 */
import { startEngine, type EngineClient } from './engine/client';

export interface AppData {
  engine: EngineClient;
  /** The zone file's bytes, for the map (src/map decodes them). */
  zoneData: ArrayBuffer;
}

export const ZONE_DATA_URL = `${import.meta.env.BASE_URL}data/zones.bin`;
export const BASEMAP_URL = `${import.meta.env.BASE_URL}data/basemap.geojson`;

async function getBytes(url: string): Promise<ArrayBuffer> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.arrayBuffer();
}

export async function loadData(): Promise<AppData> {
  const bytes = getBytes(ZONE_DATA_URL);
  const engine = await startEngine(bytes);
  return { engine, zoneData: await bytes };
}
