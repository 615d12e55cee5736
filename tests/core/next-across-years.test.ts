/**
 * `next`, `period` and `until` across year ends (issue 7): for an instant in every month of 2026
 * and 2027, restricted and prohibited, with and without projection. Expected dates are the lunar
 * facts (tyme4ts, GB/T 33661-2017), written out: 除夕 2026-02-16, 2027-02-05, 2028-01-25 (each
 * 腊月廿九); the 2019 pattern's period 腊月廿七 … 正月廿四 is 2026-02-14…03-12, 2027-02-03…03-01,
 * 2028-01-23…02-18.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isVerdict, type Verdict } from '../../src/core/index';
import { fixtureEngine, FIX } from './helpers';

const engine = fixtureEngine();
function verdict(place: { lat: number; lng: number }, at: string, extra: object = {}): Verdict {
  const r = engine.evaluate({ ...place, at, ...extra });
  if (!isVerdict(r)) throw new Error(r.message);
  return r;
}

const T = (day: string, time = '00:00:00') => `${day}T${time}+08:00`;
const EVE = {
  2026: { start: T('2026-02-16'), end: T('2026-02-18'), projected: true, ruleSet: 'qinzhou-2019-1' },
  2027: { start: T('2027-02-05'), end: T('2027-02-07'), projected: true, ruleSet: 'qinzhou-2019-1' },
  2028: { start: T('2028-01-25'), end: T('2028-01-27'), projected: true, ruleSet: 'qinzhou-2019-1' },
};
const PERIOD = {
  2026: { start: T('2026-02-14'), end: T('2026-03-13'), projected: true, ruleSet: 'qinzhou-2019-1', year: 2026 },
  2027: { start: T('2027-02-03'), end: T('2027-03-02'), projected: true, ruleSet: 'qinzhou-2019-1', year: 2027 },
  2028: { start: T('2028-01-23'), end: T('2028-02-19'), projected: true, ruleSet: 'qinzhou-2019-1', year: 2028 },
};

/** [instant (the 15th at noon), status restricted, status prohibited, season the answer refers to]. */
const MONTHS: [string, string, string, 2026 | 2027 | 2028][] = [
  ['2026-01', 'no-notice', 'no-notice', 2026],
  ['2026-02', 'banned', 'banned', 2026], // 腊月廿八: in the period, before 除夕
  ...(['03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => [`2026-${m}`, 'no-notice', 'no-notice', 2027]) as [string, string, string, 2027][]),
  ['2027-01', 'no-notice', 'no-notice', 2027],
  ['2027-02', 'allowed', 'banned', 2027], // 正月初十 12:00: inside that day's 06:00–24:00
  ...(['03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => [`2027-${m}`, 'no-notice', 'no-notice', 2028]) as [string, string, string, 2028][]),
];

describe('next and period in every month of 2026 and 2027 (projecting)', () => {
  it.each(MONTHS)('%s-15 12:00 restricted → %s (prohibited: %s), next from the %s season', (month, status, _p, season) => {
    const v = verdict(FIX.restricted, T(`${month}-15`, '12:00:00'), { project: true });
    expect(v.status).toBe(status);
    expect(v.period).toEqual({ ...PERIOD[season], zone: 'restricted' });
    if (status === 'allowed') {
      expect(v.window).toEqual({ start: T('2027-02-15', '06:00:00'), end: T('2027-02-16') });
      expect(v.next).toEqual({ start: T('2027-02-16', '06:00:00'), end: T('2027-02-17'), projected: true, ruleSet: 'qinzhou-2019-1' });
    } else {
      expect(v.next).toEqual(EVE[season]);
    }
  });

  it.each(MONTHS)('%s-15 12:00 prohibited (restricted: %s) → %s, banned all day in the %s period, never a next window', (month, _r, status, season) => {
    const v = verdict(FIX.prohibited, T(`${month}-15`, '12:00:00'), { project: true });
    expect(v.status).toBe(status);
    expect(v.next).toBeNull();
    expect(v.period).toEqual({ ...PERIOD[season], zone: 'prohibited' });
  });

  it('after the last window of a season, next is the next season’s 除夕, labelled projected', () => {
    const v = verdict(FIX.restricted, T('2027-02-22', '12:00:00'), { project: true }); // 正月十七, still in the period
    expect([v.status, v.period?.year]).toEqual(['banned', 2027]);
    expect(v.next).toEqual(EVE[2028]);
    expect(v.summary).toContain('下一个允许时段自2028年1月25日 00:00起');
  });

  it('from the real 2019 season, the next one is projected (next.projected) while the verdict is not', () => {
    const v = verdict(FIX.restricted, T('2019-02-21'), { project: true });
    expect([v.status, v.projected, v.ruleSet]).toEqual(['banned', false, 'qinzhou-2019-1']);
    expect(v.next).toEqual({ start: T('2020-01-24'), end: T('2020-01-26'), projected: true, ruleSet: 'qinzhou-2019-1' });
    expect(v.summary).toContain('（推算）');
  });
});

describe('without projection (the CLI’s default)', () => {
  it.each(MONTHS.filter(([m]) => m !== '2026-02' && m !== '2027-02'))('%s-15: no-notice, no next, no period', (month) => {
    for (const place of [FIX.restricted, FIX.prohibited]) {
      const v = verdict(place, T(`${month}-15`, '12:00:00'));
      expect([v.status, v.next, v.period]).toEqual(['no-notice', null, null]);
    }
  });
  it('says when the next Spring Festival is, as a calendar fact, and how to project it', () => {
    const v = verdict(FIX.restricted, T('2026-12-01', '12:00:00'));
    const cal = v.reasons.find((r) => r.kind === 'calendar');
    expect(cal?.text).toContain('2027年2月6日（正月初一）');
    expect(cal?.text).toContain('钦政规〔2019〕1号');
  });
});

describe('the no-notice answer says what still applies', () => {
  it('a village in December: the restricted-zone rule decides, the coming season and the national places follow', () => {
    const v = verdict(FIX.restricted, T('2026-12-01', '12:00:00'), { project: true });
    const decisive = v.reasons.filter((r) => r.role === 'decisive');
    expect(decisive.map((r) => r.article)).toEqual(['二(二)']);
    const season = v.reasons.find((r) => r.kind === 'season')!;
    expect(season.summary).toBe('下一个管控期间（推算）：2027年2月3日至3月1日（农历腊月廿七至正月廿四），首个允许时段：2027年2月5日 00:00 至 2027年2月7日 00:00。');
    expect(v.reasons.find((r) => r.kind === 'sales')?.summary).toContain('许可');
    expect(v.reasons.find((r) => r.kind === 'baseline')?.article).toBe('第三十条');
    expect(v.summary).toContain('下一个管控期间（推算）：2027年2月3日至3月1日');
  });
  it('a prohibited zone in December: the ban article decides; no sales points all year', () => {
    const v = verdict(FIX.prohibited, T('2026-12-01', '12:00:00'), { project: true });
    expect(v.reasons.find((r) => r.role === 'decisive')?.article).toBe('一-period');
    expect(v.reasons.find((r) => r.kind === 'season')?.summary).toContain('期间全天禁止燃放');
    expect(v.reasons.find((r) => r.kind === 'sales')?.summary).toBe('此处在禁放区域内：全年禁止设置烟花爆竹经销点。');
  });
});

describe('until: the next instant the answer can change', () => {
  const cases: [string, { lat: number; lng: number }, string, object, string | null][] = [
    ['window start (除夕 00:00)', FIX.restricted, T('2027-02-04', '12:00:00'), { project: true }, T('2027-02-05')],
    ['window end (初二 24:00)', FIX.restricted, T('2027-02-07', '23:59:59'), { project: true }, T('2027-02-08')],
    ['period start', FIX.prohibited, T('2027-02-02', '23:59:59'), { project: true }, T('2027-02-03')],
    ['period end', FIX.prohibited, T('2027-03-01', '23:59:59'), { project: true }, T('2027-03-02')],
    ['publication (sales ban from 2019-01-17)', FIX.prohibited, T('2019-01-16', '12:00:00'), { activity: 'sell' }, T('2019-01-17')],
    ['December, projecting: the coming period', FIX.restricted, T('2026-12-01', '12:00:00'), { project: true }, T('2027-02-03')],
    ['December, not projecting: nothing is coming', FIX.restricted, T('2026-12-01', '12:00:00'), {}, null],
  ];
  it.each(cases)('%s', (_name, place, at, extra, until) => {
    const v = verdict(place, at, extra);
    expect(v.until).toBe(until);
    if (until) {
      const before = verdict(place, new Date(Date.parse(until) - 1000).toISOString(), extra);
      const after = verdict(place, until, extra);
      expect(before.status).toBe(v.status);
      expect([after.status, after.window, after.next]).not.toEqual([v.status, v.window, v.next]);
    }
  });

  it('nothing about the answer changes between an instant and its until', () => {
    const start = Date.UTC(2018, 11, 1);
    const end = Date.UTC(2029, 0, 1);
    fc.assert(
      fc.property(
        fc.integer({ min: start, max: end }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(FIX.restricted, FIX.prohibited, FIX.county),
        fc.constantFrom('fire', 'sell' as const),
        fc.boolean(),
        (t, f, place, activity, project) => {
          const a = engine.evaluate({ ...place, at: t, activity, project });
          if (!isVerdict(a)) throw new Error('no verdict');
          const until = a.until ? Date.parse(a.until) : end + 1;
          expect(until).toBeGreaterThan(t);
          const u = t + Math.floor((until - t) * f);
          const b = engine.evaluate({ ...place, at: Math.min(u, until - 1), activity, project });
          if (!isVerdict(b)) throw new Error('no verdict');
          expect([b.status, b.zone, b.window, b.next, b.period, b.ruleSet, b.projected]).toEqual([a.status, a.zone, a.window, a.next, a.period, a.ruleSet, a.projected]);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
