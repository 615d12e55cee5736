/**
 * The fast paths a batch runs through (core/china-time-fast.ts, turned on by the CLI): parsing the one common ISO form
 * without the regular expression and formatting without a Date give exactly what the general
 * paths give, valid and invalid input alike.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatChina, parseIsoInstant, useFastChinaTime } from '../../src/core/china-time';
import { FAST_CHINA_TIME } from '../../src/core/china-time-fast';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
/** formatChina as it was written before the fast path, through a Date. */
function viaDate(ms: number): string {
  const t = new Date(ms + 8 * 3600_000);
  const y = t.getUTCFullYear();
  const year = y >= 0 && y <= 9999 ? pad(y, 4) : (y < 0 ? '-' : '+') + pad(Math.abs(y), 6);
  const frac = t.getUTCMilliseconds() ? '.' + pad(t.getUTCMilliseconds(), 3) : '';
  return `${year}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}${frac}+08:00`;
}

describe('fast paths', () => {
  beforeAll(() => useFastChinaTime(FAST_CHINA_TIME));
  afterAll(() => useFastChinaTime(null));
  it('parseIsoInstant: "YYYY-MM-DDTHH:MM:SS±HH:MM" / "…Z" read as the general path reads them (a leading space forces it)', () => {
    const offsets = fc.constantFrom('+08:00', 'Z', '-05:30', '+24:00', '+23:60', '-00:00', '+8:00', 'z', '+08:0x');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12_000 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), offsets, (y, mo, d, h, mi, se, off) => {
        const s = `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(se)}${off}`;
        expect(parseIsoInstant(s)).toBe(parseIsoInstant(' ' + s));
      }),
      { numRuns: 50_000 },
    );
    expect(parseIsoInstant('2019-02-29T00:00:00+08:00')).toBeNull();
    expect(parseIsoInstant('2020-02-29T00:00:00+08:00')).toBe(Date.UTC(2020, 1, 28, 16));
  });
  it('formatChina: the same text as through a Date, at any instant a Date holds', () => {
    fc.assert(fc.property(fc.integer({ min: -8.64e15 + 86_400_000, max: 8.64e15 - 86_400_000 }), (ms) => {
      expect(formatChina(ms)).toBe(viaDate(ms));
    }), { numRuns: 50_000 });
    fc.assert(fc.property(fc.integer({ min: -100 * 86_400_000, max: 253_402_300_800_000 }), (ms) => {
      expect(formatChina(ms)).toBe(viaDate(ms));
    }), { numRuns: 50_000 });
    for (const ms of [0, -1, -8 * 3600_000, -8 * 3600_000 - 1, 253_402_300_800_000 - 8 * 3600_000 - 1, 253_402_300_800_000 - 8 * 3600_000, 951_782_400_000, 1.5]) expect(formatChina(ms)).toBe(viaDate(ms));
  });
});
