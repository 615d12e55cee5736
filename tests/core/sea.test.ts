/**
 * The open-water rule (geo/README.md, src/core/sea.ts) on the real data: open water is answered
 * `outside` — 海上; near the shore a position is classified by county as before; a prohibited
 * zone wins over the sea. Each real point's relation to the 2017 OSM coastline is checked here
 * too, so the test says what it claims.
 */
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { seaPolygons } from '../../geo/coast';
import { distanceToLineM } from '../../geo/evidence';
import type { Pos } from '../../geo/geometry';
import { createEngine, isVerdict, type Verdict } from '../../src/core/index';
import { fixtureData, FIX } from './helpers';

const AT = '2019-02-06T08:00:00+08:00';
const engine = createEngine({ compact: readFileSync(new URL('../../public/data/zones.bin', import.meta.url)) });
const v = (e: typeof engine, lat: number, lng: number): Verdict => {
  const r = e.evaluate({ lat, lng, at: AT });
  if (!isVerdict(r)) throw new Error(r.message);
  return r;
};

const coast = seaPolygons();
const inWater = (p: Pos) => coast.some((poly) => booleanPointInPolygon(p, { type: 'Polygon', coordinates: poly }));
const fromShoreM = (p: Pos) => Math.min(...coast.flat().map((ring) => distanceToLineM(p, ring)));

describe('open water on the real data', () => {
  it.each([
    ['茅尾海, open water north of 龙门', [108.55, 21.8]],
    ['钦州湾, south of the port', [108.62, 21.62]],
  ] as [string, Pos][])('%s → outside, 海上', (_name, p) => {
    expect(inWater(p)).toBe(true);
    expect(fromShoreM(p)).toBeGreaterThan(1000);
    const r = v(engine, p[1], p[0]);
    expect([r.status, r.zone, r.zoneId, r.ruleSet]).toEqual(['outside', null, 'sea-open-water', null]);
    expect(r.zoneName).toBe('海上');
    expect(r.summary).toMatch(/^海上/);
    const decisive = r.reasons.find((x) => x.role === 'decisive')!;
    expect(decisive.cite).toMatch(/^海上/);
    expect(decisive.text).toContain('250 米');
    // Answered by the sea, not by a county outline that reaches over the water.
    expect(r.reasons.some((x) => x.text.includes('县级界线数据之内'))).toBe(false);
    expect(r.nearestBoundary?.zone).toBe('sea-open-water');
    expect(r.boundaryDistanceM!).toBeGreaterThan(500);
  });

  it('滨海公路 (way/1347248181) on land reclaimed after 2017, 120 m on the water side of the coastline → its county, near the open-water line', () => {
    const p: Pos = [108.5902867, 21.7588273];
    expect(inWater(p)).toBe(true);
    expect(fromShoreM(p)).toBeGreaterThan(100);
    expect(fromShoreM(p)).toBeLessThan(250);
    const r = v(engine, p[1], p[0]);
    expect([r.status, r.zone, r.zoneId]).toEqual(['allowed', 'restricted', 'county-450702']);
    // The open-water line lies within its own 500 m error bound: the answer says so.
    expect(r.nearBoundary).toBe(true);
  });

  it.each([
    ['钦州港区建成区 (the port ring, traced from roads on reclaimed land)', 'qz2019-port-ring', [108.594367, 21.745423]],
    ['勒沟作业区 over the water at its quay (the 50 m pier allowance)', 'qz2019-legou-ops', [108.587454, 21.721855]],
  ] as [string, string, Pos][])('%s → banned, not at sea', (_name, id, p) => {
    expect(inWater(p)).toBe(true);
    const r = v(engine, p[1], p[0]);
    expect([r.status, r.zone, r.zoneId]).toEqual(['banned', 'prohibited', id]);
  });
});

describe('precedence (synthetic sea over the fixture zones)', () => {
  // A sea rectangle over the south of the fixture's 钦南区 rectangle and over its 一(一) test zone.
  const { zones, edges } = fixtureData();
  const sea: GeoJSON.Feature = {
    type: 'Feature',
    properties: { id: 'sea-test', kind: 'sea', name: '海上', allowanceM: 250, maxErrorM: 500 },
    geometry: { type: 'Polygon', coordinates: [[[108.3, 21.5], [108.8, 21.5], [108.8, 21.98], [108.3, 21.98], [108.3, 21.5]]] },
  };
  const seaLine: GeoJSON.Feature = {
    type: 'Feature',
    properties: { zone: 'sea-test', road: '开阔水面界线', source: 'outline', ref: 'sea-test', maxErrorM: 500, lengthM: 1 },
    geometry: { type: 'LineString', coordinates: (sea.geometry as GeoJSON.Polygon).coordinates[0]! },
  };
  const withSea = createEngine({ zones: { ...zones, features: [...zones.features, sea] }, edges: { ...edges, features: [...edges.features, seaLine] } });
  const without = createEngine({ zones, edges });

  it('a prohibited zone in the sea feature stays prohibited', () => {
    expect(v(withSea, FIX.prohibited.lat, FIX.prohibited.lng)).toMatchObject({ status: 'banned', zoneId: 'qz2019-main-urban' });
  });
  it('a county position in the sea feature is at sea; without the feature it is the county', () => {
    expect(v(withSea, FIX.restricted.lat, FIX.restricted.lng)).toMatchObject({ status: 'outside', zoneId: 'sea-test' });
    expect(v(without, FIX.restricted.lat, FIX.restricted.lng)).toMatchObject({ status: 'allowed', zone: 'restricted' });
  });
  it('the sea line counts as a boundary where it changes the answer', () => {
    const near = v(withSea, 21.985, 108.5);
    expect(near.nearestBoundary?.zone).toBe('sea-test');
    expect(near.boundaryDistanceM!).toBeLessThan(1000);
  });
});
