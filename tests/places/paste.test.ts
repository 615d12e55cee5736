/** parsePastedPlace: every format the issue lists, the order inference, the datum, typed errors. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bbox } from '@turf/turf';
import { parsePastedPlace } from '../../src/places/paste';
import { QINZHOU_AREA } from '../../src/places/area';

const P = (lat: number, lng: number) => ({ lat: expect.closeTo(lat, 6), lng: expect.closeTo(lng, 6) });
const AT = P(21.965, 108.63);

describe('plain numbers', () => {
  it.each(['21.965,108.63', '21.965, 108.63', '21.965 108.63', '21.965，108.63', '２１．９６５，１０８．６３', ' 21.965 ; 108.63 ', '(21.965, 108.63)'])(
    '%s is lat,lng with WGS-84 assumed and flagged',
    (s) => expect(parsePastedPlace(s)).toEqual({ kind: 'position', ...AT, crs: 'wgs84', crsAssumed: true, source: 'plain' }),
  );

  it.each(['108.63,21.965', '108.63 21.965'])('%s is read the other way round: only that reading is near Qinzhou', (s) => {
    expect(parsePastedPlace(s)).toMatchObject({ kind: 'position', ...AT, crsAssumed: true });
  });

  it('asks when both readings are valid and neither is near Qinzhou', () => {
    expect(parsePastedPlace('30.5,40.2')).toEqual({
      kind: 'ask',
      readings: [{ lat: 30.5, lng: 40.2 }, { lat: 40.2, lng: 30.5 }],
      crs: 'wgs84',
      crsAssumed: true,
      source: 'plain',
    });
  });

  it('takes the only valid reading even far from Qinzhou (the verdict then says "outside")', () => {
    expect(parsePastedPlace('39.9,116.4')).toMatchObject({ kind: 'position', lat: 39.9, lng: 116.4 });
    expect(parsePastedPlace('116.4,39.9')).toMatchObject({ kind: 'position', lat: 39.9, lng: 116.4 });
  });

  it('labelled numbers keep their labels, in any order', () => {
    expect(parsePastedPlace('纬度：21.965 经度：108.63')).toMatchObject({ kind: 'position', ...AT });
    expect(parsePastedPlace('经度108.63，纬度21.965')).toMatchObject({ kind: 'position', ...AT });
    expect(parsePastedPlace('lng=108.63 lat=21.965')).toMatchObject({ kind: 'position', ...AT });
    expect(parsePastedPlace('21.965°N, 108.63°E')).toMatchObject({ kind: 'position', ...AT });
    expect(parsePastedPlace('108.63E 21.965N')).toMatchObject({ kind: 'position', ...AT });
    expect(parsePastedPlace('21.965S 108.63W')).toMatchObject({ kind: 'position', lat: -21.965, lng: -108.63 });
  });

  it('finds the coordinates among other words', () => {
    expect(parsePastedPlace('我在 21.965,108.63 附近')).toMatchObject({ kind: 'position', ...AT });
    expect(parsePastedPlace('子材东大街25号 21.965,108.63')).toMatchObject({ kind: 'position', ...AT });
  });
});

describe('degrees, minutes, seconds', () => {
  it.each([
    `21°57'54"N 108°37'48"E`,
    `21°57′54″N 108°37′48″E`,
    `21º57'54"N 108º37'48"E`,
    `N21°57'54" E108°37'48"`,
    `E108°37'48" N21°57'54"`,
    `108°37'48"E 21°57'54"N`,
    `21° 57' 54" N, 108° 37' 48" E`,
    `21°57'54" 108°37'48"`,
    `21°57.9'N 108°37.8'E`,
    '21 57 54 N 108 37 48 E',
    '北纬21度57分54秒 东经108度37分48秒',
    '北纬21°57′54″，东经108°37′48″',
    '东经108°37′48″ 北纬21°57′54″',
    '21度57分54秒,108度37分48秒',
    '21度57分54秒 108度37分48秒',
  ])('%s', (s) => {
    expect(parsePastedPlace(s)).toEqual({ kind: 'position', ...AT, crs: 'wgs84', crsAssumed: true, source: 'dms' });
  });

  it('southern and western hemispheres are negative', () => {
    expect(parsePastedPlace(`33°52'07"S 151°12'36"E`)).toMatchObject({ kind: 'position', lat: expect.closeTo(-33.868611, 5), lng: expect.closeTo(151.21, 5) });
    expect(parsePastedPlace('南纬33度52分 西经70度40分')).toMatchObject({ kind: 'position', lat: expect.closeTo(-33.866667, 5), lng: expect.closeTo(-70.666667, 5) });
  });

  it.each([
    [`21°60'00"N 108°37'48"E`, 'bad-minutes-seconds'],
    [`21°57'60"N 108°37'48"E`, 'bad-minutes-seconds'],
    [`21.5°30'N 108°37'E`, 'bad-minutes-seconds'],
    [`21°57'54"N 22°37'48"N`, 'conflicting-axes'],
    ['北纬21度 北纬22度', 'conflicting-axes'],
    [`91°00'00"N 108°37'48"E`, 'out-of-range'],
    [`21°57'54"N 181°00'00"E`, 'out-of-range'],
  ])('%s → %s', (s, code) => {
    expect(parsePastedPlace(s)).toMatchObject({ kind: 'error', code });
  });
});

describe('geo: URIs (RFC 5870)', () => {
  it('reads lat,lng, altitude, uncertainty and the Android q= form', () => {
    expect(parsePastedPlace('geo:21.965,108.63')).toEqual({ kind: 'position', ...AT, crs: 'wgs84', crsAssumed: false, source: 'geo-uri' });
    expect(parsePastedPlace('geo:21.965,108.63,12;u=35')).toMatchObject({ kind: 'position', ...AT, accuracyM: 35 });
    expect(parsePastedPlace('GEO:21.965,108.63;crs=WGS84')).toMatchObject({ kind: 'position', ...AT });
    expect(parsePastedPlace('geo:0,0?q=21.965,108.63(烟花点)')).toMatchObject({ kind: 'position', ...AT, label: '烟花点' });
  });

  it('refuses other datums and malformed coordinates', () => {
    expect(parsePastedPlace('geo:21.965,108.63;crs=epsg:3857')).toEqual({ kind: 'error', code: 'unsupported-crs', source: 'geo-uri' });
    expect(parsePastedPlace('geo:abc')).toEqual({ kind: 'error', code: 'link-without-coordinates', source: 'geo-uri' });
    expect(parsePastedPlace('geo:95,108.63')).toEqual({ kind: 'error', code: 'out-of-range', source: 'geo-uri' });
  });
});

describe('高德 (AMap) links: lng,lat, GCJ-02', () => {
  const G = { kind: 'position', lat: 21.96228, lng: 108.63553, crs: 'gcj02', crsAssumed: false, source: 'amap' };
  it.each([
    'https://uri.amap.com/marker?position=108.63553,21.96228',
    'uri.amap.com/marker?position=108.63553,21.96228',
    'https://uri.amap.com/marker?markers=108.63553,21.96228,A|108.7,21.9,B',
    'https://uri.amap.com/navigation?to=108.63553,21.96228&mode=car',
    'https://m.amap.com/navi/?dest=108.63553,21.96228&destName=x',
    'androidamap://viewMap?sourceApplication=app&lat=21.96228&lon=108.63553&dev=0',
    'iosamap://path?sourceApplication=app&dlat=21.96228&dlon=108.63553&dev=0&t=0',
    '分享位置 https://uri.amap.com/marker?position=108.63553,21.96228 来自高德地图',
  ])('%s', (s) => expect(parsePastedPlace(s)).toMatchObject(G));

  it('carries the name, and honours coordinate=wgs84 and dev=1', () => {
    expect(parsePastedPlace('https://uri.amap.com/marker?position=108.63553,21.96228&name=%E9%92%A6%E5%B7%9E%E6%B9%BE%E5%A4%A7%E9%81%93')).toMatchObject({ label: '钦州湾大道' });
    expect(parsePastedPlace('https://uri.amap.com/marker?position=108.63553,21.96228&coordinate=wgs84')).toMatchObject({ crs: 'wgs84' });
    expect(parsePastedPlace('androidamap://viewMap?lat=21.96228&lon=108.63553&dev=1')).toMatchObject({ crs: 'wgs84' });
  });

  it('a short link needs the network; a POI page has no coordinates', () => {
    expect(parsePastedPlace('【高德地图】钦州湾大道\n广西钦州市钦南区\nhttps://surl.amap.com/3AbCdEf')).toEqual({
      kind: 'needs-network',
      provider: 'amap',
      url: 'https://surl.amap.com/3AbCdEf',
    });
    expect(parsePastedPlace('https://www.amap.com/place/B0FFG4XYZ')).toEqual({ kind: 'error', code: 'link-without-coordinates', source: 'amap' });
  });

  it('a link written lat,lng by mistake is refused rather than misplaced', () => {
    expect(parsePastedPlace('https://uri.amap.com/marker?position=21.96228,108.63553')).toEqual({ kind: 'error', code: 'out-of-range', source: 'amap' });
  });
});

describe('百度 (Baidu) links: lat,lng, BD-09 unless coord_type says otherwise', () => {
  it.each([
    ['http://api.map.baidu.com/marker?location=21.968,108.642&title=A&content=B&output=html', 'bd09'],
    ['https://api.map.baidu.com/marker?location=21.968,108.642&coord_type=bd09ll', 'bd09'],
    ['https://api.map.baidu.com/marker?location=21.968,108.642&coord_type=gcj02', 'gcj02'],
    ['https://api.map.baidu.com/marker?location=21.968,108.642&coord_type=wgs84', 'wgs84'],
    ['baidumap://map/marker?location=21.968,108.642&title=A&coord_type=gcj02', 'gcj02'],
    ['https://api.map.baidu.com/geocoder?location=21.968,108.642&output=html', 'bd09'],
    ['http://api.map.baidu.com/direction?origin=latlng:21.9,108.6|name:A&destination=latlng:21.968,108.642|name:B&mode=driving', 'bd09'],
  ])('%s → %s', (s, crs) => {
    expect(parsePastedPlace(s)).toMatchObject({ kind: 'position', lat: 21.968, lng: 108.642, crs, crsAssumed: false, source: 'baidu' });
  });

  it('reads the web map view (BD-09 Mercator metres) as BD-09 degrees', () => {
    const r = parsePastedPlace('https://map.baidu.com/poi/%E9%92%A6%E5%B7%9E/@12092960.93,2489390.13,19z?uid=abc');
    expect(r).toMatchObject({ kind: 'position', crs: 'bd09', source: 'baidu', lat: expect.closeTo(21.9499, 3), lng: expect.closeTo(108.6317, 3) });
  });

  it('an unknown coord_type is refused; a short link needs the network', () => {
    expect(parsePastedPlace('https://api.map.baidu.com/marker?location=21.968,108.642&coord_type=foo')).toEqual({ kind: 'error', code: 'unsupported-crs', source: 'baidu' });
    expect(parsePastedPlace('https://j.map.baidu.com/7a/abc')).toMatchObject({ kind: 'needs-network', provider: 'baidu' });
  });
});

describe('腾讯 (Tencent) links and WeChat: GCJ-02', () => {
  it.each([
    'https://apis.map.qq.com/uri/v1/marker?marker=coord:21.96228,108.63553;title:钦州湾大道;addr:钦州&referer=app',
    'https://apis.map.qq.com/uri/v1/routeplan?type=drive&to=终点&tocoord=21.96228,108.63553&referer=app',
    'https://apis.map.qq.com/uri/v1/geocoder?coord=21.96228,108.63553&referer=app',
    'https://map.qq.com/?type=marker&isopeninfowin=1&markertype=1&pointx=108.63553&pointy=21.96228&name=A',
    'qqmap://map/marker?marker=coord:21.96228,108.63553;title:A&referer=app',
  ])('%s', (s) => {
    expect(parsePastedPlace(s)).toMatchObject({ kind: 'position', lat: 21.96228, lng: 108.63553, crs: 'gcj02', crsAssumed: false, source: 'tencent' });
  });

  it('coord_type=1 means GPS (WGS-84); the marker title is the label', () => {
    expect(parsePastedPlace('https://apis.map.qq.com/uri/v1/marker?marker=coord:21.96,108.63;title:A&coord_type=1')).toMatchObject({ crs: 'wgs84', label: 'A' });
  });

  it('WeChat location text with coordinates is GCJ-02', () => {
    expect(parsePastedPlace('[位置] 钦州市钦南区子材东大街 纬度:21.96228 经度:108.63553')).toEqual({
      kind: 'position',
      lat: 21.96228,
      lng: 108.63553,
      crs: 'gcj02',
      crsAssumed: false,
      source: 'wechat',
    });
    expect(parsePastedPlace('[位置]钦州市钦南区')).toEqual({ kind: 'text' });
  });
});

describe('names, errors and odd input', () => {
  it.each(['钦州湾大道', 'qzwdd', '325国道', 'G325', '钦江大桥 1号', '灵山县', 'Qinzhou'])('%s is text for the name search', (s) => {
    expect(parsePastedPlace(s)).toEqual({ kind: 'text' });
  });

  it.each([
    ['21.965', 'one-number'],
    ['21.965,108.63,5', 'too-many-numbers'],
    ['91,181', 'out-of-range'],
    ['-95, 200', 'out-of-range'],
    ['https://example.com/map?lat=21.9&lng=108.6', 'unsupported-link'],
    ['x'.repeat(5000), 'too-long'],
  ])('%s → %s', (s, code) => {
    expect(parsePastedPlace(s)).toMatchObject({ kind: 'error', code });
  });

  it('blank input is text (nothing to look up), and every error is a code, not a sentence', () => {
    expect(parsePastedPlace('')).toEqual({ kind: 'text' });
    expect(parsePastedPlace('   ')).toEqual({ kind: 'text' });
    const r = parsePastedPlace('21.965');
    expect(Object.keys(r).sort()).toEqual(['code', 'kind', 'source']);
  });

  it('an unknown link beside real coordinates does not hide them', () => {
    expect(parsePastedPlace('see https://example.com 21.965,108.63')).toMatchObject({ kind: 'position', ...AT });
  });

  it('the "near Qinzhou" area contains all four counties, and its latitude and longitude bands are disjoint', () => {
    const zones = JSON.parse(readFileSync(new URL('../../public/data/zones.geojson', import.meta.url), 'utf8'));
    const [w, s, e, n] = bbox(zones);
    expect(QINZHOU_AREA.west).toBeLessThan(w);
    expect(QINZHOU_AREA.south).toBeLessThan(s);
    expect(QINZHOU_AREA.east).toBeGreaterThan(e);
    expect(QINZHOU_AREA.north).toBeGreaterThan(n);
    expect(QINZHOU_AREA.north).toBeLessThan(QINZHOU_AREA.west);
  });
});
