/**
 * 钦政规〔2019〕1号 at every edge instant, with window / next values. Geometry comes from the
 * hand-made fixture, so these tests pin the time rules only (real places: real-data.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { isVerdict, isInputError, type Verdict } from '../../src/core/index';
import { fixtureEngine, FIX } from './helpers';

const engine = fixtureEngine();
const at = (s: string) => `2019-${s}+08:00`;
function verdict(place: { lat: number; lng: number }, when: string | number | Date, extra: object = {}): Verdict {
  const r = engine.evaluate({ ...place, at: when, ...extra });
  if (!isVerdict(r)) throw new Error(r.message);
  return r;
}

type Row = [string, Verdict['status'], string | null, string | null];
const W0 = '2019-02-04T00:00:00+08:00|2019-02-06T00:00:00+08:00';
const W = (d: number) => `2019-02-${String(d).padStart(2, '0')}T06:00:00+08:00|2019-02-${String(d + 1).padStart(2, '0')}T00:00:00+08:00`;

// [instant, status, window, next]
const restricted: Row[] = [
  ['01-31T23:59:59', 'no-notice', null, W0],
  ['02-01T00:00:00', 'banned', null, W0],
  ['02-03T23:59:59', 'banned', null, W0],
  ['02-04T00:00:00', 'allowed', W0, W(6)], // 除夕 00:00
  ['02-04T23:59:59', 'allowed', W0, W(6)],
  ['02-05T00:00:00', 'allowed', W0, W(6)], // 正月初一
  ['02-05T23:59:59', 'allowed', W0, W(6)],
  ['02-06T00:00:00', 'banned', null, W(6)], // 正月初二 before 06:00
  ['02-06T05:59:59', 'banned', null, W(6)],
  ['02-06T06:00:00', 'allowed', W(6), W(7)],
  ['02-06T23:59:59', 'allowed', W(6), W(7)],
  ['02-07T00:00:00', 'banned', null, W(7)],
  ['02-19T23:59:59', 'allowed', W(19), W(20)],
  ['02-20T05:59:59', 'banned', null, W(20)],
  ['02-20T06:00:00', 'allowed', W(20), null], // 正月十六
  ['02-20T23:59:59', 'allowed', W(20), null],
  ['02-21T00:00:00', 'banned', null, null], // 正月十七
  ['02-28T23:59:59', 'banned', null, null],
  ['03-01T00:00:00', 'no-notice', null, null],
];

const pair = (i: { start: string; end: string } | null) => (i ? `${i.start}|${i.end}` : null);

describe('restricted zone, 2019 edge instants', () => {
  it.each(restricted)('%s → %s', (when, status, window, next) => {
    const v = verdict(FIX.restricted, at(when));
    expect(v.status).toBe(status);
    expect(v.zone).toBe('restricted');
    expect(pair(v.window)).toBe(window);
    expect(pair(v.next)).toBe(next);
    if (status !== 'no-notice') {
      expect(v.ruleSet).toBe('qinzhou-2019-1');
      const decisive = v.reasons.filter((r) => r.role === 'decisive');
      expect(decisive).toHaveLength(1);
      expect(decisive[0]!.cite).toBe('钦政规〔2019〕1号 二(二)');
      expect(decisive[0]!.text).toContain('除夕和正月初一全天、正月初二至正月十六每天6:00至24:00允许燃放烟花爆竹');
    }
  });

  it('gives the same answers for the same instant written in other offsets', () => {
    expect(verdict(FIX.restricted, '2019-02-05T22:00:00Z').status).toBe('allowed'); // 02-06 06:00 CST
    expect(verdict(FIX.restricted, '2019-02-05T21:59:59Z').status).toBe('banned');
    expect(verdict(FIX.restricted, '2019-02-05T16:59:59-05:00').status).toBe('banned'); // 05:59:59 CST
    expect(verdict(FIX.restricted, Date.UTC(2019, 1, 5, 22)).status).toBe('allowed');
    expect(verdict(FIX.restricted, new Date(Date.UTC(2019, 1, 5, 22))).at).toBe('2019-02-06T06:00:00+08:00');
    expect(verdict(FIX.restricted, '2019-02-06T06:00').status).toBe('allowed'); // no offset → China time
  });
});

describe('fractions of a second at the edges', () => {
  it('are cut, never rounded up into the next window or day', () => {
    expect(verdict(FIX.restricted, at('02-06T05:59:59.9999')).status).toBe('banned');
    expect(verdict(FIX.restricted, at('02-06T23:59:59.999999')).status).toBe('allowed');
    expect(verdict(FIX.restricted, at('02-28T23:59:59.9')).status).toBe('banned');
  });
});

describe('prohibited zone, 2019', () => {
  const instants = ['02-01T00:00:00', '02-04T00:00:00', '02-05T12:00:00', '02-06T06:00:00', '02-20T23:59:59', '02-28T23:59:59'];
  it.each(instants)('%s → banned, no window, no next', (when) => {
    const v = verdict(FIX.prohibited, at(when));
    expect(v.status).toBe('banned');
    expect(v.zone).toBe('prohibited');
    expect(v.zoneId).toBe('qz2019-main-urban');
    expect(v.window).toBeNull();
    expect(v.next).toBeNull();
    const decisive = v.reasons.filter((r) => r.role === 'decisive');
    expect(decisive.map((r) => r.text)).toEqual(['2019年2月1日至2月28日期间禁放区域内禁止燃放烟花爆竹。']);
    const exception = v.reasons.find((r) => r.text.includes('土地庙'));
    expect(exception?.role).toBe('advisory');
    expect(v.reasons.find((r) => r.cite.includes('一(一)'))?.text).toContain('西环北路—乘风大道');
  });
  it('outside the period → no-notice', () => {
    expect(verdict(FIX.prohibited, at('01-31T23:59:59')).status).toBe('no-notice');
    expect(verdict(FIX.prohibited, at('03-01T00:00:00')).status).toBe('no-notice');
    expect(verdict(FIX.prohibited, at('03-01T00:00:00')).zone).toBe('prohibited');
  });
});

describe('other places and times', () => {
  it('灵山县 → county-rules citing 四, whatever the time while the notice is in force', () => {
    for (const when of ['2019-02-06T06:00:00+08:00', '2019-02-06T03:00:00+08:00', '2023-07-01T12:00:00+08:00']) {
      const v = verdict(FIX.county, when);
      expect(v.status).toBe('county-rules');
      expect(v.zone).toBeNull();
      expect(v.reasons.find((r) => r.role === 'decisive')?.text).toBe('四、灵山县、浦北县根据本通告规定，结合当地实际自行确定禁限放时间及区域。');
    }
    expect(verdict(FIX.county, '2018-06-01T00:00:00+08:00').status).toBe('no-notice');
  });
  it('Nanning → outside, at any time, even in 1900', () => {
    for (const when of ['2019-02-06T06:00:00+08:00', '1900-01-31T00:00:00+08:00']) {
      const v = verdict(FIX.outside, when);
      expect(v.status).toBe('outside');
      expect(v.zone).toBeNull();
      expect(v.ruleSet).toBeNull();
    }
  });
  it('year 1900 is valid input → no-notice, not an error; also with --project (beyond the table)', () => {
    expect(verdict(FIX.restricted, '1900-02-01T12:00:00+08:00').status).toBe('no-notice');
    const p = verdict(FIX.restricted, '1900-02-01T12:00:00+08:00', { project: true });
    expect(p.status).toBe('no-notice');
    expect(p.reasons.some((r) => r.text.includes('1950–2100'))).toBe(true);
  });
  it('every verdict quotes the national baseline 第三十条 as an advisory', () => {
    for (const place of Object.values(FIX)) {
      const v = verdict(place, at('02-06T06:00:00'));
      expect(v.reasons.find((r) => r.cite === '《烟花爆竹安全管理条例》第三十条')?.role).toBe('advisory');
    }
  });
});

describe('sales (--activity sell), 三(一)', () => {
  it('prohibited zone: banned all year from publication 2019-01-17', () => {
    expect(verdict(FIX.prohibited, '2019-01-16T23:59:59+08:00', { activity: 'sell' }).status).toBe('no-notice');
    for (const when of ['2019-01-17T00:00:00+08:00', '2019-02-06T06:00:00+08:00', '2019-08-01T00:00:00+08:00', '2024-12-31T23:59:59+08:00']) {
      const v = verdict(FIX.prohibited, when, { activity: 'sell' });
      expect(v.status).toBe('banned');
      expect(v.activity).toBe('sell');
      expect(v.reasons.find((r) => r.role === 'decisive')?.cite).toBe('钦政规〔2019〕1号 三(一)');
    }
  });
  it('restricted zone: allowed subject to licensing (advisory)', () => {
    const v = verdict(FIX.restricted, '2019-08-01T00:00:00+08:00', { activity: 'sell' });
    expect(v.status).toBe('allowed');
    expect(v.window).toBeNull();
    expect(v.reasons.some((r) => r.role === 'advisory' && r.summary?.includes('许可'))).toBe(true);
  });
});

describe('--project re-anchors the pattern to another year', () => {
  it('2025: 除夕 is 腊月廿九 (01-28); windows follow that year’s lunar dates', () => {
    const s = engine.seasonWindows(2025, { project: true });
    expect(s.projected).toBe(true);
    expect(s.ruleSet).toBe('qinzhou-2019-1');
    expect(s.period).toEqual({ start: '2025-01-26T00:00:00+08:00', end: '2025-02-22T00:00:00+08:00' }); // 腊月廿七 … 正月廿四
    expect(s.windows[0]).toEqual({ start: '2025-01-28T00:00:00+08:00', end: '2025-01-30T00:00:00+08:00' });
    expect(s.windows.at(-1)).toEqual({ start: '2025-02-13T06:00:00+08:00', end: '2025-02-14T00:00:00+08:00' }); // 正月十六
    expect(s.windows).toHaveLength(16);
  });
  it('without project, 2025 has no notice', () => {
    expect(engine.seasonWindows(2025)).toEqual({ ruleSet: null, projected: false, period: null, windows: [] });
    expect(verdict(FIX.restricted, '2025-01-28T12:00:00+08:00').status).toBe('no-notice');
  });
  it('with project, verdicts are labelled projected and say so first', () => {
    const v = verdict(FIX.restricted, '2025-01-28T12:00:00+08:00', { project: true });
    expect(v.status).toBe('allowed');
    expect(v.projected).toBe(true);
    expect(v.reasons[0]!.cite).toContain('推算');
    expect(v.reasons[0]!.text).toContain('推算');
    expect(verdict(FIX.restricted, '2025-01-25T23:59:59+08:00', { project: true }).status).toBe('no-notice');
    expect(verdict(FIX.restricted, '2025-01-26T00:00:00+08:00', { project: true }).status).toBe('banned'); // 腊月廿七 (腊月 has 29 days)
    expect(verdict(FIX.prohibited, '2025-02-21T23:59:59+08:00', { project: true }).status).toBe('banned');
    expect(verdict(FIX.prohibited, '2025-02-22T00:00:00+08:00', { project: true }).status).toBe('no-notice');
  });
  it('project does not override the real notice of 2019', () => {
    const v = verdict(FIX.restricted, '2019-03-05T12:00:00+08:00', { project: true });
    expect(v.status).toBe('no-notice');
    expect(engine.seasonWindows(2019, { project: true }).projected).toBe(false);
  });
  it('2030 (ICU’s calendar is a day off here): 正月初一 is 02-03', () => {
    const s = engine.seasonWindows(2030, { project: true });
    expect(s.windows[0]).toEqual({ start: '2030-02-02T00:00:00+08:00', end: '2030-02-04T00:00:00+08:00' });
  });
});

describe('engine data', () => {
  it('without an edges file, boundary distances come from the zone outlines', async () => {
    const { createEngine } = await import('../../src/core/index');
    const { fixtureData } = await import('./helpers');
    const e = createEngine({ zones: fixtureData().zones, edges: { type: 'FeatureCollection', features: [] } });
    const r = e.evaluate({ lat: 21.9401, lng: 108.63, at: '2019-02-06T06:00:00+08:00' });
    expect(isInputError(r)).toBe(false);
    if (isVerdict(r)) {
      expect(r.boundaryDistanceM).toBeCloseTo(11.1, 0);
      expect(r.nearestBoundary?.zone).toBe('qz2019-main-urban');
      expect(r.nearBoundary).toBe(true); // zone maxErrorM 150
    }
  });
});
