/**
 * Every article text in the rule set is verbatim from the notice. docs/notice/ holds a copy of the
 * shared notice file (government notices are not under copyright), so this never depends on
 * what sits beside the repository.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { bundledRuleSets } from '../../src/core/index';
import national from '../../src/core/rulesets/national-baseline.json';

const NOTICE = new URL('../../docs/notice/qinzhou-2019-1.md', import.meta.url);

describe('rule-set texts are verbatim', () => {
  const md = readFileSync(NOTICE, 'utf8');
  // The quoted notice: lines starting with "> ", joined per paragraph.
  const quoted = md.split('\n').filter((l) => l.startsWith('>')).map((l) => l.replace(/^>\s?/, '')).join('\n');
  const rs = bundledRuleSets().find((r) => r.id === 'qinzhou-2019-1')!;
  it.each(rs.articles.map((a) => [a.cite, a.text]))('%s', (_cite, text) => {
    expect(quoted).toContain(text);
  });
  it('title and document number match', () => {
    expect(quoted).toContain(rs.title);
    expect(quoted).toContain(rs.docNo);
  });
});

describe('national baseline against the shared paraphrase', () => {
  const md = readFileSync(NOTICE, 'utf8');
  it('第三十条 names every kind of place the shared notes list', () => {
    const art30 = national.articles.find((a) => a.id === '第三十条')!.text;
    const listed = /第三十条 forbids setting off\s+fireworks at: ([^]*?)\.\n/.exec(md)?.[1] ?? '';
    const items = listed.replace(/\s+/g, '').split(/;/).map((s) => s.trim()).filter(Boolean);
    expect(items.length).toBe(7);
    for (const item of items) expect(art30).toContain(item);
  });
});

describe('glosses are data, keyed by article id', () => {
  const rs = bundledRuleSets().find((r) => r.id === 'qinzhou-2019-1')!;
  it('every article of the notice and of the national baseline has an English gloss', () => {
    for (const a of [...rs.articles, ...national.articles]) expect(a.gloss, a.id).toMatch(/^[A-Z(][^\n]{20,}[.)]$/);
  });
  it('a reason quoting an article carries that article’s id and gloss (national ones by id, not by position)', async () => {
    const { fixtureEngine, FIX } = await import('./helpers');
    const engine = fixtureEngine();
    const byId = new Map([...rs.articles, ...national.articles].map((a) => [a.id, a]));
    for (const place of Object.values(FIX)) {
      for (const at of ['2019-02-06T06:00:00+08:00', '2019-02-06T05:00:00+08:00', '2026-12-01T12:00:00+08:00']) {
        const v = engine.evaluate({ ...place, at, project: true });
        if (!('reasons' in v)) throw new Error('no verdict');
        for (const r of v.reasons.filter((x) => x.article && x.kind !== 'place-kind')) {
          const a = byId.get(r.article!)!;
          expect([r.cite, r.text, r.gloss]).toEqual([a.cite, a.text, a.gloss]);
        }
      }
    }
  });
});
