/**
 * The search field's pure parts on the real index (public/data/places.json): what it offers
 * for names, pasted places and errors (suggest), how a road's zones are worded (describe), and
 * the typed-coordinate form's error wording (coordProblem + place strings), in both languages.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlaceIndex, type PlaceIndex } from '../../src/places/index';
import { suggest, type SearchOption } from '../../src/app/place/search/suggest';
import { contextLine, focusFor, km, lengthsLine, nearBoundaryLine } from '../../src/app/place/search/describe';
import { coordProblem, foldDigits } from '../../src/app/place/coordProblem';
import { SEARCH_STRINGS } from '../../src/i18n/search';
import { STRINGS } from '../../src/i18n/strings';
import { inputError, isInputError, parseEvaluateParams } from '../../src/core/index';

const index = parsePlaceIndex(readFileSync('public/data/places.json', 'utf8')) as PlaceIndex;
const zh = SEARCH_STRINGS['zh-CN'];
const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v).map((x) => `${k}.${x}`) : [k]));
const names = (options: SearchOption[]) => options.map((o) => (o.kind === 'place' ? o.place.name : o.kind === 'unlocated' ? o.name.name : o.kind));

describe('suggest', () => {
  it('names: Chinese, pinyin and initials find 钦州湾大道 first', () => {
    for (const q of ['钦州湾大道', 'qinzhouwan', 'qzwdd']) {
      const s = suggest(q, index);
      expect(s.kind, q).toBe('options');
      if (s.kind === 'options') expect(names(s.options)[0], q).toBe('钦州湾大道');
    }
  });

  it('a pasted 高德 link is one GCJ-02 position; bare numbers are WGS-84, flagged as assumed', () => {
    const amap = suggest('https://uri.amap.com/marker?position=108.63553,21.96228', index);
    expect(amap).toMatchObject({ kind: 'options', options: [{ kind: 'position', position: { lat: 21.96228, lng: 108.63553, crs: 'gcj02', crsAssumed: false, source: 'amap' } }] });
    const plain = suggest('108.63,21.965', index);
    expect(plain).toMatchObject({ kind: 'options', options: [{ kind: 'position', position: { lat: 21.965, lng: 108.63, crs: 'wgs84', crsAssumed: true } }] });
  });

  it('two readings far from Qinzhou are asked about, one option each', () => {
    const s = suggest('30.5, 40.2', index);
    expect(s).toMatchObject({ kind: 'options', ask: true });
    if (s.kind === 'options') expect(s.options.map((o) => o.kind === 'reading' && [o.position.lat, o.position.lng])).toEqual([[30.5, 40.2], [40.2, 30.5]]);
  });

  it('one number is an error, unless it is also a name ("325" → 325国道)', () => {
    expect(suggest('21.965', index)).toEqual({ kind: 'error', code: 'one-number' });
    const s = suggest('325', index);
    expect(s.kind).toBe('options');
    if (s.kind === 'options') expect(names(s.options)).toContain('325国道');
    // Before the index arrives a number is only a number.
    expect(suggest('325', null)).toEqual({ kind: 'error', code: 'one-number' });
  });

  it('short links, unknown names, a missing index and an empty field each say so', () => {
    expect(suggest('https://surl.amap.com/abc', index)).toEqual({ kind: 'needs-network', provider: 'amap' });
    expect(suggest('不存在的路名', index)).toEqual({ kind: 'no-match' });
    expect(suggest('钦州湾', null)).toEqual({ kind: 'loading' });
    expect(suggest('钦州湾', { error: 'place-index', code: 'unreadable' })).toEqual({ kind: 'index-failed' });
    expect(suggest('  ', index)).toEqual({ kind: 'empty' });
  });

  it('a ring road the map data lacks is an unlocated option, never a position', () => {
    const s = suggest('乘风大道', index);
    expect(s.kind).toBe('options');
    if (s.kind === 'options') {
      expect(s.options[0]).toMatchObject({ kind: 'unlocated', name: { name: '乘风大道', zoneName: '主城区建成区' } });
      expect(s.options.every((o) => o.kind !== 'position')).toBe(true);
    }
  });
});

describe('describe', () => {
  const road = [...index.places.values()].find((p) => p.name === '钦州湾大道' && p.kind === 'road')!;
  it('a road: its counties, its length per zone class (≥ 50 m), the part near an approximate boundary', () => {
    expect(contextLine(road, zh)).toBe('道路 · 钦北区、钦南区');
    const by = road.lengths!.byAnswer;
    expect(lengthsLine(road, zh)).toBe(`禁放区 ${km(by.prohibited)} · 限放区 ${km(by.restricted)}`);
    expect(km(2149)).toBe('2.1\u00a0km');
    expect(nearBoundaryLine(road, zh)).toBe(`其中约 ${km(road.lengths!.nearBoundaryM)} 靠近概略边界，归属可能不同。`);
    expect(lengthsLine({ ...road, lengths: { ...road.lengths!, byAnswer: { prohibited: 49, restricted: 0, 'county-rules': 0, outside: 0 } } }, zh)).toBeNull();
  });

  it('the map focus: a road by its OSM ways, an area by its zone id, with the extent to fit', () => {
    expect(focusFor(road, zh)).toEqual({ bbox: road.bbox, osm: road.osm, label: `钦州湾大道 · ${lengthsLine(road, zh)}` });
    const zone = [...index.places.values()].find((p) => p.kind === 'zone' && p.zoneId === 'qz2019-main-urban')!;
    expect(focusFor(zone, zh)).toEqual({ bbox: zone.bbox, zoneId: 'qz2019-main-urban', label: '主城区建成区 · 禁放区 · 边界部分为概略画出' });
  });

  it('both languages have the same words', () => {
    expect(keys(SEARCH_STRINGS.en).sort()).toEqual(keys(zh).sort());
  });
});

describe('typed coordinates: one line per problem, naming the field once', () => {
  const line = (lat: string, lng: string, lang: 'zh-CN' | 'en' = 'zh-CN') => {
    const r = parseEvaluateParams({ lat: foldDigits(lat), lng: foldDigits(lng) });
    if (!isInputError(r)) return null;
    const s = STRINGS[lang];
    const p = coordProblem(r, { lat, lng });
    return p ? s.coordError(s[p.field], p) : s.inputError(r);
  };

  it('each kind of mistake, in Chinese', () => {
    expect(line('', '108.63')).toBe('请填写纬度，如 21.965。');
    expect(line('21.965,108.63', '')).toBe('纬度只填一个数，如 21.965；整段坐标或地图链接请粘贴到上方“搜索地点”。');
    expect(line('108.63', '21.965')).toBe('纬度 108.63 超出 -90 ~ 90：纬度和经度是否填反了？钦州约在纬度 21.9、经度 108.6。');
    expect(line('21.9', '200')).toBe('经度 200 超出 -180 ~ 180 的范围。');
    expect(line('北纬21', '108.6')).toBe('纬度“北纬21”不是数字，应为十进制度数，如 21.965。');
  });

  it('in English, with no parameter prefix ("lat: lat: …" is gone)', () => {
    expect(line('abc', '108.6', 'en')).toBe('Latitude “abc” is not a number: expected decimal degrees, e.g. 21.965.');
    expect(line('21.9', '', 'en')).toBe('Enter the longitude, e.g. 108.63.');
    for (const l of [line('abc', '1', 'en'), line('', '', 'en'), line('95', '200', 'en')]) {
      expect(l).not.toMatch(/\b(lat|lng):/);
      expect(l!.match(/latitude/gi), l!).toHaveLength(1);
    }
  });

  it('full-width digits are digits; other fields keep the engine’s wording', () => {
    expect(line('２１.９６８', '１０８.６３２')).toBeNull();
    expect(coordProblem(inputError('crs', 'crs: bad', 'x'), { lat: '', lng: '' })).toBeNull();
  });
});
