/**
 * Which area of a rule set a point falls in, from the ids of the zone features that contain it:
 * a prohibited zone, a county of the restricted zone, a county that sets its own rules, or none.
 */
import type { RuleSet } from './ruleset';

export interface RuleArea {
  kind: 'prohibited' | 'restricted' | 'delegated' | 'outside';
  zoneId: string | null;
  /** The article that makes this area what it is (null outside). */
  article: string | null;
}

/** Prohibited zones win over the county they lie in; the order of `ids` does not matter. */
export function ruleAreaOf(rs: RuleSet, ids: string[]): RuleArea {
  const prohibited = rs.prohibited.zones.find((z) => ids.includes(z.zoneId));
  if (prohibited) return { kind: 'prohibited', zoneId: prohibited.zoneId, article: prohibited.article };
  const county = ids.find((id) => rs.restricted.countyZoneIds.includes(id));
  if (county) return { kind: 'restricted', zoneId: county, article: rs.restricted.article };
  const delegated = rs.delegated ? ids.find((id) => rs.delegated!.countyZoneIds.includes(id)) : undefined;
  if (delegated) return { kind: 'delegated', zoneId: delegated, article: rs.delegated!.article };
  return { kind: 'outside', zoneId: null, article: null };
}

/** Class of answer an area gets under a rule set; boundaries between equal classes don't matter. */
export function answerClass(rs: RuleSet, ids: string[]): string {
  const a = ruleAreaOf(rs, ids);
  return a.kind === 'delegated' ? `delegated:${a.zoneId}` : a.kind;
}

/**
 * Everything answerClass() reads from a rule set, as one string: rule sets with equal keys draw
 * the same boundaries, so they share one relevance mask (the compact file carries masks by key).
 */
export function answerClassKey(rs: RuleSet): string {
  const ids = (list: string[] | undefined) => [...new Set(list ?? [])].sort().join(',');
  return `prohibited:${ids(rs.prohibited.zones.map((z) => z.zoneId))};restricted:${ids(rs.restricted.countyZoneIds)};delegated:${ids(rs.delegated?.countyZoneIds)}`;
}
