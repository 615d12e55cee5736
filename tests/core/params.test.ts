import { describe, expect, it } from 'vitest';
import { bundledRuleSets, isInternalError, isVerdict, isInputError, parseEvaluateParams, parseIsoInstant, formatChina, type RuleSet } from '../../src/core/index';
import { fixtureEngine } from './helpers';

const ok = { lat: '21.85', lng: '108.5', at: '2019-02-06T06:00:00+08:00' };
const BAD = ['NaN', 'Infinity', '-Infinity', '1e309', '', '   ', 'abc', '12abc', '0x10', '1,5', 'x'.repeat(10_000), '1'.repeat(400)];

describe('parseEvaluateParams', () => {
  it('parses good values with the CLI flag names', () => {
    expect(parseEvaluateParams({ ...ok, crs: 'GCJ02', activity: 'sell', accuracy: '25', project: '' })).toEqual({
      lat: 21.85, lng: 108.5, at: Date.parse('2019-02-05T22:00:00Z'), crs: 'gcj02', activity: 'sell', accuracyM: 25, project: true,
    });
    expect(parseEvaluateParams({ lat: '21.85', lng: '108.5' }, () => 42)).toMatchObject({ at: 42 });
  });
  for (const field of ['lat', 'lng', 'at', 'crs', 'activity', 'accuracy', 'project'] as const) {
    it.each(BAD)(`${field}=%j → InputError naming ${field}`, (bad) => {
      const r = parseEvaluateParams({ ...ok, [field]: bad });
      // project: empty means "present" (as in ?project), so only the non-empty bad values apply.
      if (field === 'project' && bad.trim() === '') return expect(r).toMatchObject({ project: true });
      expect(isInputError(r)).toBe(true);
      if (isInputError(r)) {
        expect(r.field).toBe(field);
        expect(r.message.length).toBeLessThan(200);
      }
    });
  }
  it.each([
    ['lat', '90.0001'], ['lat', '-91'], ['lng', '180.5'], ['lng', '-181'], ['accuracy', '-1'], ['accuracy', '1e7'],
    ['at', '2019-02-30T00:00:00+08:00'], ['at', '2019-02-06T25:00:00+08:00'], ['at', '2019-02-06T06:00:00+25:00'],
    ['crs', 'wgs-84'], ['activity', 'burn'], ['project', 'maybe'],
  ])('%s=%s is out of range / unknown', (field, bad) => {
    const r = parseEvaluateParams({ ...ok, [field]: bad });
    expect(isInputError(r) && r.field).toBe(field);
  });
  it('an error keeps the offending text (cut to 64 characters) for the app to quote in its own words', () => {
    expect(parseEvaluateParams({ ...ok, at: '<img src=x>' })).toMatchObject({ field: 'at', value: '<img src=x>' });
    expect(parseEvaluateParams({ ...ok, crs: 'UTM' })).toMatchObject({ field: 'crs', value: 'UTM' });
    const long = parseEvaluateParams({ ...ok, lat: '9'.repeat(1000) });
    expect(isInputError(long) && long.value).toBe('9'.repeat(64));
    expect(parseEvaluateParams({ lng: '1' })).not.toHaveProperty('value');
  });
  it('missing lat / lng are errors, missing at means now', () => {
    expect(parseEvaluateParams({ lng: '1' })).toMatchObject({ field: 'lat' });
    expect(parseEvaluateParams({ lat: '1' })).toMatchObject({ field: 'lng' });
  });
  it('year 1900 is valid input', () => {
    expect(isInputError(parseEvaluateParams({ ...ok, at: '1900-01-01T00:00:00+08:00' }))).toBe(false);
  });
});

