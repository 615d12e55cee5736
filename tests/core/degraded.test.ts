/**
 * Degraded, not broken: a compact zone file whose boundary part (stretches, their extra vertices,
 * the relevance masks) is missing or broken still answers from its zones, without boundary
 * distance, and the engine says why (Engine.boundaryUnavailable); the map still gets the zones.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine, geoJsonFromFile, isVerdict, readZoneFile, type Verdict } from '../../src/core/index';
import { withHead as withFileHead, type Json } from './helpers';

const GOOD = readFileSync(new URL('../../public/data/zones.bin', import.meta.url));
const headOf = (b: Buffer) => JSON.parse(b.subarray(8, 8 + b.readUInt32LE(4)).toString('utf8'));
const withHead = (change: (h: Json) => void) => withFileHead(GOOD, change);
const AT = '2019-02-06T08:00:00+08:00';
const answer = (bytes: Uint8Array, lat: number, lng: number): Verdict => {
  const r = createEngine({ compact: bytes }).evaluate({ lat, lng, at: AT });
  if (!isVerdict(r)) throw new Error(r.message);
  return r;
};

const broken: [string, Buffer, RegExp][] = [
  ['stretches missing', withHead((h) => delete h.stretches), /lacks its boundary lists/],
  ['stretches not a list', withHead((h) => (h.stretches = 'garbage')), /lacks its boundary lists/],
  ['a run pointing at a ring that is not there', withHead((h) => (h.stretches[0].geometry.parts[0] = [[999, 0, 5, 1]])), /a run refers to ring 999/],
  ['a stretch of no zone', withHead((h) => (h.stretches[0].properties.zone = 'qz2099-x')), /bounds zone qz2099-x, which is not in the file/],
  ['masks for fewer segments than the boundary has', withHead((h) => (h.masks[0].segments -= 1)), /relevance mask|mask stream/],
  ['a tree stream that ends inside a number', lastByte(0x80), /the tree stream ends inside a number/],
];

/** The good file with its last byte (the tree stream's) set to `b`. */
function lastByte(b: number): Buffer {
  const out = Buffer.from(GOOD);
  out[out.length - 1] = b;
  return out;
}

describe('the tree stream (the boundary tree’s leaf order) only saves the sort at load', () => {
  it('an order that reads but is no permutation of the chunks is not used: same answers, boundary available', () => {
    // The last step becomes 0: the last chunk number is one past the one before, a repeat or out of range.
    const bytes = lastByte(0);
    expect(readZoneFile(bytes).treeOrder).not.toEqual(readZoneFile(GOOD).treeOrder);
    const engine = createEngine({ compact: bytes });
    expect(engine.boundaryUnavailable).toBeNull();
    for (const [lat, lng] of [[21.968, 108.632], [21.7, 108.6], [22.2, 108.9]] as const) {
      expect(engine.evaluate({ lat, lng, at: AT })).toEqual(createEngine({ compact: GOOD }).evaluate({ lat, lng, at: AT }));
    }
  });
});

describe('a broken boundary part: answers without boundary distance, and says so', () => {
  it('the good file: boundary available', () => {
    expect(createEngine({ compact: GOOD }).boundaryUnavailable).toBeNull();
    expect(answer(GOOD, 21.968, 108.632).boundaryDistanceM).not.toBeNull();
  });
  it.each(broken)('%s', (_name, bytes, why) => {
    const engine = createEngine({ compact: bytes });
    expect(engine.boundaryUnavailable).toMatch(why);
    const good = answer(GOOD, 21.968, 108.632);
    const v = answer(bytes, 21.968, 108.632);
    // The same answer from the zones, with no distance claimed.
    expect([v.status, v.zoneId, v.summary]).toEqual([good.status, good.zoneId, good.summary]);
    expect([v.boundaryDistanceM, v.nearBoundary, v.nearestBoundary]).toEqual([null, false, null]);
    // The map still draws the zones, without edges.
    const geo = geoJsonFromFile(readZoneFile(bytes));
    expect(geo.zones.features.length).toBe(headOf(GOOD).features.length);
    expect(geo.edges.features).toEqual([]);
  });
  it('a broken zone part is still a data failure, never an answer', () => {
    expect(() => createEngine({ compact: withHead((h) => delete h.features) })).toThrow(/^zone data: the head lacks its lists/);
  });
});
