/** Place search against the committed index (public/data/places.json), as the app will load it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPlaceIndexError, parsePlaceIndex, searchPlaces, type PlaceIndex } from '../../src/places/index';

const index = parsePlaceIndex(readFileSync(new URL('../../public/data/places.json', import.meta.url), 'utf8')) as PlaceIndex;
const names = (q: string) => searchPlaces(index, q).places.map((p) => p.name);
const first = (q: string) => searchPlaces(index, q).places[0];

describe('place search', () => {
  it('loads the committed index', () => {
    expect(isPlaceIndexError(index)).toBe(false);
    expect(index.places.size).toBeGreaterThan(50);
  });

  it.each([
    ['钦州湾大道', '钦州湾大道'],
    ['钦州湾', '钦州湾大道'],
    ['qinzhouwan', '钦州湾大道'],
    ['qinzhouwandadao', '钦州湾大道'],
    ['qzwdd', '钦州湾大道'],
    ['QZWDD', '钦州湾大道'],
    ['qin zhou wan', '钦州湾大道'],
    ['ｑｉｎｚｈｏｕｗａｎ', '钦州湾大道'],
  ])('%s finds %s first', (q, name) => {
    expect(first(q)?.name).toBe(name);
  });

  it.each([
    ['钦州湾大到', '钦州湾大道'], // last character mistyped
    ['钦州弯大道', '钦州湾大道'], // a homophone picked by the IME
    ['qinzhouwandado', '钦州湾大道'], // a letter dropped
    ['qinzhuowandadao', '钦州湾大道'], // two letters swapped
    ['jinhaiwanxidajei', '金海湾西大街'],
  ])('one typo (%s) still finds %s', (q, name) => {
    expect(names(q)).toContain(name);
  });

  it('an exact name beats its fuzzy neighbour', () => {
    expect(names('钦州港大道')[0]).toBe('钦州港大道');
    expect(names('钦州湾大道').indexOf('钦州港大道')).toBeGreaterThan(0);
  });

  it.each([
    ['龙径大道', '龙泾大道'],
    ['龙泾大道', '龙泾大道'],
    ['杨帆北大道', '扬帆大道'],
    ['扬帆南大道', '扬帆大道'],
    ['yangfan', '扬帆大道'],
    ['平山大道', '平山大街'],
    ['蓬莱北大道', '蓬莱大道'],
    ['蓬莱南大道', '蓬莱大道'],
    ['东环路', '环城东路'],
    ['G325', '325国道'],
    ['国道325线', '325国道'],
  ])('alias %s finds %s', (q, name) => {
    expect(first(q)?.name).toBe(name);
  });

  it('all pieces of an aliased road are one result', () => {
    const yangfan = first('扬帆大道')!;
    const roads = JSON.parse(readFileSync(new URL('../../geo/sources/qinzhou-osm-main-roads.geojson', import.meta.url), 'utf8')) as {
      features: { properties: { osm_id: string; name: string } }[];
    };
    const ways = roads.features.filter((f) => ['杨帆北大道', '杨帆南大道', '扬帆南大道'].includes(f.properties.name)).map((f) => f.properties.osm_id);
    expect(ways.length).toBeGreaterThan(20);
    expect([...yangfan.osm!].sort()).toEqual([...new Set(ways)].sort());
    expect(searchPlaces(index, '杨帆').places.filter((p) => p.kind === 'road').map((p) => p.name)).toEqual(['扬帆大道']);
  });

  it('two bridges that share a name are two results, told apart', () => {
    const bridges = searchPlaces(index, '钦江大桥').places.filter((p) => p.name === '钦江大桥');
    expect(bridges).toHaveLength(2);
    expect(bridges.map((p) => p.partOf ?? null).sort()).toEqual(['325国道', null].sort());
  });

  it.each([
    ['钦南区', 'county'],
    ['钦北区', 'county'],
    ['灵山县', 'county'],
    ['lingshan', 'county'],
    ['浦北', 'county'],
    ['pbx', 'county'],
    ['主城区建成区', 'zone'],
    ['钦州港区建成区', 'zone'],
    ['保税港区', 'zone'],
    ['鹰岭作业区', 'zone'],
    ['jingujiangzuoyequ', 'zone'],
    ['jgjzyq', 'zone'],
  ])('%s finds a %s', (q, kind) => {
    expect(first(q)?.kind).toBe(kind);
  });

  it('a substring in the middle of a name finds it', () => {
    expect(names('湾大道')).toEqual(expect.arrayContaining(['钦州湾大道', '北部湾大道']));
    expect(names('桥').length).toBeGreaterThan(3);
  });

  it('a ring road the extract lacks is reported as unlocated, never as a place', () => {
    const r = searchPlaces(index, '乘风大道');
    expect(r.places.map((p) => p.name)).not.toContain('乘风大道');
    expect(r.unlocated).toEqual([expect.objectContaining({ name: '乘风大道', zoneId: 'qz2019-main-urban' })]);
  });

  it('every result carries a position from real geometry and what the UI shows', () => {
    for (const p of index.places.values()) {
      const [w, s, e, n] = p.bbox;
      expect(w).toBeLessThanOrEqual(e);
      expect(s).toBeLessThanOrEqual(n);
      expect(w > 107 && e < 111 && s > 21 && n < 23.5, p.id).toBe(true);
      if (p.kind === 'zone' || p.kind === 'county') expect(p.zoneId && p.answer).toBeTruthy();
      else expect(p.osm!.length && p.lengths!.totalM > 0).toBeTruthy();
    }
  });

  it('empty, blank and absurd queries give nothing and do not throw', () => {
    for (const q of ['', '   ', '·', '()', 'x'.repeat(10_000), '\u0000', '🎆🎆']) {
      expect(() => searchPlaces(index, q)).not.toThrow();
    }
    expect(searchPlaces(index, '').places).toEqual([]);
    expect(searchPlaces(index, '  ').places).toEqual([]);
  });

  it('respects the limit', () => {
    expect(searchPlaces(index, '大道', { limit: 3 }).places).toHaveLength(3);
  });

  it('a broken or foreign index file is a typed error', () => {
    expect(parsePlaceIndex('not json')).toEqual({ error: 'place-index', code: 'unreadable' });
    expect(parsePlaceIndex('{"format":99}')).toEqual({ error: 'place-index', code: 'wrong-format' });
    expect(parsePlaceIndex('{"format":1,"places":[],"index":{"bogus":1}}')).toEqual({ error: 'place-index', code: 'wrong-format' });
  });
});
