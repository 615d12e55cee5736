/**
 * scripts/build-map-data.ts end to end: committed outputs equal a fresh rebuild (fails when the
 * zones changed and `npm run map:data` was not rerun), rebuilds are byte-identical, and what the
 * files claim holds against independent Turf measurements.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { booleanPointInPolygon, destination, bearing, length, lineSplit, midpoint, pointToLineDistance, polygonToLine } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { buildMapData, MAP_DATA_FILES, MAP_DATA_INPUTS } from '../../scripts/build-map-data';
import { createClassifier } from '../../scripts/map-data/classify';
import type { PlaceIndexFile } from '../../src/places/format';

const REPO = new URL('../../', import.meta.url).pathname;
const read = (rel: string) => readFileSync(join(REPO, rel), 'utf8');
const json = <T = FeatureCollection>(rel: string): T => JSON.parse(read(rel)) as T;
const tmp = mkdtempSync(join(tmpdir(), 'map-data-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const zones = json(MAP_DATA_INPUTS.zones);
const edges = json(MAP_DATA_INPUTS.edges);
const places = json<PlaceIndexFile>(MAP_DATA_FILES.places);
const bands = json<FeatureCollection<Polygon | MultiPolygon>>(MAP_DATA_FILES.bands);
const labels = json(MAP_DATA_FILES.labels);
const zone = (id: string) => zones.features.find((f) => f.properties!.id === id) as Feature<Polygon | MultiPolygon>;
const cls = createClassifier(zones);

describe('map:data', () => {
  it('committed outputs are byte-identical to a fresh rebuild by the CLI (run `npm run map:data` if this fails)', () => {
    execFileSync(process.execPath, ['--import', 'tsx', join(REPO, 'scripts/build-map-data.ts'), '--out', tmp], { cwd: REPO, stdio: 'pipe' });
    for (const rel of Object.values(MAP_DATA_FILES)) {
      expect(readFileSync(join(tmp, rel), 'utf8') === read(rel), `${rel} is stale`).toBe(true);
    }
  }, 60_000);

  it('builds twice to the same bytes, with no timestamps or machine paths, and carries the ODbL attribution', () => {
    const a = buildMapData(), b = buildMapData();
    expect(a).toEqual(b);
    for (const text of Object.values(a)) {
      expect(text).not.toMatch(/\/work\/|\/tmp\/|\/home\//);
      expect(text).not.toMatch(/20\d\d-\d\d-\d\dT\d\d:/);
      expect(text).toMatch(/OpenStreetMap contributors/);
      expect(text).toMatch(/ODbL/);
    }
  }, 60_000);

  it('road lengths per zone agree with an exact Turf split of the road at the zone boundary', () => {
    const roads = json<FeatureCollection<LineString>>(MAP_DATA_INPUTS.roads);
    const main = zone('qz2019-main-urban');
    const ring = polygonToLine(main as Feature<Polygon>) as Feature<LineString>;
    for (const name of ['钦州湾大道', '子材东大街', '金海湾东大街']) {
      const place = places.places.find((p) => p.name === name)!;
      let inside = 0, total = 0;
      for (const f of roads.features.filter((r) => r.properties!.name === name)) {
        const parts = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : (f.geometry as unknown as { coordinates: Position[][] }).coordinates;
        for (const coords of parts) {
          const line: Feature<LineString> = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: coords } };
          total += length(line, { units: 'meters' });
          const pieces = lineSplit(line, ring).features;
          for (const piece of pieces.length ? pieces : [line]) {
            const c = piece.geometry.coordinates;
            const mid = midpoint(c[0]!, c[1]!).geometry.coordinates;
            if (booleanPointInPolygon(mid, main)) inside += length(piece, { units: 'meters' });
          }
        }
      }
      const lengths = place.lengths!;
      expect(Math.abs(lengths.totalM - total) / total, `${name} total`).toBeLessThan(0.005);
      expect(Math.abs(lengths.byAnswer.prohibited - inside), `${name} inside 主城区`).toBeLessThan(0.01 * total + 20);
      const sum = Object.values(lengths.byAnswer).reduce((s, v) => s + v, 0);
      expect(Math.abs(sum - lengths.totalM)).toBeLessThanOrEqual(3);
      expect(lengths.nearBoundaryM).toBeLessThanOrEqual(lengths.totalM);
    }
  });

  it('every approximate stretch lies inside its error band out to its full bound, on both sides', () => {
    const bandOf = (zoneId: string) =>
      bands.features.find((b) => (zoneId.startsWith('county-') ? b.properties!.kind === 'county' : b.properties!.zone === zoneId));
    let checked = 0;
    for (const e of edges.features as Feature<LineString>[]) {
      const p = e.properties!;
      if (p.source === 'osm' || e.geometry.type !== 'LineString') continue;
      const c = e.geometry.coordinates;
      for (let i = 0; i + 1 < c.length; i += Math.max(1, Math.floor(c.length / 40))) {
        const mid = midpoint(c[i]!, c[i + 1]!).geometry.coordinates;
        const b = bearing(c[i]!, c[i + 1]!);
        const sides = [90, -90].map((turn) => destination(mid, 20, b + turn, { units: 'meters' }).geometry.coordinates);
        if (cls.same(cls.at(sides[0]!), cls.at(sides[1]!))) continue; // both sides get the same answer: no band there
        for (const turn of [90, -90]) {
          const far = destination(mid, p.maxErrorM * 0.99, b + turn, { units: 'meters' });
          expect(booleanPointInPolygon(far, bandOf(p.zone)!), `${p.zone} ${p.road} segment ${i}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('draws no band along the 钦南区/钦北区 line deep inside the main urban area (prohibited on both sides)', () => {
    const main = zone('qz2019-main-urban');
    const ring = polygonToLine(main as Feature<Polygon>) as Feature<LineString>;
    const county = bands.features.find((b) => b.properties!.kind === 'county')!;
    const deep = (edges.features as Feature<LineString>[])
      .filter((e) => e.properties!.zone === 'county-450702')
      .flatMap((e) => e.geometry.coordinates)
      .filter((p) => booleanPointInPolygon(p, main) && pointToLineDistance(p, ring, { units: 'meters' }) > 1500);
    expect(deep.length).toBeGreaterThan(3);
    for (const p of deep) expect(booleanPointInPolygon(p, county), String(p)).toBe(false);
  });

  it('draws bands only for approximate stretches, one feature per zone plus one for the county lines', () => {
    const ids = bands.features.map((b) => b.properties!.zone ?? 'counties');
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('counties');
    expect(ids).toContain('qz2019-port-ring');
    for (const b of bands.features) expect(b.properties!.maxErrorM).toBeGreaterThan(30);
  });

  it('puts every label inside its own zone', () => {
    expect(labels.features.length).toBe(10);
    for (const l of labels.features) {
      expect(booleanPointInPolygon(l.geometry as unknown as Position, zone(l.properties!.zoneId)), l.properties!.name).toBe(true);
    }
  });

  it('lists the ring roads the extract lacks as unlocated, and only those', () => {
    expect(places.unlocated.map((u) => u.name)).toEqual(expect.arrayContaining(['乘风大道', '滨江东路', '进港大道']));
    const named = new Set(places.places.flatMap((p) => [p.name, ...p.aliases]));
    for (const u of places.unlocated) expect(named.has(u.name), u.name).toBe(false);
  });
});
