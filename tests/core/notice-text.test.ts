/**
 * Every article text in the rule set is verbatim from the notice (shared/notice/, which sits
 * beside the repository on developer machines and in CI).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { BUNDLED_RULE_SETS } from '../../src/core/index';

const NOTICE = new URL('../../../shared/notice/qinzhou-2019-1.md', import.meta.url);

describe.skipIf(!existsSync(NOTICE))('rule-set texts are verbatim', () => {
  const md = existsSync(NOTICE) ? readFileSync(NOTICE, 'utf8') : '';
  // The quoted notice: lines starting with "> ", joined per paragraph.
  const quoted = md.split('\n').filter((l) => l.startsWith('>')).map((l) => l.replace(/^>\s?/, '')).join('\n');
  const rs = BUNDLED_RULE_SETS.find((r) => r.id === 'qinzhou-2019-1')!;
  it.each(rs.articles.map((a) => [a.cite, a.text]))('%s', (_cite, text) => {
    expect(quoted).toContain(text);
  });
  it('title and document number match', () => {
    expect(quoted).toContain(rs.title);
    expect(quoted).toContain(rs.docNo);
  });
});
