/**
 * Where a point is under a rule set: from the ids of the zone features containing it (file order)
 * to the kind of place the notice makes of it. Ids no rule set names (any new kind of feature)
 * are simply not matched.
 */
import type { Place } from './evaluate';
import type { RuleSet } from './ruleset';

export function locate(rs: RuleSet, ids: string[]): Place {
  const prohibited = rs.prohibited.zones.find((z) => ids.includes(z.zoneId));
  if (prohibited) return { kind: 'prohibited', zoneId: prohibited.zoneId, article: prohibited.article };
  const county = ids.find((id) => rs.restricted.countyZoneIds.includes(id));
  if (county) return { kind: 'restricted', zoneId: county, article: rs.restricted.article };
  const delegated = rs.delegated ? ids.find((id) => rs.delegated!.countyZoneIds.includes(id)) : undefined;
  if (delegated) return { kind: 'delegated', zoneId: delegated, article: rs.delegated!.article };
  return { kind: 'outside', zoneId: null, article: null };
}

/** Class of answer a place gets under a rule set; boundaries between equal classes don't matter. */
export function placeClass(rs: RuleSet, ids: string[]): string {
  const p = locate(rs, ids);
  return p.kind === 'delegated' ? `delegated:${p.zoneId}` : p.kind;
}

/**
 * Everything placeClass() reads from a rule set, as one string: rule sets with equal keys draw
 * the same boundaries, so they share one relevance mask (the compact file carries masks by key).
 */
export function placeClassKey(rs: RuleSet): string {
  const ids = (list: string[] | undefined) => [...new Set(list ?? [])].sort().join(',');
  return `prohibited:${ids(rs.prohibited.zones.map((z) => z.zoneId))};restricted:${ids(rs.restricted.countyZoneIds)};delegated:${ids(rs.delegated?.countyZoneIds)}`;
}
