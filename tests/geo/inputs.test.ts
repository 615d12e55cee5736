/** Input readers: GeoJSON and Overpass road data, ECharts compressed county outlines, the reviewed waypoints file. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeEchartsRing, extractRegisteredMap } from '../../geo/echarts-decode';
import { parseRoads } from '../../geo/roads';
import { loadWaypoints } from '../../geo/ring-spec';

/** ECharts' encoder (the inverse of decodePolygon), to round-trip known coordinates. */
function encodeRing(coords: Array<[number, number]>): { encoded: string; offset: [number, number] } {
  const q = coords.map(([x, y]) => [Math.round(x * 1024), Math.round(y * 1024)] as const);
  const offset: [number, number] = [q[0]![0], q[0]![1]];
  let prev = offset;
  let s = '';
  for (const [x, y] of q) {
    const dx = x - prev[0], dy = y - prev[1];
    s += String.fromCharCode(((dx << 1) ^ (dx >> 15)) + 64, ((dy << 1) ^ (dy >> 15)) + 64);
    prev = [x, y];
  }
  return { encoded: s, offset };
}

describe('ECharts coordinate decoding', () => {
  it('round-trips coordinates quantised to 1/1024 degree', () => {
    const ring: Array<[number, number]> = [[108.6, 21.9], [108.61, 21.9], [108.61, 21.92], [108.59, 21.93], [108.6, 21.9]];
    const { encoded, offset } = encodeRing(ring);
    const decoded = decodeEchartsRing(encoded, offset);
    decoded.forEach((p, i) => {
      expect(Math.abs(p[0] - ring[i]![0])).toBeLessThanOrEqual(0.5 / 1024);
      expect(Math.abs(p[1] - ring[i]![1])).toBeLessThanOrEqual(0.5 / 1024);
    });
  });

  it('decodes zig-zag deltas: "@@" is no move, "A@" one step west, "B@" one step east', () => {
    expect(decodeEchartsRing('@@A@B@', [1024 * 108, 1024 * 22])).toEqual([[108, 22], [108 - 1 / 1024, 22], [108, 22]]);
  });

  it('finds the registered map inside the module wrapper, braces in strings included', () => {
    const src = `(function(){echarts.registerMap('钦州', {"type":"FeatureCollection","features":[{"id":"1","properties":{"name":"a}b"},"geometry":{"type":"Polygon","coordinates":["@@"],"encodeOffsets":[[1,2]]}}]});}());`;
    expect(extractRegisteredMap(src).features[0]!.properties.name).toBe('a}b');
  });
});

describe('road data readers', () => {
  it('reads GeoJSON LineStrings and MultiLineStrings, keeping only named (or ref-carrying) highways', () => {
    const ways = parseRoads({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { osm_id: 'way/1', name: '甲路', highway: 'primary' }, geometry: { type: 'LineString', coordinates: [[1, 2], [3, 4]] } },
        { type: 'Feature', properties: { osm_id: 'way/2', name: '乙路', highway: 'trunk' }, geometry: { type: 'MultiLineString', coordinates: [[[1, 2], [3, 4]], [[5, 6], [7, 8]]] } },
        { type: 'Feature', properties: { osm_id: 'way/3', highway: 'trunk' }, geometry: { type: 'LineString', coordinates: [[1, 2], [3, 4]] } },
        { type: 'Feature', properties: { osm_id: 'way/4', highway: 'trunk', ref: 'G325' }, geometry: { type: 'LineString', coordinates: [[1, 2], [3, 4]] } },
        { type: 'Feature', properties: { osm_id: 'way/5', name: '丙路' }, geometry: { type: 'LineString', coordinates: [[1, 2], [3, 4]] } },
      ],
    });
    expect(ways.map((w) => [w.id, w.name, w.ref ?? null])).toEqual([['way/1', '甲路', null], ['way/2', '乙路', null], ['way/2', '乙路', null], ['way/4', '', 'G325']]);
  });

  it('reads Overpass JSON with inline geometry or with separate nodes', () => {
    const ways = parseRoads({
      elements: [
        { type: 'way', id: 10, tags: { name: '甲路', highway: 'secondary' }, geometry: [{ lat: 2, lon: 1 }, { lat: 4, lon: 3 }] },
        { type: 'node', id: 1, lat: 21.9, lon: 108.6 },
        { type: 'node', id: 2, lat: 21.91, lon: 108.61 },
        { type: 'way', id: 11, tags: { name: '乙路', highway: 'primary' }, nodes: [1, 2] },
        { type: 'way', id: 12, tags: { building: 'yes', name: '楼' }, nodes: [1, 2] },
      ],
    });
    expect(ways).toEqual([
      { id: 'way/10', name: '甲路', highway: 'secondary', coords: [[1, 2], [3, 4]] },
      { id: 'way/11', name: '乙路', highway: 'primary', coords: [[108.6, 21.9], [108.61, 21.91]] },
    ]);
  });

  it('refuses a file that is neither', () => {
    expect(() => parseRoads({ foo: 1 })).toThrow(/neither a GeoJSON FeatureCollection nor Overpass JSON/);
  });
});

describe('waypoints.json loader', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'geo-waypoints-test-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const load = (doc: unknown) => {
    const path = join(tmp, 'waypoints.json');
    writeFileSync(path, JSON.stringify(doc));
    return () => loadWaypoints(path);
  };
  const gap = { id: 'g', ring: 'r', road: '甲路', points: [[108.6, 21.9], [108.61, 21.9]], errorM: 100, why: 'missing', evidence: 'survey' };
  const area = { id: 'a', article: '一(二)1', part: 'operation-area', name: '区', ring: [[108.6, 21.9], [108.61, 21.9], [108.61, 21.91], [108.6, 21.9]], errorM: 1500, why: 'outline', evidence: 'map', evidencePoints: [{ at: [108.605, 21.902], what: 'quay' }] };

  it('accepts entries with an error bound, a reason and evidence', () => {
    expect(load({ gaps: [gap], areas: [area] })().areas).toHaveLength(1);
  });

  it('refuses a gap or an area without an error bound, a reason or evidence', () => {
    expect(load({ gaps: [{ ...gap, points: [[108.6, 21.9]] }], areas: [] })).toThrow(/waypoint gap g: needs at least two points/);
    expect(load({ gaps: [{ ...gap, errorM: 0 }], areas: [] })).toThrow(/waypoint gap g: errorM must be > 0/);
    expect(load({ gaps: [{ ...gap, evidence: '' }], areas: [] })).toThrow(/waypoint gap g: say why and on what evidence/);
    expect(load({ gaps: [], areas: [{ ...area, errorM: undefined }] })).toThrow(/approximate area a: errorM must be > 0/);
    expect(load({ gaps: [], areas: [{ ...area, why: '' }] })).toThrow(/approximate area a: say why and on what evidence/);
    expect(load({ gaps: [], areas: [{ ...area, evidencePoints: [] }] })).toThrow(/approximate area a: cite at least one evidence point/);
  });
});
