/**
 * The compact zone data (public/data/zones.bin) holds exactly the published GeoJSON and answers
 * exactly as the GeoJSON does; anything malformed is refused with one message.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledRuleSets, createEngine, isInputError, type EvaluateInput, type Verdict } from '../../src/core/index';
import { geoJsonFromFile, readZoneFile } from '../../src/core/zone-data/decode';
import { modelFromGeoJson } from '../../src/core/zone-data/model';
import { BoundaryIndex } from '../../src/core/geometry/boundary-index';
import { compactOf, fixtureData, readRuleSet, realData, rng } from './helpers';

const COMPACT = new URL('../../public/data/zones.bin', import.meta.url);

/** What a verdict says about the place, the part the zone data decides. */
function placeOf(r: ReturnType<ReturnType<typeof createEngine>['evaluate']>) {
  if (isInputError(r)) return r;
  const v = r as Verdict;
  return [v.status, v.zone, v.zoneId, v.boundaryDistanceM, v.nearBoundary, v.nearestBoundary];
}

function randomInputs(n: number, seed: number): EvaluateInput[] {
  const rand = rng(seed);
  const at = ['2019-02-06T08:00:00+08:00', '2019-02-06T02:00:00+08:00', '2019-06-01T12:00:00+08:00'];
  return Array.from({ length: n }, () => ({
    lng: 107.9 + rand() * 2.1,
    lat: 21.4 + rand() * 1.5,
    at: at[Math.floor(rand() * at.length)]!,
    activity: rand() < 0.9 ? ('fire' as const) : ('sell' as const),
    accuracyM: [0, 10, 100, 1000][Math.floor(rand() * 4)]!,
  }));
}

