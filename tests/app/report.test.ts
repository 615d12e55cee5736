/**
 * The boundary report (issue 13, 报告边界问题) as composed on the device, on a real verdict:
 * the text holds both coordinate systems, the answer, the nearest stretch with its provenance,
 * the data versions, the belief and the note; the GeoJSON is one RFC 7946 Point with the same
 * facts under stable keys. Nothing here sends anything.
 */
import { readFileSync } from 'node:fs';
import { check as checkGeoJson } from '@placemarkio/check-geojson';
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { createEngine, isVerdict, type Verdict } from '../../src/core/index';
import { STRINGS } from '../../src/i18n/strings';
import { REPORT_WORDS } from '../../src/i18n/report';
import { gcj02Of, reportGeoJson, reportText, type BoundaryReport } from '../../src/app/report/compose';

const engine = createEngine({ compact: readFileSync('public/data/zones.bin') });
const head = JSON.parse(readFileSync('public/data/zones.geojson', 'utf8').split('\n', 1)[0]!.replace(/"features":\[$/, '"features":[]}')) as { dataVersion: string; dataDate: string };

function verdictFor(lat: number, lng: number, crs: 'wgs84' | 'gcj02' = 'wgs84'): Verdict {
  const v = engine.evaluate({ lat, lng, crs, at: '2027-02-06T10:00:00+08:00', project: true });
  if (!isVerdict(v)) throw new Error('no verdict');
  return v;
}

// 钦南区 west of the city (WGS-84 21.95, 108.6), as AMap would show it.
const [GLAT, GLNG] = gcj02Of(21.95, 108.6).map((n) => Number(n.toFixed(6))) as [number, number];

const report = (v: Verdict, extra: Partial<BoundaryReport> = {}): BoundaryReport => ({
  verdict: v,
  place: { lat: GLAT, lng: GLNG, crs: 'gcj02', source: 'pasted' },
  belief: 'inside',
  note: '  路牌写着乘风大道，在这条路东侧  ',
  appData: 'abcdef012345',
  madeAt: Date.parse('2026-12-01T02:00:00Z'),
  ...extra,
});

describe('boundary report', () => {
  const v = verdictFor(GLAT, GLNG, 'gcj02');

  it('GCJ-02 is what gcoord gives for the WGS-84 position, and returns to it', () => {
    const [glat, glng] = gcj02Of(v.position.lat, v.position.lng);
    expect(Math.abs(glat - GLAT)).toBeLessThan(2e-6);
    expect(Math.abs(glng - GLNG)).toBeLessThan(2e-6);
    expect(Math.abs(v.position.lat - 21.95)).toBeLessThan(2e-6);
    const back = gcoord.transform([glng, glat] as [number, number], gcoord.GCJ02, gcoord.WGS84);
    expect(Math.abs(back[0] - v.position.lng)).toBeLessThan(1e-6);
  });

  it('the text holds both coordinate systems, the answer, the nearest stretch, the data versions, the belief and the note (zh)', () => {
    const t = reportText(report(v), STRINGS['zh-CN'], REPORT_WORDS['zh-CN']);
    const [glat, glng] = gcj02Of(v.position.lat, v.position.lng);
    expect(t).toContain(`地点 WGS-84（GPS、OSM）：${v.position.lat.toFixed(6)}, ${v.position.lng.toFixed(6)}`);
    expect(t).toContain(`地点 GCJ-02（高德、腾讯、微信）：${glat.toFixed(6)}, ${glng.toFixed(6)}`);
    expect(t).toContain(`输入：${GLAT.toFixed(5)}, ${GLNG.toFixed(5)}（GCJ-02，粘贴的地点）`);
    expect(t).toContain('查询时间：2027-02-06 10:00（北京时间）');
    expect(t).toContain('报告生成：2026-12-01 10:00（北京时间）');
    expect(t).toContain(`结论：${STRINGS['zh-CN'].status.fire[v.status]}（${v.status}）· 限放区 · 钦南区`);
    expect(t).toContain('最近边界：乘风大道：人工放置（geo/waypoints.json：main-chengfeng');
    expect(t).toContain(`区域数据：${head.dataDate} 版（版本 ${head.dataVersion}`);
    expect(t).toContain('应用数据版本：abcdef012345');
    expect(t).toContain('推算：是');
    expect(t).toContain('报告人认为：此处应在禁放区内');
    expect(t).toContain('备注：路牌写着乘风大道，在这条路东侧\n');
    expect(reportText(report(v, { note: ' ' }), STRINGS['zh-CN'], REPORT_WORDS['zh-CN'])).toContain('备注：（无）');
  });

  it('in English too, with the Chinese road name as the data has it', () => {
    const t = reportText(report(v, { belief: 'elsewhere' }), STRINGS.en, REPORT_WORDS.en);
    expect(t).toMatch(/^Place WGS-84 \(GPS, OSM\): 21\.9\d+, 108\.6\d+$/m);
    expect(t).toContain(`Place GCJ-02 (AMap, Tencent, WeChat): ${GLAT.toFixed(6)}, ${GLNG.toFixed(6)}\n`);
    expect(t).toContain('Nearest boundary: 乘风大道: placed by hand (geo/waypoints.json: main-chengfeng');
    expect(t).toContain(`Zone data: of ${head.dataDate} (version ${head.dataVersion}`);
    expect(t).toContain('The reporter believes: The boundary lies elsewhere');
  });

  it('the GeoJSON is one valid Point in WGS-84 with the same facts', () => {
    const text = reportGeoJson(report(v));
    const fc = checkGeoJson(text) as unknown as { features: { geometry: { coordinates: number[] }; properties: Record<string, unknown> }[] };
    expect(fc.features).toHaveLength(1);
    const f = fc.features[0]!;
    expect(f.geometry.coordinates).toEqual([v.position.lng, v.position.lat]);
    const [glat, glng] = gcj02Of(v.position.lat, v.position.lng);
    expect(f.properties).toMatchObject({
      wgs84: v.position,
      gcj02: { lat: Number(glat.toFixed(6)), lng: Number(glng.toFixed(6)) },
      input: { lat: GLAT, lng: GLNG, crs: 'gcj02', from: 'pasted' },
      status: v.status,
      zoneId: 'county-450702',
      projected: true,
      nearest: { provenance: 'waypoint', ref: 'main-chengfeng', maxErrorM: 800 },
      zoneData: { version: head.dataVersion, date: head.dataDate },
      appData: 'abcdef012345',
      belief: 'inside',
      note: '路牌写着乘风大道，在这条路东侧',
      madeAt: '2026-12-01T02:00:00.000Z',
    });
  });
});
