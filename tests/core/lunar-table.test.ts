/**
 * The generated year table (src/core/lunar-table.ts) against tyme4ts (the source, official
 * calendar GB/T 33661-2017) and two implementations that share no code or data with it:
 * - date-chinese (commenthol): computes new moons and solar terms astronomically (astronomia,
 *   VSOP87/ELP), China Standard Time;
 * - solarlunar (yize): the widespread 1900–2100 hex month table (lunarInfo), not by 6tail.
 * Neither is ICU. For every year 1950–2100 all three must agree on 除夕, 正月初一 and 正月十六.
 * (They do, with no exception. ICU's Intl "chinese" calendar in Node 20 (ICU 78) disagrees with
 * all three in 1954, 1999, 2027 and 2030 — e.g. it puts 2030's 正月初一 on 02-02, while the new
 * moon falls at 00:07 China time on 02-03 — which is why it is not used anywhere.)
 */
import { describe, expect, it } from 'vitest';
import { LunarDay } from 'tyme4ts';
import { CalendarChinese } from 'date-chinese';
import solarLunar from 'solarlunar';
import { LUNAR_NEW_YEARS, LUNAR_TABLE_FIRST_YEAR, LUNAR_TABLE_LAST_YEAR } from '../../src/core/lunar-table';
import { seasonFacts, lunarDayToSolar } from '../../src/core/calendar';
import { addDays, type CivilDate } from '../../src/core/china-time';
import { tymeEntry } from '../../scripts/gen-lunar-table';

const iso = (d: CivilDate) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
const YEARS = Array.from({ length: LUNAR_TABLE_LAST_YEAR - LUNAR_TABLE_FIRST_YEAR + 1 }, (_, i) => LUNAR_TABLE_FIRST_YEAR + i);

interface Facts { chuxi: string; chuxiDay: number; newYear: string; sixteenth: string }

function fromTable(y: number): Facts {
  const f = seasonFacts(y)!;
  return {
    chuxi: iso(lunarDayToSolar(f, { month: 12, day: 'last' })!),
    chuxiDay: f.lastMonthLength,
    newYear: iso(lunarDayToSolar(f, { month: 1, day: 1 })!),
    sixteenth: iso(lunarDayToSolar(f, { month: 1, day: 16 })!),
  };
}

function fromTyme(y: number): Facts {
  const sd = (d: LunarDay) => { const s = d.getSolarDay(); return `${s.getYear()}-${String(s.getMonth()).padStart(2, '0')}-${String(s.getDay()).padStart(2, '0')}`; };
  const ny = LunarDay.fromYmd(y, 1, 1);
  const eve = ny.next(-1);
  return { chuxi: sd(eve), chuxiDay: eve.getDay(), newYear: sd(ny), sixteenth: sd(LunarDay.fromYmd(y, 1, 16)) };
}

const dc = new CalendarChinese();
function fromDateChinese(y: number): Facts {
  dc.fromJDE(dc.newYear(y));
  const g = dc.toGregorian();
  const ny: CivilDate = { year: g.year, month: g.month, day: g.day };
  const [, , m1, leap1, d1] = dc.get();
  expect([m1, leap1, d1], `date-chinese new year ${y}`).toEqual([1, false, 1]);
  const eve = addDays(ny, -1);
  dc.fromGregorian(eve.year, eve.month, eve.day);
  const [, , m0, , d0] = dc.get();
  expect(m0, `date-chinese month before 正月 ${y}`).toBe(12);
  const sixteenth = addDays(ny, 15);
  dc.fromGregorian(sixteenth.year, sixteenth.month, sixteenth.day);
  const [, , m16, , d16] = dc.get();
  expect([m16, d16], `date-chinese 正月十六 ${y}`).toEqual([1, 16]);
  return { chuxi: iso(eve), chuxiDay: d0, newYear: iso(ny), sixteenth: iso(sixteenth) };
}

function fromSolarLunar(y: number): Facts {
  const ny = solarLunar.lunar2solar(y, 1, 1);
  const s16 = solarLunar.lunar2solar(y, 1, 16);
  // The last day of 腊月 of lunar year y-1 (a leap 腊月, if any, comes after the ordinary one).
  const leap = solarLunar.leapMonth(y - 1) === 12;
  const len = leap ? solarLunar.leapDays(y - 1) : solarLunar.monthDays(y - 1, 12);
  const eve = solarLunar.lunar2solar(y - 1, 12, len, leap);
  if (ny === -1 || s16 === -1 || eve === -1) throw new Error(`solarlunar has no data for ${y}`);
  const d = (r: { cYear: number; cMonth: number; cDay: number }) => iso({ year: r.cYear, month: r.cMonth, day: r.cDay });
  return { chuxi: d(eve), chuxiDay: len, newYear: d(ny), sixteenth: d(s16) };
}