describe('compact zone data', () => {
  it('the committed zones.bin decodes to exactly the committed zones.geojson and zone-edges.geojson', () => {
    const back = geoJsonFromFile(readZoneFile(readFileSync(COMPACT)));
    const { zones, edges } = realData();
    expect(back.zones).toStrictEqual(zones);
    expect(back.edges).toStrictEqual(edges);
  });

  it('carries the edges as runs of zone-ring vertices, not as a second copy', () => {
    const file = readZoneFile(readFileSync(COMPACT));
    const edgeVertices = realData().edges.features.reduce((n: number, f: GeoJSON.Feature<GeoJSON.LineString>) => n + f.geometry.coordinates.length, 0);
    expect(file.head.extras.length).toBeLessThan(edgeVertices / 100);
    const runs = (file.head.stretches as { geometry: { parts: unknown[][] } }[]).flatMap((s) => s.geometry.parts.flat());
    expect(runs.length).toBeLessThan(edgeVertices / 20);
  });

  it('answers 100,000 random places identically to the GeoJSON: status, zone, zoneId, boundary distance, nearBoundary, nearest stretch', () => {
    const fromJson = createEngine(realData());
    const fromCompact = createEngine({ compact: readFileSync(COMPACT) });
    const inputs = randomInputs(100_000, 2019);
    const bad = inputs.filter((x) => JSON.stringify(placeOf(fromCompact.evaluate(x))) !== JSON.stringify(placeOf(fromJson.evaluate(x))));
    expect(bad).toEqual([]);
    // The sample reaches every kind of place.
    const statuses = new Set(inputs.slice(0, 5_000).map((x) => (fromCompact.evaluate(x) as Verdict).status));
    expect([...statuses].sort()).toEqual(['allowed', 'banned', 'county-rules', 'no-notice', 'outside']);
  });

  it('a notice whose zones the file has no mask for gets its mask computed, with the same answers', () => {
    const sets = [...bundledRuleSets(), readRuleSet('test-2020-fictional.json')];
    const fixture = fixtureData();
    const fromJson = createEngine(fixture, sets);
    const fromCompact = createEngine({ compact: compactOf(fixture) }, sets);
    for (const x of randomInputs(5_000, 7).map((x) => ({ ...x, at: '2020-01-26T10:00:00+08:00' }))) {
      expect(placeOf(fromCompact.evaluate(x))).toEqual(placeOf(fromJson.evaluate(x)));
    }
  });

  it('a sea feature and features of a kind no notice knows, or other geometry, are carried as they are; only the sea is matched (海上)', () => {
    const { zones, edges } = fixtureData();
    const sea: GeoJSON.Feature = {
      type: 'Feature',
      properties: { id: 'sea-qinzhou-bay', kind: 'sea', name: '钦州湾（测试）' },
      geometry: { type: 'Polygon', coordinates: [[[108.4, 21.3], [109.2, 21.3], [109.2, 21.6], [108.4, 21.6], [108.4, 21.3]]] },
    };
    const marker: GeoJSON.Feature = { type: 'Feature', properties: { id: 'marker', kind: 'note' }, geometry: { type: 'Point', coordinates: [108.6, 21.5] } };
    const coast: GeoJSON.Feature = {
      type: 'Feature',
      properties: { zone: 'sea-qinzhou-bay', road: '海岸线（测试）', source: 'osm', ref: 'way/1', maxErrorM: 20, lengthM: 1 },
      geometry: { type: 'MultiLineString', coordinates: [[[108.4, 21.6], [108.8, 21.6]], [[108.8, 21.6], [109.2, 21.6]]] },
    };
    const data = { zones: { ...zones, features: [...zones.features, sea, marker] }, edges: { ...edges, features: [...edges.features, coast] } };
    const bytes = compactOf(data);
    const back = geoJsonFromFile(readZoneFile(bytes));
    expect(back.zones).toStrictEqual(data.zones);
    expect(back.edges).toStrictEqual(data.edges);
    const engine = createEngine({ compact: bytes });
    const inSea = engine.evaluate({ lat: 21.45, lng: 108.8, at: '2019-02-06T08:00:00+08:00' }) as Verdict;
    // The open-water rule (src/core/sea.ts): before it, a sea feature was never matched (zoneId null).
    expect([inSea.status, inSea.zoneId, inSea.summary]).toEqual(['outside', 'sea-qinzhou-bay', expect.stringContaining('海上')]);
    const json = createEngine(data);
    for (const x of randomInputs(5_000, 3)) expect(placeOf(engine.evaluate(x))).toEqual(placeOf(json.evaluate(x)));
  });

  it('carries the boundary tree\'s leaf order the engine would sort from the GeoJSON (the file is not stale)', () => {
    const { treeOrder } = readZoneFile(readFileSync(COMPACT));
    const real = realData();
    expect(treeOrder).toEqual(new BoundaryIndex(modelFromGeoJson(real.zones, real.edges).lines).treeOrder);
    expect(treeOrder!.length).toBeGreaterThan(400);
  });

  it('refuses a file that is not one, is truncated, has trailing bytes or another version, with one "zone data:" message', () => {
    const good = readFileSync(COMPACT);
    const head = JSON.parse(good.subarray(8, 8 + good.readUInt32LE(4)).toString('utf8'));
    const withHead = (h: object) => {
      const json = Buffer.from(JSON.stringify(h));
      const out = Buffer.concat([good.subarray(0, 4), Buffer.alloc(4), json, good.subarray(8 + good.readUInt32LE(4))]);
      out.writeUInt32LE(json.length, 4);
      return out;
    };
    const bad: [string, Uint8Array, RegExp][] = [
      ['GeoJSON text', Buffer.from('{"type":"FeatureCollection"}'), /not a compact zone data file/],
      ['empty', new Uint8Array(0), /not a compact zone data file/],
      ['truncated', good.subarray(0, good.length - 10), /truncated/],
      ['trailing bytes', Buffer.concat([good, Buffer.from([0])]), /truncated or has trailing bytes/],
      // Version 1 had no tree stream (three streams); version 2 stores the boundary tree's leaf order.
      ['another version', withHead({ ...head, version: 3 }), /version 3; this engine reads version 2/],
      ['an older version', withHead({ ...head, version: 1, streams: head.streams.slice(0, 3) }), /version 1; this engine reads version 2/],
      ['a head without its stream lengths', withHead({ ...head, streams: undefined }), /the head lacks its lists or stream lengths/],
      ['three stream lengths', withHead({ ...head, streams: head.streams.slice(0, 3) }), /the head lacks its lists or stream lengths/],
      ['a vertex stream that ends early', withHead({ ...head, streams: [head.streams[0] - 3, head.streams[1], head.streams[2] + 3, head.streams[3]] }), /zone data:/],
      // A mask of the wrong length was refused here too; it is the boundary part, which now
      // degrades instead (answers without boundary distance: tests/core/degraded.test.ts).
    ];
    for (const [what, bytes, message] of bad) {
      expect(() => createEngine({ compact: bytes }), what).toThrow(message);
    }
  });

  it('stores rings on the 1/1024° grid of the county outlines in grid units and the rest in microdegrees; refuses more than 6 decimals', () => {
    const head = readZoneFile(readFileSync(COMPACT)).head.features as { properties: { kind: string }; geometry: { polygons: { rings: [number, number][] }[] } }[];
    // Since the county partition (geo/county-partition.ts), a county's border may follow its
    // neighbour's line from a crossing point, off the grid: rings are quantised one by one.
    const onGrid = (v: number) => Math.round(Math.round(v * 1024) * (1e6 / 1024)) / 1e6 === v;
    const quanta = head.flatMap((f, i) => {
      const g = realData().zones.features[i].geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
      const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      return f.geometry.polygons.flatMap((p, j) => p.rings.map(([, q], k) => [f.properties.kind, q, polys[j]![k]!.every(([x, y]) => onGrid(x!) && onGrid(y!))]));
    });
    for (const [, q, grid] of quanta) expect(q).toBe(grid ? 1024 : 1e6);
    expect(quanta).toContainEqual(['county', 1024, true]);
    expect(quanta).toContainEqual(['prohibited', 1e6, false]);
    const { zones, edges } = fixtureData();
    const fine = structuredClone(zones);
    (fine.features[0].geometry as GeoJSON.Polygon).coordinates[0]![1]![0] = 108.6600001;
    expect(() => compactOf({ zones: fine, edges })).toThrow(/more than 6 decimals/);
  });

  it('GeoJSON input with a ring that is not closed is refused, not answered', () => {
    const { zones, edges } = fixtureData();
    const open = structuredClone(zones);
    (open.features[0].geometry as GeoJSON.Polygon).coordinates[0]!.pop();
    expect(() => createEngine({ zones: open, edges })).toThrow(/zone data: qz2019-main-urban: a ring is not closed/);
  });
});
