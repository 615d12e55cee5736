import { readFileSync } from 'node:fs';
import { bundledRuleSets, createEngine, type Engine, type RuleSet } from '../../src/core/index';
import { encodeZoneData } from '../../src/core/zone-data/encode';
import { prepareZoneFile } from '../../src/core/zone-data/prepare';

const read = (p: string) => JSON.parse(readFileSync(new URL(p, import.meta.url), 'utf8'));

/** Hand-made rectangles (tests/fixtures/make-fixture-zones.ts): NOT real boundaries. */
export function fixtureData() {
  return { zones: read('../fixtures/zones-fixture.geojson'), edges: read('../fixtures/edges-fixture.geojson') };
}
/** Zone data in the compact form geo:build writes (public/data/zones.bin), built here from GeoJSON. */
export function compactOf(d: { zones: GeoJSON.FeatureCollection; edges: GeoJSON.FeatureCollection }): Uint8Array {
  return encodeZoneData(prepareZoneFile(d.zones, d.edges, bundledRuleSets()));
}
export function fixtureEngine(ruleSets?: RuleSet[]): Engine {
  return createEngine(fixtureData(), ruleSets);
}

export const REAL_ZONES = new URL('../../public/data/zones.geojson', import.meta.url);
export const REAL_EDGES = new URL('../../public/data/zone-edges.geojson', import.meta.url);
export function realData() {
  return {
    zones: JSON.parse(readFileSync(REAL_ZONES, 'utf8')),
    edges: JSON.parse(readFileSync(REAL_EDGES, 'utf8')),
  };
}

/** Deterministic pseudo-random numbers in [0, 1) (an LCG), so failures reproduce and runs compare. */
export function rng(seed: number): () => number {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

export function readRuleSet(name: string): RuleSet {
  return read(`../fixtures/rulesets/${name}`);
}

/** Fixture places: inside 一(一) test rectangle, restricted (钦南区 rectangle), 灵山县, Nanning. */
export const FIX = {
  prohibited: { lat: 21.968, lng: 108.632 },
  restricted: { lat: 21.85, lng: 108.5 },
  county: { lat: 22.42, lng: 109.29 },
  outside: { lat: 22.82, lng: 108.37 },
};