describe('lunar year table 1950–2100', () => {
  it('has one entry per year', () => {
    expect(LUNAR_NEW_YEARS.length).toBe(YEARS.length);
    expect(seasonFacts(1949)).toBeNull();
    expect(seasonFacts(2101)).toBeNull();
  });

  it('is exactly what the generator makes from the installed tyme4ts', () => {
    expect(YEARS.map(tymeEntry)).toEqual([...LUNAR_NEW_YEARS]);
  });

  it('matches tyme4ts (the generator source) for 除夕, 正月初一, 正月十六 every year', () => {
    const diffs = YEARS.filter((y) => JSON.stringify(fromTable(y)) !== JSON.stringify(fromTyme(y)));
    expect(diffs).toEqual([]);
  });

  it('matches date-chinese (astronomical, independent) every year', () => {
    const diffs = YEARS.map((y) => ({ y, table: fromTable(y), other: fromDateChinese(y) }))
      .filter((d) => JSON.stringify(d.table) !== JSON.stringify(d.other));
    expect(diffs).toEqual([]);
  });

  it('matches solarlunar (table-based, independent) every year', () => {
    const diffs = YEARS.map((y) => ({ y, table: fromTable(y), other: fromSolarLunar(y) }))
      .filter((d) => JSON.stringify(d.table) !== JSON.stringify(d.other));
    expect(diffs).toEqual([]);
  });

  it('knows the published facts: 2019 除夕 on 腊月三十 02-04, 2025 除夕 on 腊月廿九 01-28', () => {
    expect(fromTable(2019)).toEqual({ chuxi: '2019-02-04', chuxiDay: 30, newYear: '2019-02-05', sixteenth: '2019-02-20' });
    expect(fromTable(2025)).toEqual({ chuxi: '2025-01-28', chuxiDay: 29, newYear: '2025-01-29', sixteenth: '2025-02-13' });
  });

  it('places 腊月廿七 … 正月廿四 on the notice period for 2019', () => {
    const f = seasonFacts(2019)!;
    expect(iso(lunarDayToSolar(f, { month: 12, day: 27 })!)).toBe('2019-02-01');
    expect(iso(lunarDayToSolar(f, { month: 1, day: 24 })!)).toBe('2019-02-28');
    expect(lunarDayToSolar(seasonFacts(2025)!, { month: 12, day: 30 })).toBeNull();
  });
});

describe('the lunar day of an instant (腊月初一 … 正月廿九), from the table', () => {
  it('agrees with tyme4ts on every such day, 1951–2100, at 00:00 and 23:59:59 China time', async () => {
    const { seasonLunarDayOf } = await import('../../src/core/calendar');
    const { chinaMidnight } = await import('../../src/core/china-time');
    const bad: string[] = [];
    for (const y of YEARS.slice(1)) {
      const ny = LunarDay.fromYmd(y, 1, 1);
      for (let k = -30; k < 29; k++) {
        const d = ny.next(k);
        const month = Math.abs(d.getLunarMonth().getMonthWithLeap());
        if (month !== 12 && month !== 1) continue;
        const s = d.getSolarDay();
        const t0 = chinaMidnight({ year: s.getYear(), month: s.getMonth(), day: s.getDay() });
        for (const t of [t0, t0 + 86_399_000]) {
          const got = seasonLunarDayOf(t);
          const eve = month === 12 && d.next(1).getLunarMonth().getMonthWithLeap() === 1;
          const want = { year: y, month, day: d.getDay(), eve };
          if (JSON.stringify(got) !== JSON.stringify(want)) bad.push(`${s.toString()}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
  it('is null outside 腊月 and 正月 (e.g. 2026-12-01, 冬月) and outside the table', async () => {
    const { seasonLunarDayOf } = await import('../../src/core/calendar');
    expect(seasonLunarDayOf(Date.parse('2026-12-01T12:00:00+08:00'))).toBeNull();
    expect(seasonLunarDayOf(Date.parse('2027-02-05T20:00:00+08:00'))).toEqual({ year: 2027, month: 12, day: 29, eve: true });
    expect(seasonLunarDayOf(Date.parse('1900-01-01T00:00:00+08:00'))).toBeNull();
  });
});
