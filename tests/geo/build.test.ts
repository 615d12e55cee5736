/**
 * The pipeline end to end: the committed outputs are exactly what a rebuild produces (fails
 * when stale), and a fuller road extract replaces waypoint gaps without code changes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, DEFAULT_ROADS, OUTPUT_FILES, readArgs } from '../../geo/build';
import { REPO_DIR } from '../../geo/paths';
import { buildTime, committedStamp, releaseStamp } from '../../geo/release';
import { loadWaypoints } from '../../geo/ring-spec';
import { readHead } from '../../src/core/zone-data/decode';
import { geojsonTextProblems, polygonProblems } from '../../geo/validity';

const tmp = mkdtempSync(join(tmpdir(), 'geo-build-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const FIXTURE = join(REPO_DIR, 'tests/fixtures/geo/missing-roads.overpass.json');
const MAIN_GAPS = loadWaypoints().gaps.filter((g) => g.ring === 'qz2019-main-urban').map((g) => g.id);

describe('geo:build', () => {
  it('committed outputs are byte-identical to a fresh rebuild by the CLI (run `npm run geo:build` if this fails), and every polygon in them is strictly valid', () => {
    execFileSync(process.execPath, ['--import', 'tsx', join(REPO_DIR, 'geo/build.ts'), '--out', tmp], { cwd: REPO_DIR, stdio: 'pipe' });
    for (const rel of Object.values(OUTPUT_FILES)) {
      const fresh = readFileSync(join(tmp, rel));
      const committed = readFileSync(join(REPO_DIR, rel));
      expect(fresh.equals(committed), `${rel} is stale`).toBe(true);
    }
    // RFC 7946 structure (@placemarkio/check-geojson), then geometry: winding, self-intersection
    // sweep, rings crossing, holes outside, overlapping parts.
    for (const rel of [OUTPUT_FILES.zones, OUTPUT_FILES.edges]) expect(geojsonTextProblems(readFileSync(join(tmp, rel), 'utf8')), rel).toEqual([]);
    const zones = JSON.parse(readFileSync(join(tmp, OUTPUT_FILES.zones), 'utf8')) as { features: Array<{ properties: { id: string }; geometry: { type: string; coordinates: never } }> };
    expect(zones.features.length).toBeGreaterThanOrEqual(11);
    for (const f of zones.features) {
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      expect(polygonProblems(polys, f.properties.id)).toEqual([]);
    }
  }, 60_000);

  it('builds twice to the same bytes, with no timestamps or machine paths', () => {
    const a = build(), b = build();
    expect(a.files).toEqual(b.files);
    for (const file of Object.values(a.files)) {
      const text = typeof file === 'string' ? file : Buffer.from(file).toString('latin1');
      expect(text).not.toMatch(/\/work\/|\/tmp\/|\/home\//);
      expect(text).not.toMatch(/20\d\d-\d\d-\d\dT\d\d:/);
    }
  });

  it('stamps the data: a version from its content, the date of the build that first made it, kept while the version holds', () => {
    const committed = committedStamp();
    expect(committed, 'public/data/zones.geojson carries dataVersion and dataDate').not.toBeNull();
    // With no earlier stamp, a build dates the data by its own day in China (00:30 on 5 May there).
    const fresh = build(DEFAULT_ROADS, loadWaypoints(), { previous: null, nowMs: Date.parse('2031-05-04T16:30:00Z') });
    expect(fresh.stamp).toEqual({ dataVersion: committed!.dataVersion, dataDate: '2031-05-05' });
    for (const text of [fresh.files.zones, fresh.files.edges]) expect(JSON.parse(text)).toMatchObject(fresh.stamp);
    expect(readHead(fresh.files.compact).zones).toMatchObject({ ...fresh.stamp, roads: { extract: 'qinzhou-osm-main-roads.geojson', license: 'ODbL-1.0' } });
    // The same content keeps the earlier date whatever the day; other content is another version, dated today.
    expect(releaseStamp(['a', 'b'], { dataVersion: releaseStamp(['a', 'b'], null, 0).dataVersion, dataDate: '2026-12-01' }, Date.parse('2031-01-01T00:00:00Z'))).toMatchObject({ dataDate: '2026-12-01' });
    const changed = releaseStamp(['a', 'c'], { dataVersion: releaseStamp(['a', 'b'], null, 0).dataVersion, dataDate: '2026-12-01' }, Date.parse('2031-01-01T00:00:00Z'));
    expect(changed.dataDate).toBe('2031-01-01');
    expect(changed.dataVersion).toMatch(/^[0-9a-f]{12}$/);
    expect(buildTime({ SOURCE_DATE_EPOCH: '1900000000' })).toBe(1_900_000_000_000);
    expect(() => buildTime({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH/);
  });

  it('traces the roads a fuller Overpass extract adds and leaves their waypoint gaps unused', () => {
    const base = JSON.parse(readFileSync(DEFAULT_ROADS, 'utf8')) as { features: Array<{ properties: Record<string, string>; geometry: { type: string; coordinates: number[][] | number[][][] } }> };
    // The shared extract re-expressed as Overpass `out geom` ways, plus the synthetic missing roads.
    let id = 1;
    const elements = base.features.flatMap((f) => {
      const parts = f.geometry.type === 'LineString' ? [f.geometry.coordinates as number[][]] : (f.geometry.coordinates as number[][][]);
      return parts.map((part) => ({
        type: 'way',
        id: Number(f.properties.osm_id!.split('/')[1]) * 10 + id++ % 10,
        tags: { name: f.properties.name!, highway: f.properties.highway! },
        geometry: part.map(([lon, lat]) => ({ lat, lon })),
      }));
    });
    const extra = JSON.parse(readFileSync(FIXTURE, 'utf8')).elements as unknown[];
    const path = join(tmp, 'fuller.overpass.json');
    writeFileSync(path, JSON.stringify({ elements: [...elements, ...extra] }));
    const out = build(path);
    const main = out.rings.find((r) => r.spec.id === 'qz2019-main-urban')!;
    expect(main.usedGaps).toEqual([]);
    expect(main.stretches.every((s) => s.source === 'osm')).toBe(true);
    // G325 came in as ref-only ways (no name): matched by the ref alias.
    expect(main.stretches.filter((s) => s.road === '325国道').flatMap((s) => s.refs)).toEqual(expect.arrayContaining(['way/9000000006', 'way/9000000007']));
    const zone = JSON.parse(out.files.zones).features.find((f: { properties: { id: string } }) => f.properties.id === 'qz2019-main-urban').properties;
    expect(zone).toMatchObject({ approximate: false, approxLengthM: 0, maxErrorM: 30 });
    const port = out.rings.find((r) => r.spec.id === 'qz2019-port-ring')!;
    expect(port.usedGaps).not.toContain('port-huanzhuxi');
    expect(port.usedGaps).toContain('port-nangang');
    for (const g of MAIN_GAPS) expect(out.files.report).toContain(`\`${g}\``);
    expect(out.files.report).toMatch(/## Waypoint gaps not used\n\n- `main-/);
  });

  it('accepts the same fuller data as GeoJSON LineStrings with name and highway', () => {
    const base = JSON.parse(readFileSync(DEFAULT_ROADS, 'utf8'));
    const extra = (JSON.parse(readFileSync(FIXTURE, 'utf8')).elements as Array<{ id: number; tags: Record<string, string>; geometry: Array<{ lat: number; lon: number }> }>).map((e) => ({
      type: 'Feature',
      properties: { osm_id: `way/${e.id}`, ...e.tags },
      geometry: { type: 'LineString', coordinates: e.geometry.map((g) => [g.lon, g.lat]) },
    }));
    const path = join(tmp, 'fuller.geojson');
    writeFileSync(path, JSON.stringify({ ...base, features: [...base.features, ...extra] }));
    const main = build(path).rings.find((r) => r.spec.id === 'qz2019-main-urban')!;
    expect(main.usedGaps).toEqual([]);
  });

  it('reads --roads and --out (also as --flag=value) and refuses anything else', () => {
    expect(readArgs([])).toEqual({ roads: DEFAULT_ROADS, out: REPO_DIR });
    expect(readArgs(['--roads', 'a.geojson', '--out=dist-geo'])).toEqual({ roads: join(REPO_DIR, 'a.geojson'), out: join(REPO_DIR, 'dist-geo') });
    for (const bad of [['--roads'], ['--out', '--roads', 'x'], ['extra.geojson'], ['--bogus'], ['--roads=']]) {
      expect(() => readArgs(bad), bad.join(' ')).toThrow(/unknown or incomplete argument: \S+.*usage: geo:build/);
    }
  });

  it('rejects unknown arguments with a clear message', () => {
    let err = '';
    try {
      execFileSync(process.execPath, ['--import', 'tsx', join(REPO_DIR, 'geo/build.ts'), '--bogus'], { cwd: REPO_DIR, stdio: 'pipe' });
    } catch (e) {
      err = String((e as { stderr: Buffer }).stderr);
    }
    expect(err).toMatch(/unknown or incomplete argument: --bogus/);
  });
});
