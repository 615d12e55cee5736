import { describe, expect, it } from 'vitest';
import { humanText, oneLine } from '../../src/cli/text';
import { main } from '../../src/cli/main';
import { STRINGS } from '../../src/i18n/strings';
import { isVerdict, type Verdict } from '../../src/core/index';
import { fixtureEngine, FIX } from '../core/helpers';

const engine = fixtureEngine();
const verdict = (input: Parameters<typeof engine.evaluate>[0]): Verdict => {
  const r = engine.evaluate(input);
  if (!isVerdict(r)) throw new Error(r.message);
  return r;
};

describe('humanText', () => {
  it('says the status in the app’s own words (src/i18n), and the window in China time', () => {
    const v = verdict({ ...FIX.restricted, at: '2019-02-06T06:00:00+08:00' });
    const text = humanText(v);
    expect(text).toContain(`状态：allowed（${STRINGS['zh-CN'].status.fire.allowed}）`);
    expect(text).toContain(`区域：${STRINGS['zh-CN'].zoneLabel.restricted}`);
    expect(text).toContain('当前允许时段：2019年2月6日 06:00 至 2019年2月7日 00:00');
  });
  it('a projection is marked and its note quoted', () => {
    const text = humanText(verdict({ ...FIX.restricted, at: '2025-01-28T12:00:00+08:00', project: true }));
    expect(text).toContain('※推算结果');
    expect(text).toMatch(/※ 2025年春节期间没有已载入的通告/);
  });
});

describe('oneLine', () => {
  it('escapes every control character, so a message is one line', () => {
    expect(oneLine('a\nb\r\tc\x7f')).toBe('a\\x0ab\\x0d\\x09c\\x7f');
  });
  it('escapes the line separators, NEL and the bidi controls (a message that splits or reads reversed)', () => {
    expect(oneLine('a\u2028b\u2029c\u0085d\u202ee\u2066f\u2069')).toBe('a\\u2028b\\u2029c\\x85d\\u202ee\\u2066f\\u2069');
    expect(oneLine('钦州 21.9')).toBe('钦州 21.9');
  });
  it('a bad flag value is echoed escaped, on one line, in text and --json mode alike', async () => {
    for (const json of [[], ['--json']]) {
      let out = '';
      let err = '';
      const code = await main(['--lat', '21\u2028.9\u202e', '--lng', '108.6', ...json], { out: (s) => (out += s), err: (s) => (err += s) });
      expect([code, out]).toEqual([2, '']);
      expect(err).toBe('--lat: "21\\u2028.9\\u202e" is not a decimal number; expected decimal degrees in [-90, 90]\n');
    }
  });
});
