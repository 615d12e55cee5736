import type { ExpressionSpecification, FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { OnlineTiles } from './config';
import type { Palette } from './palette';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
export const OSM_ATTRIBUTION = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors (ODbL)';

/** The one self-hosted font stack (public/fonts/): Latin and digits; CJK is drawn by the device (localIdeographFontFamily). */
export const FONT = ['Noto Sans Regular'];
/** Device fonts for CJK labels, the same list as the page's own font-family. */
export const CJK_FONTS = "'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif";

/** Matches nothing until the search asks for a road or an area (focus.ts sets the real filter). */
export const NOTHING: FilterSpecification = ['==', ['get', 'osm'], '\u0000'];

const isRoad: ExpressionSpecification = ['==', ['get', 'layer'], 'road'];
const minor: ExpressionSpecification = ['all', isRoad, ['==', ['get', 'class'], 'secondary']];
const major: ExpressionSpecification = ['all', isRoad, ['!=', ['get', 'class'], 'secondary']];
const named: ExpressionSpecification = ['to-boolean', ['get', 'name']];
const ROUND = { 'line-join': 'round', 'line-cap': 'round' };
const ROAD_LABEL = { 'symbol-placement': 'line', 'symbol-spacing': 320, 'text-max-angle': 30, 'text-padding': 4 };
const byZoom = (...stops: number[]): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], ...stops];

/**
 * Colour (and width) of every layer, from the palette. One table, so a change of colour scheme
 * repaints the map with exactly what a fresh style would have (MapView: applyPalette).
 */
export function paints(p: Palette): Record<string, Record<string, unknown>> {
  return {
    background: { 'background-color': p.land },
    // Under the water and the zones: bands of neighbouring port areas overlap, so they are one
    // opaque pale colour (translucent ones would stack darker where they meet).
    band: { 'fill-color': p.band },
    // Slightly see-through, so a band reaching over the water still shows.
    water: { 'fill-color': p.water, 'fill-opacity': 0.85 },
    'zone-fill': { 'fill-color': p.zone, 'fill-opacity': 0.16 },
    'road-casing': { 'line-color': p.roadCasing, 'line-width': byZoom(11, 1.5, 16, 9), 'line-opacity': byZoom(11, 0, 13, 0.9) },
    'road-secondary': { 'line-color': p.roadMinor, 'line-width': byZoom(9, 0.6, 13, 1.5, 16, 5) },
    'road-main': { 'line-color': p.road, 'line-width': byZoom(9, 1, 13, 2.5, 16, 7) },
    'county-line': { 'line-color': p.county, 'line-width': 1.6, 'line-dasharray': [5, 2, 1, 2] },
    'edge-traced': { 'line-color': p.edge, 'line-width': 2.5 },
    'edge-approx': { 'line-color': p.edge, 'line-width': 2.5, 'line-dasharray': [2, 1.5] },
    'focus-area': { 'line-color': p.highlight, 'line-width': 4, 'line-opacity': 0.9 },
    'focus-road-casing': { 'line-color': p.labelHalo, 'line-width': byZoom(10, 6, 16, 14) },
    'focus-road': { 'line-color': p.highlight, 'line-width': byZoom(10, 3.5, 16, 9) },
    'accuracy-fill': { 'fill-color': p.position, 'fill-opacity': 0.14 },
    'accuracy-line': { 'line-color': p.position, 'line-width': 1.5 },
    'label-road': { 'text-color': p.label, 'text-halo-color': p.labelHalo, 'text-halo-width': 1.5 },
    'label-road-minor': { 'text-color': p.label, 'text-halo-color': p.labelHalo, 'text-halo-width': 1.5 },
    'label-county': { 'text-color': p.county, 'text-halo-color': p.labelHalo, 'text-halo-width': 2 },
    'label-zone': { 'text-color': p.zoneLabel, 'text-halo-color': p.labelHalo, 'text-halo-width': 2 },
    position: { 'circle-radius': 7, 'circle-color': p.position, 'circle-stroke-color': p.positionRing, 'circle-stroke-width': 2.5 },
  };
}

/**
 * Detail per zoom: the city view (about z10–11) shows zones, counties, main roads and the
 * zone and county names; road names appear from z12 (main roads) and z13 (the rest), as a
 * street view needs them. Labels render offline: `glyphs` points at the self-hosted range and
 * CJK is drawn with the device's fonts.
 */
