/**
 * createEngine() refuses zone data that would give wrong answers with confidence (zone-data/
 * integrity.ts) and rule sets that cannot load together (ruleset-conflicts.ts): one "zone data:"
 * or "rule set …:" message, and no engine, so no verdict.
 */
import { describe, expect, it } from 'vitest';
import { bundledRuleSets, createEngine, validateRuleSet, type RuleSet } from '../../src/core/index';
import { compactOf, fixtureData, readRuleSet } from './helpers';

type Fc = GeoJSON.FeatureCollection;
const edit = (change: (zones: Fc, edges: Fc) => void) => {
  const d = structuredClone(fixtureData());
  change(d.zones, d.edges);
  return d;
};
const idOf = (f: GeoJSON.Feature) => (f.properties as { id: string }).id;
const byId = (zones: Fc, id: string) => zones.features.find((f) => idOf(f) === id)!;

describe('zone data integrity at load', () => {
  const cases: [string, ReturnType<typeof edit>, RegExp][] = [
    ['an empty FeatureCollection', edit((z) => (z.features = [])), /^zone data: no zone qz2019-main-urban, which rule set qinzhou-2019-1 names as a prohibited zone \(0 features/],
    ['a county missing', edit((z) => (z.features = z.features.filter((f) => idOf(f) !== 'county-450721'))), /no zone county-450721, .* county with its own rules/],
    ['a zone of the wrong kind', edit((z) => ((byId(z, 'qz2019-port-ring').properties!.kind = 'county'))), /qz2019-port-ring is of kind "county", but rule set qinzhou-2019-1 names it as a prohibited zone/],
    ['a zone without a polygon', edit((z) => ((byId(z, 'county-450703').geometry = { type: 'Point', coordinates: [108.5, 22.1] }))), /county-450703 has no polygon/],
    ['two features with one id', edit((z) => z.features.push(structuredClone(byId(z, 'county-450702')))), /two features have the id county-450702/],
    ['an exterior wound clockwise', edit((z) => (byId(z, 'county-450702').geometry as GeoJSON.Polygon).coordinates[0]!.reverse()), /county-450702: a ring winds clockwise/],
    [
      'a hole wound counter-clockwise',
      edit((z) => (byId(z, 'county-450702').geometry as GeoJSON.Polygon).coordinates.push([[108.4, 21.7], [108.45, 21.7], [108.45, 21.75], [108.4, 21.75], [108.4, 21.7]])),
      /county-450702: a hole winds counter-clockwise/,
    ],
    [
      'a ring crossing itself',
      edit((z) => ((byId(z, 'county-450702').geometry as GeoJSON.Polygon).coordinates = [[[108.3, 21.6], [109, 21.6], [109, 21.99], [108.6, 21.5], [108.3, 21.99], [108.3, 21.6]]])),
      /county-450702: a ring crosses or touches itself near/,
    ],
    ['a boundary stretch of no zone', edit((_z, e) => ((e.features[0]!.properties as { zone: string }).zone = 'qz2099-x')), /boundary stretch 0 .* bounds zone qz2099-x, which is not in the zones/],
  ];
  it.each(cases)('%s (GeoJSON) → refused', (_name, data, message) => {
    expect(() => createEngine(data)).toThrow(message);
  });
  it.each(cases.filter(([name]) => !/crossing|no polygon|stretch/.test(name)))('%s (compact) → refused', (_name, data, message) => {
    // The compact file is encoded without the engine's checks, as a tampered or stale file would be.
    const bytes = compactOf(data as { zones: Fc; edges: Fc });
    expect(() => createEngine({ compact: bytes })).toThrow(message);
  });
  it('the fixture, the real data and the compact forms load', () => {
    expect(() => createEngine(fixtureData())).not.toThrow();
    expect(() => createEngine({ compact: compactOf(fixtureData()) })).not.toThrow();
  });
});

describe('rule sets that cannot load together', () => {
  const fictional = () => structuredClone(readRuleSet('test-2020-fictional.json')) as RuleSet;
  it('one id twice → refused, whatever the content', () => {
    expect(() => createEngine(fixtureData(), [...bundledRuleSets(), validateRuleSet({ ...fictional(), id: 'qinzhou-2019-1' })])).toThrow(/^rule set qinzhou-2019-1: a rule set with this id is already loaded/);
  });
  it('overlapping periods → refused', () => {
    const copy = { ...structuredClone(bundledRuleSets()[0]!), id: 'qinzhou-2019-copy' };
    expect(() => createEngine(fixtureData(), [...bundledRuleSets(), validateRuleSet(copy)])).toThrow(/its period 2019-02-01–2019-02-28 overlaps that of qinzhou-2019-1/);
  });
  it('a list of zone ids given as a string (matched as a substring before) → refused by the engine too', () => {
    const rs = fictional();
    (rs.restricted as { countyZoneIds: unknown }).countyZoneIds = 'county-450702,county-450703';
    expect(() => createEngine(fixtureData(), [...bundledRuleSets(), validateRuleSet(rs)])).toThrow(/^rule set test-2020-fictional: restricted\.countyZoneIds is not a list of zone ids$/);
  });
});
