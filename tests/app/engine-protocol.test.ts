/** The engine behind its message protocol (the worker's host), called directly. */
import { describe, expect, it } from 'vitest';
import { engineHost } from '../../src/app/engine/host';
import { answers } from '../../src/app/engine/protocol';
import { compactOf, fixtureData } from '../core/helpers';

import { readFileSync } from 'node:fs';
/** The fixture zones as the bytes the app fetches (public/data/zones.bin's format). */
const bytes = compactOf(fixtureData());
const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
const ruleSets = readFileSync(new URL('../../public/data/rulesets.json', import.meta.url), 'utf8');

describe('engineHost', () => {
  it('init, then evaluate and season: each reply carries its request’s id and type', () => {
    const handle = engineHost();
    const ready = handle({ id: 1, type: 'init', args: { data, ruleSets } });
    expect(answers(ready, 'init') && ready.answer.ruleSets.map((r) => r.id)).toEqual(['qinzhou-2019-1']);
    const v = handle({ id: 2, type: 'evaluate', args: { input: { lat: 21.85, lng: 108.5, at: '2019-02-06T06:00:00+08:00' } } });
    expect(v).toMatchObject({ id: 2, type: 'evaluate', ok: true, answer: { status: 'allowed' } });
    const season = handle({ id: 3, type: 'season', args: { year: 2019, project: false } });
    expect(answers(season, 'season') && season.answer.windows.length).toBeGreaterThan(0);
    expect(answers(season, 'evaluate')).toBe(false);
  });
  it('a call before init fails as not-ready, not as an answer', () => {
    const r = engineHost()({ id: 9, type: 'evaluate', args: { input: { lat: 21.85, lng: 108.5, at: 0 } } });
    expect(r).toEqual({ id: 9, ok: false, failure: { kind: 'not-ready', message: 'engine not initialised' } });
  });
  it('broken or missing notice data fails init: no engine on rules it could not read', () => {
    for (const bad of ['{}', '[]', '[{"id":"x"}]']) {
      expect(engineHost()({ id: 5, type: 'init', args: { data, ruleSets: bad } })).toMatchObject({ id: 5, ok: false, failure: { kind: 'exception' } });
    }
  });
  it('broken zone data fails init as an exception', () => {
    expect(engineHost()({ id: 4, type: 'init', args: { data: new TextEncoder().encode('{').buffer, ruleSets } })).toMatchObject({ id: 4, ok: false, failure: { kind: 'exception' } });
  });
});
