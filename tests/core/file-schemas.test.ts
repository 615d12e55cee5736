/**
 * core/file-schemas.ts: the bundled notices and the published zone files fit their schemas (so
 * the app, which never runs the schemas, loads only data checked here), and problems are named
 * by their path.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EdgesFileSchema, readDataFile, RuleSetFileSchema, schemaProblem, ZonesFileSchema } from '../../src/core/index';
import { BUNDLED_RULE_SET_DATA } from '../../src/core/rulesets/index';
import { fixtureData, readRuleSet, realData, type Json } from './helpers';

describe('the data the app ships fits the schemas', () => {
  it.each(BUNDLED_RULE_SET_DATA.map((r) => [(r as { id: string }).id, r]))('bundled notice %s', (_id, r) => {
    expect(schemaProblem(RuleSetFileSchema, r)).toBeNull();
  });
  it('the fictional test notice', () => expect(schemaProblem(RuleSetFileSchema, readRuleSet('test-2020-fictional.json'))).toBeNull());
  it('public/data zones.geojson and zone-edges.geojson, and the fixture rectangles', () => {
    for (const d of [realData(), fixtureData()]) {
      expect(schemaProblem(ZonesFileSchema, d.zones)).toBeNull();
      expect(schemaProblem(EdgesFileSchema, d.edges)).toBeNull();
    }
  });
});

describe('problems are named by their path', () => {
  const rs = () => structuredClone(readRuleSet('test-2020-fictional.json')) as unknown as Json;
  it('a missing field says missing; a wrong type says what was expected', () => {
    const a = rs();
    delete a.restricted.windows;
    expect(schemaProblem(RuleSetFileSchema, a)).toBe('restricted.windows: missing');
    const b = rs();
    b.restricted.windows.days[2].from = { month: 2, day: 1 };
    expect(schemaProblem(RuleSetFileSchema, b)).toBe('restricted.windows.days[2].from.month: expected month 12 (腊月) or 1 (正月)');
  });
  it('readDataFile: a BOM is fine; empty text and non-JSON are named', () => {
    expect(readDataFile('ruleset', '\uFEFF' + JSON.stringify(rs()))).toMatchObject({ id: 'test-2020-fictional' });
    expect(() => readDataFile('zones', '')).toThrow(/^the file is empty$/);
    expect(() => readDataFile('zones', '{')).toThrow(/^not JSON \(/);
    expect(() => readDataFile('edges', '"text"')).toThrow(/^not a GeoJSON FeatureCollection: the file holds a string$/);
  });
  it('unknown fields are kept, so a later notice with more fields still loads', () => {
    expect(schemaProblem(RuleSetFileSchema, { ...rs(), wording: { extra: true } })).toBeNull();
  });
  it('reading the published zones is quick enough for the CLI (well under 100 ms)', () => {
    const text = readFileSync(new URL('../../public/data/zones.geojson', import.meta.url), 'utf8');
    readDataFile('zones', text);
    const t = performance.now();
    readDataFile('zones', text);
    expect(performance.now() - t).toBeLessThan(100);
  });
});
