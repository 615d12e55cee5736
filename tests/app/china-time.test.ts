/** The app's China-time display (date-fns + @date-fns/tz) agrees with the engine, in any host zone. */
import { describe, expect, it } from 'vitest';
import { displayChina, displayClock, inChina, toChinaInputValue } from '../../src/app/chinaTime';
import { countdown } from '../../src/app/countdown';
import { comingSeasonYear } from '../../src/app/hooks/useSeason';
import { formatChinaHuman } from '../../src/core/index';

const t = (iso: string) => Date.parse(iso);

describe('display in China time', () => {
  it('shows the instant the engine judged, also where the tz database’s Asia/Shanghai differs (1900 LMT, 1988 summer time)', () => {
    for (const iso of ['1900-01-01T00:00:00+08:00', '1988-06-01T12:00:00+08:00', '2019-02-06T06:00:00+08:00']) {
      const ms = t(iso);
      expect(displayChina(ms)).toBe(iso.slice(0, 10) + ' ' + iso.slice(11, 16));
      expect(formatChinaHuman(ms)).toContain(iso.slice(11, 16));
      expect(toChinaInputValue(ms)).toBe(iso.slice(0, 16));
    }
  });
  it('clocks and dates without the year', () => {
    expect(displayClock(t('2019-02-06T06:00:00+08:00'))).toBe('06:00');
    expect(displayClock(t('2019-02-07T00:00:00+08:00'), true)).toBe('24:00');
    expect(displayChina(t('2019-02-07T00:00:00+08:00'), { asEnd: true, withYear: false })).toBe('02-06 24:00');
  });
  it('the civil date in China, not the host’s', () => {
    const d = inChina(t('2019-02-04T16:30:00Z'));
    expect([d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours()]).toEqual([2019, 2, 5, 0]);
  });
});

describe('countdown (date-fns formatDuration, zh-CN and en)', () => {
  it('days, hours and minutes when a day or more away', () => {
    expect(countdown(t('2019-02-06T06:00:00+08:00'), t('2019-02-09T10:05:07+08:00'), 'zh-CN')).toBe('3 天 4 小时 5 分钟');
    expect(countdown(t('2019-02-06T06:00:00+08:00'), t('2019-02-09T10:05:07+08:00'), 'en')).toBe('3 days 4 hours 5 minutes');
  });
  it('seconds when less than a day away; zero parts left out', () => {
    expect(countdown(t('2019-02-06T05:59:00+08:00'), t('2019-02-06T06:00:00+08:00'), 'zh-CN')).toBe('1 分钟');
    expect(countdown(t('2019-02-06T05:00:00+08:00'), t('2019-02-06T06:00:09+08:00'), 'en')).toBe('1 hour 9 seconds');
  });
  it('never negative: a passed instant counts as 0 seconds', () => {
    expect(countdown(t('2019-02-06T06:00:01+08:00'), t('2019-02-06T06:00:00+08:00'), 'en')).toBe('0 seconds');
  });
});

describe('the season the strip shows', () => {
  it('this year’s until the end of March (China time), next year’s from April', () => {
    expect(comingSeasonYear(t('2027-02-08T21:00:00+08:00'))).toBe(2027);
    expect(comingSeasonYear(t('2027-03-31T23:59:59+08:00'))).toBe(2027);
    expect(comingSeasonYear(t('2027-04-01T00:00:00+08:00'))).toBe(2028);
    // 31 March 16:00 UTC is already 1 April in China.
    expect(comingSeasonYear(t('2027-03-31T16:00:00Z'))).toBe(2028);
  });
});