describe('ISO instants, host-zone independent', () => {
  it.each([
    ['2019-02-06T06:00:00+08:00', '2019-02-06T06:00:00+08:00'],
    ['2019-02-05T22:00:00Z', '2019-02-06T06:00:00+08:00'],
    ['2019-02-05T17:00:00-0500', '2019-02-06T06:00:00+08:00'],
    ['2019-02-06T06:00', '2019-02-06T06:00:00+08:00'],
    ['2019-02-06', '2019-02-06T00:00:00+08:00'],
    ['2019-02-05T24:00:00+08:00', '2019-02-06T00:00:00+08:00'],
    ['2019-02-06T06:00:00.250+08:00', '2019-02-06T06:00:00.250+08:00'],
    ['1900-01-01T00:00:00+08:00', '1900-01-01T00:00:00+08:00'],
  ])('%s → %s', (input, out) => {
    expect(formatChina(parseIsoInstant(input)!)).toBe(out);
  });
  it.each(['2019-02-06T06:00:00+08:00x', '06:00', 'tomorrow', '2019-2-6', '2019-02-06T06:60', '2019-02-29'])('rejects %s', (s) => {
    expect(parseIsoInstant(s)).toBeNull();
  });
});

describe('evaluate() never throws on hostile input', () => {
  const engine = fixtureEngine();
  const cases: unknown[] = [
    null, undefined, 42, 'x', {}, { lat: NaN, lng: 1, at: 0 }, { lat: 1, lng: Infinity, at: 0 }, { lat: 1, lng: 1, at: NaN },
    { lat: 1, lng: 1, at: new Date('nope') }, { lat: 1, lng: 1, at: 9e15 }, { lat: 1, lng: 1, at: {} }, { lat: '1', lng: 1, at: 0 },
    { lat: 1, lng: 1, at: 0, crs: 'x' }, { lat: 1, lng: 1, at: 0, activity: 'x' }, { lat: 1, lng: 1, at: 0, accuracyM: -1 },
    { lat: 1, lng: 1, at: 0, project: 'yes' }, { lat: 1, lng: 1, at: 'x'.repeat(100_000) },
  ];
  it.each(cases.map((c, i) => [i, c]))('case %i → InputError', (_i, c) => {
    const r = engine.evaluate(c as never);
    expect(isInputError(r)).toBe(true);
  });
});

describe('a bug inside evaluate()', () => {
  it('comes back as an InternalError of its own, not as blame on an input field', () => {
    // A rule set broken after validation stands in for a bug deep in the engine.
    const rs: RuleSet = structuredClone(bundledRuleSets()[0]!);
    const engine = fixtureEngine([rs]);
    (rs.prohibited as { zones: unknown }).zones = null;
    const r = engine.evaluate({ lat: 21.85, lng: 108.5, at: '2019-02-06T06:00:00+08:00' });
    expect(isInternalError(r)).toBe(true);
    expect(isInputError(r)).toBe(false);
    expect(r).toMatchObject({ error: 'internal', message: expect.stringMatching(/^internal error: /) });
  });
});

describe('extreme but valid instants', () => {
  const engine = fixtureEngine();
  it.each([8.64e15 - 86_400_000, -(8.64e15 - 86_400_000), 0])('epoch %d → a verdict with a formatted instant', (t) => {
    const r = engine.evaluate({ lat: 21.85, lng: 108.5, at: t, project: true });
    expect(isInputError(r)).toBe(false);
    if (isVerdict(r)) expect(r.at).toMatch(/^[+-]?\d{4,6}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
  });
  it('8.64e15 itself is refused (no room for China time)', () => {
    expect(isInputError(engine.evaluate({ lat: 21.85, lng: 108.5, at: 8.64e15 }))).toBe(true);
  });
  it('the same instant as a Date is refused too, never formatted as NaN', () => {
    expect(engine.evaluate({ lat: 21.85, lng: 108.5, at: new Date(8.64e15) })).toMatchObject({ error: 'invalid-input', field: 'at' });
    expect(engine.evaluate({ lat: 21.85, lng: 108.5, at: new Date(8.64e15 - 86_400_000) })).toMatchObject({ at: '+275760-09-12T08:00:00+08:00' });
  });
});