export function buildStyle(
  zones: GeoJSON.FeatureCollection,
  edges: GeoJSON.FeatureCollection,
  online: OnlineTiles | null,
  palette: Palette,
  glyphs: string,
): StyleSpecification {
  const paint = paints(palette);
  // Every layer's paint comes from the one table above.
  const layer = (id: string, spec: { type: LayerSpecification['type']; source?: string; filter?: FilterSpecification; minzoom?: number; maxzoom?: number; layout?: Record<string, unknown> }): LayerSpecification =>
    ({ id, ...spec, paint: paint[id] }) as LayerSpecification;
  const text = (size: ExpressionSpecification | number, extra: Record<string, unknown> = {}) => ({
    'text-field': ['get', 'name'],
    'text-font': FONT,
    'text-size': size,
    ...extra,
  });
  return {
    version: 8,
    glyphs,
    sources: {
      ...(online
        ? { online: { type: 'raster' as const, tiles: [online.url], tileSize: 256, attribution: online.attribution } }
        : {}),
      basemap: { type: 'geojson', data: EMPTY, attribution: OSM_ATTRIBUTION },
      bands: { type: 'geojson', data: EMPTY },
      labels: { type: 'geojson', data: EMPTY },
      zones: { type: 'geojson', data: zones },
      edges: { type: 'geojson', data: edges },
      accuracy: { type: 'geojson', data: EMPTY },
      position: { type: 'geojson', data: EMPTY },
    },
    layers: [
      layer('background', { type: 'background' }),
      ...(online ? [{ id: 'online', type: 'raster' as const, source: 'online' }] : []),
      // Zone and county-line bands alike: "the boundary may lie anywhere in here".
      layer('band', { type: 'fill', source: 'bands' }),
      layer('water', { type: 'fill', source: 'basemap', filter: ['==', ['get', 'layer'], 'water'] }),
      layer('zone-fill', { type: 'fill', source: 'zones', filter: ['==', ['get', 'kind'], 'prohibited'] }),
      layer('road-casing', { type: 'line', source: 'basemap', filter: isRoad, minzoom: 11, layout: ROUND }),
      layer('road-secondary', { type: 'line', source: 'basemap', filter: minor, minzoom: 10, layout: ROUND }),
      layer('road-main', { type: 'line', source: 'basemap', filter: major, layout: ROUND }),
      layer('county-line', { type: 'line', source: 'basemap', filter: ['==', ['get', 'layer'], 'county'] }),
      layer('edge-traced', { type: 'line', source: 'edges', filter: ['==', ['get', 'source'], 'osm'] }),
      layer('edge-approx', { type: 'line', source: 'edges', filter: ['!=', ['get', 'source'], 'osm'] }),
      layer('focus-area', { type: 'line', source: 'zones', filter: NOTHING }),
      layer('focus-road-casing', { type: 'line', source: 'basemap', filter: NOTHING, layout: ROUND }),
      layer('focus-road', { type: 'line', source: 'basemap', filter: NOTHING, layout: ROUND }),
      layer('accuracy-fill', { type: 'fill', source: 'accuracy' }),
      layer('accuracy-line', { type: 'line', source: 'accuracy' }),
      // Names along the roads: the main ones from z12, the rest from z13.
      layer('label-road', { type: 'symbol', source: 'basemap', filter: ['all', major, named], minzoom: 12, layout: text(byZoom(12, 11, 16, 14), ROAD_LABEL) }),
      layer('label-road-minor', { type: 'symbol', source: 'basemap', filter: ['all', minor, named], minzoom: 13, layout: text(byZoom(13, 11, 16, 13), ROAD_LABEL) }),
      layer('label-zone', {
        type: 'symbol',
        source: 'labels',
        filter: ['==', ['get', 'kind'], 'zone'],
        minzoom: 8.5,
        layout: text(byZoom(10, 11, 14, 15), { 'text-max-width': 7, 'symbol-sort-key': ['get', 'rank'], 'text-padding': 6 }),
      }),
      layer('label-county', {
        type: 'symbol',
        source: 'labels',
        filter: ['==', ['get', 'kind'], 'county'],
        maxzoom: 13,
        layout: text(byZoom(8, 12, 12, 16), { 'symbol-sort-key': ['get', 'rank'], 'text-letter-spacing': 0.2 }),
      }),
      layer('position', { type: 'circle', source: 'position' }),
    ],
  };
}
