/** public/data/rulesets.json (what the app loads) is exactly the core's bundled notices. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleSetsJson } from '../../scripts/build-rulesets';

describe('public/data/rulesets.json', () => {
  it('is what scripts/build-rulesets.ts makes from src/core/rulesets (npm run rulesets after changing a notice)', () => {
    expect(readFileSync(new URL('../../public/data/rulesets.json', import.meta.url), 'utf8')).toBe(ruleSetsJson());
  });
});
