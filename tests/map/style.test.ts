/**
 * The map style (src/map/style.ts): every layer takes its colours from the one paint table
 * (so a change of theme repaints all of it), labels use the self-hosted font stack and the
 * offline glyph URL, and the search's highlight filters match what the basemap carries.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildStyle, FONT, paints } from '../../src/map/style';
import { LIGHT } from '../../src/map/palette';
import { focusFilters } from '../../src/map/focus';

const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
const GLYPHS = 'http://127.0.0.1/fonts/{fontstack}/{range}.pbf';
const style = buildStyle(empty, empty, null, LIGHT, GLYPHS);

describe('map style', () => {
  it('one paint table: every layer is painted from it, and it paints nothing else', () => {
    const table = paints(LIGHT);
    expect(style.layers.map((l) => l.id).sort()).toEqual(Object.keys(table).sort());
    for (const l of style.layers) expect((l as { paint?: unknown }).paint, l.id).toEqual(table[l.id]);
  });

  it('labels: the self-hosted stack, names from the data, glyphs from this origin', () => {
    expect(style.glyphs).toBe(GLYPHS);
    const symbols = style.layers.filter((l) => l.type === 'symbol');
    expect(symbols.map((l) => l.id).sort()).toEqual(['label-county', 'label-road', 'label-road-minor', 'label-zone']);
    for (const l of symbols) {
      const layout = (l as { layout: Record<string, unknown> }).layout;
      expect(layout['text-font'], l.id).toEqual(FONT);
      expect(layout['text-field'], l.id).toEqual(['get', 'name']);
    }
    // The one font stack the glyph build makes (scripts/build-glyphs.ts → public/fonts/<stack>/0-255.pbf).
    expect(readFileSync(`public/fonts/${FONT[0]}/0-255.pbf`).length).toBeGreaterThan(1000);
  });

  it('the highlight filters use the ids the basemap and zones carry', () => {
    const basemap = JSON.parse(readFileSync('public/data/basemap.geojson', 'utf8')) as GeoJSON.FeatureCollection;
    const way = basemap.features.find((f) => f.properties?.name === '钦州湾大道')!.properties!.osm as string;
    expect(way).toMatch(/^way\/\d+$/);
    expect(focusFilters({ bbox: [0, 0, 1, 1], osm: [way], label: '' }).road).toEqual(['in', ['get', 'osm'], ['literal', [way]]]);
    expect(focusFilters({ bbox: [0, 0, 1, 1], zoneId: 'qz2019-main-urban', label: '' }).area).toEqual(['==', ['get', 'id'], 'qz2019-main-urban']);
    const none = focusFilters(null);
    expect(none.road).toEqual(none.area);
  });
});
