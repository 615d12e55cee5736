/**
 * Relevance masks: per boundary segment, 1 when the points 1 m either side of its midpoint get
 * different classes of answer under a rule set. Only those segments count for the boundary
 * distance (the 钦南区/钦北区 line inside the prohibited 主城区 does not). Decided at data-build
 * time for the bundled notices; for any other rule set when it is first needed.
 */
import type { BoundaryIndex } from './geometry/boundary-index';
import type { ZoneIndex } from './geometry/zone-index';
import { answerClass } from './rule-area';
import type { RuleSet } from './ruleset';

export function relevanceMask(rs: RuleSet, zones: ZoneIndex, boundary: BoundaryIndex): Uint8Array {
  const sides = boundary.sideSamples();
  const mask = new Uint8Array(boundary.size);
  for (let i = 0; i < boundary.size; i++) {
    const a = answerClass(rs, zones.containing(sides[i * 4]!, sides[i * 4 + 1]!));
    const b = answerClass(rs, zones.containing(sides[i * 4 + 2]!, sides[i * 4 + 3]!));
    mask[i] = a === b ? 0 : 1;
  }
  return mask;
}
