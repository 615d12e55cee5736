/**
 * The answer's "when" in lunar terms (issue 7), from real engine verdicts on the fixture zones:
 * the card's line, the basis badge's notice, the strip's axis, the time panel's shortcuts.
 */
import { describe, expect, it } from 'vitest';
import { isVerdict, bundledRuleSets, type Verdict } from '../../src/core/index';
import { STRINGS } from '../../src/i18n/strings';
import { basisOf, dayWithLunar, instantWithLunar, latestNotice, whenLine } from '../../src/app/verdict/when';
import { lunarName, lunarShort, seasonShortcuts } from '../../src/app/time/lunar';
import { dateLabels, layoutRows, lunarLabels } from '../../src/app/time/axis';
import { displayDayRange } from '../../src/app/chinaTime';
import { countdown } from '../../src/app/countdown';
import { fixtureEngine, FIX } from '../core/helpers';

const engine = fixtureEngine();
const zh = STRINGS['zh-CN'];
const en = STRINGS.en;
const t = (iso: string) => Date.parse(iso);
function verdict(place: { lat: number; lng: number }, at: string, project = true): Verdict {
  const r = engine.evaluate({ ...place, at, project });
  if (!isVerdict(r)) throw new Error(r.message);
  return r;
}

describe('the card’s “when” line', () => {
  it('December, a village: the next window in lunar terms', () => {
    const v = verdict(FIX.restricted, '2026-12-01T12:00:00+08:00');
    expect(whenLine(v, zh)?.text).toBe('下一次可燃放：2027年2月5日（除夕）00:00 起');
    expect(whenLine(v, en)?.text).toBe('Next allowed: from 5 Feb 2027 (除夕, Lunar New Year’s Eve) 00:00');
  });
  it('除夕 20:00, a village: allowed until the end of 初一 (24:00, the notice’s way)', () => {
    const v = verdict(FIX.restricted, '2027-02-05T20:00:00+08:00');
    expect(whenLine(v, zh)).toEqual({ kind: 'until', text: '允许燃放至 2027年2月6日（正月初一）24:00', target: t('2027-02-07T00:00:00+08:00') });
  });
  it('a prohibited zone, in December and on 除夕: the whole period, banned all day', () => {
    for (const at of ['2026-12-01T12:00:00+08:00', '2027-02-05T20:00:00+08:00']) {
      expect(whenLine(verdict(FIX.prohibited, at), zh)?.text).toBe('此处在禁放区：2027年2月3日—3月1日（腊月廿七—正月廿四）全天禁止');
    }
    expect(whenLine(verdict(FIX.prohibited, '2026-12-01T12:00:00+08:00'), en)?.text).toBe('Prohibited zone: banned all day, 3 Feb – 1 Mar 2027 (腊月廿七—正月廿四)');
  });
  it('no projection in December: no line (nothing is known to come)', () => {
    expect(whenLine(verdict(FIX.restricted, '2026-12-01T12:00:00+08:00', false), zh)).toBeNull();
  });
  it('a county or a sales question has no “when”', () => {
    expect(whenLine(verdict(FIX.county, '2027-02-05T20:00:00+08:00'), zh)).toBeNull();
  });
});

describe('the basis badge names the notice whose pattern is applied (rule-set data)', () => {
  const notices = bundledRuleSets();
  it('a projected verdict, a real verdict with a projected next window, a real one', () => {
    expect(basisOf(verdict(FIX.restricted, '2027-02-05T20:00:00+08:00'), notices)).toMatchObject({ notice: { docNo: '钦政规〔2019〕1号' }, noticeYear: 2019, year: 2027 });
    expect(basisOf(verdict(FIX.restricted, '2026-12-01T12:00:00+08:00'), notices)?.year).toBe(2027);
    expect(basisOf(verdict(FIX.restricted, '2019-02-06T06:00:00+08:00'), notices)).toBeNull();
    expect(latestNotice(notices)?.id).toBe('qinzhou-2019-1');
    expect(zh.basisBadge('钦政规〔2019〕1号')).toBe('推算 · 按钦政规〔2019〕1号的规律');
  });
});

