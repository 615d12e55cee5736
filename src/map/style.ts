import type { StyleSpecification } from 'maplibre-gl';
import type { OnlineTiles } from './config';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
export const OSM_ATTRIBUTION = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors (ODbL)';

/**
 * No glyphs or sprites: the style needs no server at all. Labels are left out on purpose (text
 * would need a glyph server); the verdict panel names the zone.
 */
export function buildStyle(zones: GeoJSON.FeatureCollection, edges: GeoJSON.FeatureCollection, online: OnlineTiles | null): StyleSpecification {
  return {
    version: 8,
    sources: {
      ...(online
        ? { online: { type: 'raster' as const, tiles: [online.url], tileSize: 256, attribution: online.attribution } }
        : {}),
      basemap: { type: 'geojson', data: EMPTY, attribution: OSM_ATTRIBUTION },
      zones: { type: 'geojson', data: zones },
      edges: { type: 'geojson', data: edges },
      accuracy: { type: 'geojson', data: EMPTY },
      position: { type: 'geojson', data: EMPTY },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f3f0e8' } },
      ...(online ? [{ id: 'online', type: 'raster' as const, source: 'online' }] : []),
      {
        id: 'zone-fill',
        type: 'fill',
        source: 'zones',
        filter: ['==', ['get', 'kind'], 'prohibited'],
        paint: { 'fill-color': '#d93025', 'fill-opacity': 0.16 },
      },
      {
        id: 'road-secondary',
        type: 'line',
        source: 'basemap',
        filter: ['all', ['==', ['get', 'layer'], 'road'], ['==', ['get', 'class'], 'secondary']],
        paint: { 'line-color': '#b9b2a3', 'line-width': ['interpolate', ['linear'], ['zoom'], 9, 0.6, 15, 3] },
      },
      {
        id: 'road-main',
        type: 'line',
        source: 'basemap',
        filter: ['all', ['==', ['get', 'layer'], 'road'], ['!=', ['get', 'class'], 'secondary']],
        paint: { 'line-color': '#8f887a', 'line-width': ['interpolate', ['linear'], ['zoom'], 9, 1, 15, 4.5] },
      },
      {
        id: 'county-line',
        type: 'line',
        source: 'basemap',
        filter: ['==', ['get', 'layer'], 'county'],
        paint: { 'line-color': '#5b4b8a', 'line-width': 1.6, 'line-dasharray': [5, 2, 1, 2] },
      },
      {
        id: 'edge-traced',
        type: 'line',
        source: 'edges',
        filter: ['==', ['get', 'source'], 'osm'],
        paint: { 'line-color': '#b3261e', 'line-width': 2.5 },
      },
      {
        id: 'edge-approx',
        type: 'line',
        source: 'edges',
        filter: ['!=', ['get', 'source'], 'osm'],
        paint: { 'line-color': '#b3261e', 'line-width': 2.5, 'line-dasharray': [2, 1.5] },
      },
      { id: 'accuracy-fill', type: 'fill', source: 'accuracy', paint: { 'fill-color': '#1a5fb4', 'fill-opacity': 0.14 } },
      { id: 'accuracy-line', type: 'line', source: 'accuracy', paint: { 'line-color': '#1a5fb4', 'line-width': 1.5 } },
      {
        id: 'position',
        type: 'circle',
        source: 'position',
        paint: { 'circle-radius': 7, 'circle-color': '#1a5fb4', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2.5 },
      },
    ],
  };
}
