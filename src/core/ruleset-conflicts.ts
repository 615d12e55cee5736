/**
 * Rule sets that cannot be loaded together: two with one id (a file reusing `qinzhou-2019-1`
 * would silently stand in for the real notice), or two whose periods overlap (which notice
 * answers an instant in both would depend on load order). createEngine() refuses them; the CLI
 * asks first, to blame --ruleset.
 */
import { realSeason, type RuleSet } from './ruleset';

/** What keeps these validated rule sets from loading together, in one line; null when nothing does. */
export function ruleSetConflict(sets: readonly RuleSet[]): string | null {
  for (let i = 0; i < sets.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = sets[j]!, b = sets[i]!;
      if (a.id === b.id) return `rule set ${b.id}: a rule set with this id is already loaded (${a.docNo})`;
      const pa = realSeason(a)?.period, pb = realSeason(b)?.period;
      if (pa && pb && pa.start < pb.end && pb.start < pa.end) {
        return `rule set ${b.id}: its period ${b.period.start}–${b.period.end} overlaps that of ${a.id} (${a.period.start}–${a.period.end})`;
      }
    }
  }
  return null;
}
