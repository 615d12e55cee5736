/**
 * Zone data: public/data/zones.bin, the compact form geo:build makes (docs/data-format.md).
 * index.html preloads it, so this fetch reuses a request that started in parallel with the first
 * JavaScript; the service worker serves it offline. The bytes go to the engine's worker as they
 * are; the page decodes them into GeoJSON only if the map is opened.
 */
import { geoJsonFromFile, readZoneFile } from '../core';
import { startEngine, type EngineClient } from './engine/client';

export interface AppData {
  engine: EngineClient;
  /** Parsed zones and edges for the map, on first use. */
  geo: () => { zones: GeoJSON.FeatureCollection; edges: GeoJSON.FeatureCollection };
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
  const data = await bytes;
  let parsed: ReturnType<AppData['geo']> | null = null;
  return {
    engine,
    geo: () => (parsed ??= geoJsonFromFile(readZoneFile(data))),
  };
}