describe('lunar names from the table', () => {
  it('names the days around Spring Festival 2027 (除夕 is 腊月廿九)', () => {
    expect(lunarName(t('2027-02-03T00:00:00+08:00'))).toBe('腊月廿七');
    expect(lunarName(t('2027-02-05T23:59:59+08:00'))).toBe('除夕');
    expect(lunarName(t('2027-02-06T00:00:00+08:00'))).toBe('正月初一');
    expect(lunarShort(t('2027-02-20T12:00:00+08:00'))).toBe('元宵');
    expect(lunarName(t('2026-12-01T12:00:00+08:00'))).toBeNull();
    expect(dayWithLunar(t('2027-02-20T20:00:00+08:00'), en)).toBe('20 Feb 2027 (正月十五, Lantern Festival)');
    expect(instantWithLunar(t('2027-02-07T06:00:00+08:00'), zh)).toBe('2027年2月7日（正月初二）06:00');
  });
  it('the time panel’s shortcuts: 除夕 20:00, 初一 00:00, 初二 06:00, 正月十五 20:00', () => {
    expect(seasonShortcuts(2027)).toEqual([
      { key: 'eve', atMs: t('2027-02-05T20:00:00+08:00') },
      { key: 'newYear', atMs: t('2027-02-06T00:00:00+08:00') },
      { key: 'second', atMs: t('2027-02-07T06:00:00+08:00') },
      { key: 'lantern', atMs: t('2027-02-20T20:00:00+08:00') },
    ]);
    // 2019's 除夕 was 腊月三十.
    expect(seasonShortcuts(2019)[0]!.atMs).toBe(t('2019-02-04T20:00:00+08:00'));
    expect(seasonShortcuts(2200)).toEqual([]);
  });
});

describe('the season strip’s axis', () => {
  const p0 = t('2027-02-03T00:00:00+08:00');
  const p1 = t('2027-03-02T00:00:00+08:00');
  it('labels the first and last day and 除夕, 初一, 初二, 元宵, 十六', () => {
    expect(lunarLabels(p0, p1).map((l) => l.text)).toEqual(['廿七', '除夕', '初一', '初二', '元宵', '十六', '廿四']);
    expect(dateLabels(p0, p1).map((l) => l.text)).toEqual(['2/3', '2/10', '2/17', '2/24', '3/1']);
  });
  it('no two labels on one row overlap at the narrowest strip', () => {
    const width = 280;
    const rows = layoutRows(lunarLabels(p0, p1), { widthPx: width });
    const box = (l: (typeof rows)[number]) => {
      const w = [...l.text].length * 11 + 4;
      const left = l.align === 'start' ? 0 : l.align === 'end' ? width - w : l.x * width - w / 2;
      return [left, left + w] as const;
    };
    for (const a of rows) for (const b of rows) if (a !== b && a.row === b.row) {
      const [a0, a1] = box(a);
      const [b0, b1] = box(b);
      expect(a1 <= b0 || b1 <= a0, `${a.text} / ${b.text}`).toBe(true);
    }
    expect(Math.max(...rows.map((l) => l.row))).toBeLessThanOrEqual(2);
  });
});

describe('dates as people write them', () => {
  it('a range of whole days, the end written as its last day', () => {
    expect(displayDayRange(t('2027-02-03T00:00:00+08:00'), t('2027-03-02T00:00:00+08:00'), 'zh-CN')).toBe('2027年2月3日—3月1日');
    expect(displayDayRange(t('2027-12-30T00:00:00+08:00'), t('2028-01-03T00:00:00+08:00'), 'en')).toBe('30 Dec 2027 – 2 Jan 2028');
  });
  it('a countdown months away says months and days only', () => {
    expect(countdown(t('2026-12-01T12:00:00+08:00'), t('2027-02-05T00:00:00+08:00'), 'zh-CN')).toBe('2 个月 3 天');
  });
});
