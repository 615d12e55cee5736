/**
 * A new notice is a data file, not code: a fictional second rule set (tests/fixtures/rulesets/)
 * loaded next to the real one changes the answers for its own season only.
 */
import { describe, expect, it } from 'vitest';
import { bundledRuleSets, isVerdict, validateRuleSet, type Verdict } from '../../src/core/index';
import { fixtureEngine, FIX, readRuleSet } from './helpers';

const fictional = readRuleSet('test-2020-fictional.json');
const engine = fixtureEngine([...bundledRuleSets(), fictional]);
const v = (place: { lat: number; lng: number }, at: string, extra: object = {}): Verdict => {
  const r = engine.evaluate({ ...place, at, ...extra });
  if (!isVerdict(r)) throw new Error(r.message);
  return r;
};

describe('second rule set (fictional test data)', () => {
  it('expands its own lunar windows for 2020 (除夕 = 2020-01-24), merging 除夕 18:00 – 初一 02:00', () => {
    const s = engine.seasonWindows(2020);
    expect(s.ruleSet).toBe('test-2020-fictional');
    expect(s.projected).toBe(false);
    expect(s.period).toEqual({ start: '2020-01-21T00:00:00+08:00', end: '2020-02-18T00:00:00+08:00' });
    expect(s.windows).toEqual([
      { start: '2020-01-24T18:00:00+08:00', end: '2020-01-25T02:00:00+08:00' },
      { start: '2020-01-26T08:00:00+08:00', end: '2020-01-26T22:00:00+08:00' },
      { start: '2020-01-27T08:00:00+08:00', end: '2020-01-27T22:00:00+08:00' },
      { start: '2020-01-28T08:00:00+08:00', end: '2020-01-28T22:00:00+08:00' },
      { start: '2020-01-29T08:00:00+08:00', end: '2020-01-29T22:00:00+08:00' },
      { start: '2020-02-08T19:00:00+08:00', end: '2020-02-08T22:00:00+08:00' },
    ]);
  });
  it('answers 2020 instants with its articles, and leaves 2019 to 钦政规〔2019〕1号', () => {
    const a = v(FIX.restricted, '2020-01-25T01:59:59+08:00');
    expect([a.status, a.ruleSet, a.reasons.find((r) => r.role === 'decisive')?.cite]).toEqual(['allowed', 'test-2020-fictional', '测试〔2020〕1号 第四条']);
    expect(v(FIX.restricted, '2020-01-25T02:00:00+08:00').status).toBe('banned');
    expect(v(FIX.restricted, '2020-01-25T02:00:00+08:00').next).toEqual({
      start: '2020-01-26T08:00:00+08:00', end: '2020-01-26T22:00:00+08:00', projected: false, ruleSet: 'test-2020-fictional',
    });
    expect(v(FIX.prohibited, '2020-02-17T23:59:59+08:00').status).toBe('banned');
    expect(v(FIX.prohibited, '2020-02-18T00:00:00+08:00').status).toBe('no-notice');
    expect(v(FIX.restricted, '2019-02-06T06:00:00+08:00').ruleSet).toBe('qinzhou-2019-1');
  });
  it('its zones are its own: the 2019 port zone is restricted under the fictional notice', () => {
    const port = { lat: 21.72, lng: 108.6 };
    expect(v(port, '2019-02-06T06:00:00+08:00').zone).toBe('prohibited');
    expect(v(port, '2020-01-26T09:00:00+08:00').zone).toBe('restricted');
  });
  it('projection now uses the latest notice (the fictional one)', () => {
    const s = engine.seasonWindows(2021, { project: true });
    expect(s.ruleSet).toBe('test-2020-fictional');
    expect(s.windows[0]).toEqual({ start: '2021-02-11T18:00:00+08:00', end: '2021-02-12T02:00:00+08:00' }); // 除夕 2021 = 02-11
  });
  it('a projected season whose 腊月 part starts in the December before its 正月初一 covers those December days', () => {
    // Same fictional notice, its period starting on 腊月初一 (2019-12-26) instead of 腊月廿七.
    const early = validateRuleSet({ ...fictional, id: 'test-2020-early', period: { ...fictional.period, start: '2019-12-26', lunarStart: { month: 12, day: 1 } } });
    const e = fixtureEngine([...bundledRuleSets(), early]);
    expect(e.seasonWindows(2023, { project: true }).period?.start).toBe('2022-12-23T00:00:00+08:00'); // 2023 腊月初一
    const at = (when: string) => {
      const r = e.evaluate({ ...FIX.prohibited, at: when, project: true });
      if (!isVerdict(r)) throw new Error(r.message);
      return [r.status, r.ruleSet, r.projected];
    };
    expect(at('2022-12-22T23:59:59+08:00')).toEqual(['no-notice', null, false]);
    expect(at('2022-12-23T00:00:00+08:00')).toEqual(['banned', 'test-2020-early', true]);
    expect(at('2022-12-31T23:59:59+08:00')).toEqual(['banned', 'test-2020-early', true]);
    expect(at('2023-01-01T00:00:00+08:00')).toEqual(['banned', 'test-2020-early', true]);
  });
  it('bad rule-set data is refused when the engine is built, with a precise message', () => {
    const broken = { ...fictional, period: { ...fictional.period, article: 'A9' } };
    expect(() => validateRuleSet(broken)).toThrow(/unknown article A9/);
    expect(() => validateRuleSet({ ...fictional, period: { ...fictional.period, start: '2020-13-01' } })).toThrow();
    // A lunar span that does not describe the solar period would make projections wrong.
    expect(() => validateRuleSet({ ...fictional, period: { ...fictional.period, lunarStart: { month: 12, day: 26 } } })).toThrow(/lunarStart/);
  });
});
