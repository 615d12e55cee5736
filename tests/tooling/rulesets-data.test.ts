/** public/data/rulesets.json (what the app loads) is exactly the core's bundled notices. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleSetsJson } from '../../scripts/build-rulesets';
import { ruleSetConflict, validateRuleSet } from '../../src/core/index';

describe('public/data/rulesets.json', () => {
  it('is what scripts/build-rulesets.ts makes from src/core/rulesets (npm run rulesets after changing a notice)', () => {
    expect(readFileSync(new URL('../../public/data/rulesets.json', import.meta.url), 'utf8')).toBe(ruleSetsJson());
  });
  it('holds no two rule sets that cannot load together (one id twice, overlapping periods): the app’s engine does not check again', () => {
    const json = JSON.parse(readFileSync(new URL('../../public/data/rulesets.json', import.meta.url), 'utf8')) as unknown;
    const sets = (json as unknown[]).map(validateRuleSet);
    expect(sets.length).toBeGreaterThan(0);
    expect(ruleSetConflict(sets)).toBeNull();
  });
});
