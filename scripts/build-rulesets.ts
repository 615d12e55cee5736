/**
 * Writes public/data/rulesets.json: the notices the app answers from (src/core/rulesets/, as
 * listed in its index.ts, validated), served as data beside the zones so a new notice ships like
 * a zone change (and a browser test can serve another file in its place). Run after changing a
 * notice: npm run rulesets (tests/tooling/rulesets-data.test.ts fails while the
 * file is stale).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundledRuleSets } from '../src/core/index';

/** The file's exact text, one notice per line (small diffs when one changes). */
export function ruleSetsJson(): string {
  return '[\n' + bundledRuleSets().map((rs) => JSON.stringify(rs)).join(',\n') + '\n]\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(new URL('../public/data/rulesets.json', import.meta.url), ruleSetsJson());
  console.log('wrote public/data/rulesets.json');
}
