/**
 * Zone data for the engine. index.html preloads both files, so these fetches reuse requests that
 * started in parallel with the first JavaScript; the service worker serves them offline.
 */
import { createEngine, type Engine } from '../core';

export interface AppData {
  engine: Engine;
  zones: GeoJSON.FeatureCollection;
  edges: GeoJSON.FeatureCollection;
}

export const ZONES_URL = `${import.meta.env.BASE_URL}data/zones.geojson`;
export const EDGES_URL = `${import.meta.env.BASE_URL}data/zone-edges.geojson`;
export const BASEMAP_URL = `${import.meta.env.BASE_URL}data/basemap.geojson`;

async function getJson(url: string): Promise<GeoJSON.FeatureCollection> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as GeoJSON.FeatureCollection;
}

export async function loadData(): Promise<AppData> {
  const [zones, edges] = await Promise.all([getJson(ZONES_URL), getJson(EDGES_URL)]);
  return { engine: createEngine({ zones, edges }), zones, edges };
}
