/**
 * Fetches the OpenStreetMap coastline (as sea polygons) from the npm package
 * @geo-maps/earth-seas-10m on demand, clips it to the Qinzhou bay and writes
 * geo/sources/qinzhou-sea.geojson.
 *
 * The package is 11 MB packed / 37 MB unpacked, so it is never a dependency: only map.geo.json
 * is read out of a packed tarball (geo/npm-pack.ts). The version and tarball integrity are
 * pinned so a rebuild clips exactly the same bytes.
 *
 * Usage: npm run geo:fetch-coastline
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as polyclip from 'polyclip-ts';
import { GEO_DIR } from './paths';
import { COAST_BBOX, SEA_SOURCE_NAME, type SeaSource } from './coast';
import type { Pos } from './geometry';
import { readPackedFiles } from './npm-pack';

const PACKAGE = '@geo-maps/earth-seas-10m';
const VERSION = '0.6.0';
const INTEGRITY =
  'sha512-SwRe8GJDCfLxeE+gXYavjvmb3DVgkuiCuKFVp8jgIUYU9vz1wj+71J2GGAPmyg1lLT22ByIPCnTfFVWVlXLmuw==';

function fetchSeas(): { type: 'GeometryCollection'; geometries: Array<{ type: 'MultiPolygon'; coordinates: Pos[][][] }> } {
  const [map] = readPackedFiles({ name: PACKAGE, version: VERSION, integrity: INTEGRITY }, ['package/map.geo.json']);
  return JSON.parse(map!);
}

const [W, S, E, N] = COAST_BBOX;
const touchesBox = (ring: Pos[]) => {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [x, y] of ring) { x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y); }
  return x1 >= W && x0 <= E && y1 >= S && y0 <= N;
};

/**
 * The world ocean is one polygon with ~60 000 holes (every island and continent): only the
 * holes whose bounding box touches ours take part in the clip, which makes it seconds, not minutes.
 */
export function clipSeas(seas: Pos[][][]): Pos[][][] {
  const box: Pos[][] = [[[W, S], [E, S], [E, N], [W, N], [W, S]]];
  const near = seas
    .filter((poly) => touchesBox(poly[0]!))
    .map((poly) => [poly[0]!, ...poly.slice(1).filter(touchesBox)]);
  // One MultiPolygon argument: the box intersected with the union of the seas, not with each in turn.
  return polyclip.intersection(box as polyclip.Geom, near as polyclip.Geom) as Pos[][][];
}

function main() {
  const seas = fetchSeas().geometries.flatMap((g) => g.coordinates);
  const clipped = clipSeas(seas);
  const source: SeaSource = {
    type: 'FeatureCollection',
    license: 'ODbL-1.0',
    attribution:
      `Sea polygons from ${PACKAGE}@${VERSION} (OpenStreetMap coastline of 2017, simplified by geo-maps; data © OpenStreetMap contributors, ODbL 1.0), clipped to ${COAST_BBOX.join(', ')}.`,
    features: [
      {
        type: 'Feature',
        properties: { name: SEA_SOURCE_NAME, source: `${PACKAGE}@${VERSION} map.geo.json`, bbox: [...COAST_BBOX] },
        geometry: { type: 'MultiPolygon', coordinates: clipped },
      },
    ],
  };
  const out = join(GEO_DIR, 'sources', 'qinzhou-sea.geojson');
  // One polygon per line: small diffs when the clip box or the package changes.
  const text = JSON.stringify(source).replace(/\]\]\],\[\[\[/g, ']]],\n[[[') + '\n';
  writeFileSync(out, text);
  const vertices = clipped.flat(2).length;
  console.log(`wrote ${clipped.length} sea polygons (${vertices} vertices, ${(text.length / 1024).toFixed(1)} KiB) to geo/sources/qinzhou-sea.geojson`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
