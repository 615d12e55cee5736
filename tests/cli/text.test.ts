import { describe, expect, it } from 'vitest';
import { humanText, oneLine } from '../../src/cli/text';
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
});
