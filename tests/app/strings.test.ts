/** src/i18n: the two languages match key for key, and bad input is worded in each. */
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../src/i18n/strings';
import { inputError, parseEvaluateParams, isInputError, CRS_VALUES, PARAM_NAMES } from '../../src/core/index';

const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? keys(v).map((x) => `${k}.${x}`) : [k]));

describe('strings', () => {
  it('English has every key Chinese has', () => {
    expect(keys(STRINGS.en).sort()).toEqual(keys(STRINGS['zh-CN']).sort());
  });
  it('every coordinate system has a name in both languages', () => {
    for (const s of Object.values(STRINGS)) expect(Object.keys(s.crsNames).sort()).toEqual([...CRS_VALUES].sort());
  });
});

describe('inputError: one line per field, in the page’s language, quoting the value', () => {
  it.each(PARAM_NAMES)('%s', (field) => {
    const r = parseEvaluateParams({ lat: '21.9', lng: '108.6', at: '2019-02-06T06:00:00+08:00', [field]: 'bogus' });
    expect(isInputError(r)).toBe(true);
    if (!isInputError(r)) return;
    for (const s of Object.values(STRINGS)) {
      const line = s.inputError(r);
      expect(line).toMatch(new RegExp(`[（(]${field}[）)]`));
      expect(line).toContain('bogus');
      expect(line).not.toContain('\n');
      expect(line).not.toBe(r.message);
    }
  });
  it('a missing value is said as such', () => {
    expect(STRINGS['zh-CN'].inputError(inputError('lng', 'lng is missing'))).toMatch(/^经度（lng）缺失或无效/);
    expect(STRINGS.en.inputError(inputError('lng', 'lng is missing'))).toMatch(/^Longitude \(lng\) is missing or not valid/);
  });
});
