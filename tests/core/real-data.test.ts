/** Known real places on the real zones (public/data/, built by geo/ and committed). */
import { describe, expect, it } from 'vitest';
import { isVerdict, createEngine, type Verdict } from '../../src/core/index';
import { realData } from './helpers';
import gcoord from 'gcoord';
import pointOnFeature from '@turf/point-on-feature';

describe('real zones (public/data)', () => {
  const engine = createEngine(realData());
  const v = (lat: number, lng: number, at = '2019-02-06T06:00:00+08:00', extra: object = {}): Verdict => {
    const r = engine.evaluate({ lat, lng, at, ...extra });
    if (!isVerdict(r)) throw new Error(r.message);
    return r;
  };

  it('city centre, 子材大桥 (21.968 N, 108.632 E), lies in 一(一) → banned during the period', () => {
    const r = v(21.968, 108.632);
    expect([r.status, r.zone, r.zoneId]).toEqual(['banned', 'prohibited', 'qz2019-main-urban']);
    expect(r.reasons.find((x) => x.role === 'decisive')?.text).toBe('2019年2月1日至2月28日期间禁放区域内禁止燃放烟花爆竹。');
    // The 钦南区/钦北区 line runs near the bridge but does not change the answer, so it is not
    // the boundary that counts here.
    expect(r.nearestBoundary?.zone).toBe('qz2019-main-urban');
    expect(r.nearBoundary).toBe(false);
  });

  it('钦南区 outside every prohibited zone → restricted, allowed on 正月初二 06:00', () => {
    const r = v(21.9, 108.55);
    expect([r.status, r.zone, r.zoneId]).toEqual(['allowed', 'restricted', 'county-450702']);
    expect(v(21.9, 108.55, '2019-02-06T05:59:59+08:00').status).toBe('banned');
  });

  it('钦北区 outside every prohibited zone → restricted', () => {
    const r = v(22.2, 108.6);
    expect([r.zone, r.zoneId]).toEqual(['restricted', 'county-450703']);
  });

  it('灵山县 seat (22.42 N, 109.29 E) → county-rules (article 四)', () => {
    const r = v(22.42, 109.29);
    expect([r.status, r.zone, r.zoneId]).toEqual(['county-rules', null, 'county-450721']);
  });

  it('浦北县 seat (22.27 N, 109.56 E) → county-rules', () => {
    expect(v(22.27, 109.56).zoneId).toBe('county-450722');
  });

  it('Nanning (22.82 N, 108.37 E) → outside, tens of km from the boundary', () => {
    const r = v(22.82, 108.37);
    expect([r.status, r.zone]).toEqual(['outside', null]);
    expect(r.boundaryDistanceM!).toBeGreaterThan(20_000);
  });

  it('the sea south of the port (21.55 N, 108.60 E) → outside: not in the county outlines (land jurisdiction) that the data has', () => {
    const r = v(21.55, 108.6);
    expect(r.status).toBe('outside');
    expect(r.reasons.find((x) => x.role === 'decisive')?.text).toContain('海域');
  });

  // The port-area outlines are schematic and still move as the geo work proceeds, so these
  // points come from the data itself (a point surely inside each feature).
  it.each(['qz2019-port-ring', 'qz2019-legou-ops', 'qz2019-yingling-ops', 'qz2019-jingujiang-ops', 'qz2019-bonded-port'])(
    'a point inside %s → prohibited (一(二)), banned during the period',
    (id) => {
      const f = realData().zones.features.find((x: GeoJSON.Feature) => (x.properties as { id: string }).id === id);
      expect(f, `${id} in zones.geojson`).toBeDefined();
      const [lng, lat] = pointOnFeature(f).geometry.coordinates as [number, number];
      const r = v(lat, lng);
      expect([r.status, r.zone, r.zoneId]).toEqual(['banned', 'prohibited', id]);
      expect(r.reasons.find((x) => x.cite.endsWith('一(二)'))?.text).toContain('钦州港区建成区范围');
    },
  );

  it('a GCJ-02 position of 子材大桥 (as from AMap/WeChat) answers the same', () => {
    const [lng, lat] = gcoord.transform([108.632, 21.968] as [number, number], gcoord.WGS84, gcoord.GCJ02);
    const r = v(lat, lng, '2019-02-06T06:00:00+08:00', { crs: 'gcj02' });
    expect(r.zoneId).toBe('qz2019-main-urban');
    expect(r.position.lat).toBeCloseTo(21.968, 6);
  });

  it('nearBoundary grows with accuracy', () => {
    const r0 = v(21.9, 108.55);
    expect(r0.nearBoundary).toBe(false);
    const big = v(21.9, 108.55, '2019-02-06T06:00:00+08:00', { accuracyM: r0.boundaryDistanceM! + 1 });
    expect(big.nearBoundary).toBe(true);
  });
});
