/**
 * The open-water rule (geo/README.md, "Coastline, port areas and open water"): a position is at
 * sea when it lies in a zone feature of kind "sea" and in no prohibited zone of the rule set; it
 * is answered `outside` with the reason 海上, instead of trusting the county outlines (about
 * 700 m off) over water. The sea feature is the water side of the mapped coastline farther than
 * its `allowanceM` from it, so piers, quays and reclaimed land near the shore are not in it and
 * are classified by county as before. rule-area.ts applies the precedence; this module says
 * which features are sea and what the answer reads.
 */
import type { DecisionContext } from './decide';
import type { Reason } from './types';

/** Ids of the features of kind "sea", in any zone list that carries properties. */
export function seaIdsOf(zones: readonly { id: string; properties: Record<string, unknown> }[]): ReadonlySet<string> {
  return new Set(zones.filter((z) => z.properties.kind === 'sea').map((z) => z.id));
}

/** The decisive reason of an `outside` answer and the verdict's summary line. */
export interface OutsideReason {
  reason: Reason;
  summary: string;
}

/** The decisive citation of an answer at sea. */
export const SEA_CITE = '海上（开阔水面，据 OpenStreetMap 海岸线）';

/** 海上: where open water begins and that the notice does not reach it (the answer is `outside`, decide.ts). */
export function seaReason(ctx: DecisionContext, counties: string): OutsideReason {
  const rs = ctx.areaRuleSet;
  const p = ctx.area.zoneId ? ctx.zoneProps(ctx.area.zoneId) : undefined;
  const allowance = Number.isFinite(p?.allowanceM) ? `${p!.allowanceM} 米` : '一定距离';
  const text =
    `此位置在海上：OpenStreetMap 海岸线向海一侧 ${allowance}以外的开阔水面` +
    `${Number.isFinite(p?.maxErrorM) ? `（这条界线的误差上限 ${p!.maxErrorM} 米）` : ''}。` +
    `本查询按${rs.jurisdiction}各县区（${counties}）的陆域界线判断${rs.docNo}的适用范围，海上不在其内。` +
    `离岸 ${allowance}以内的码头、栈桥和填海陆地仍按所在县区判断。`;
  return {
    reason: { cite: SEA_CITE, text, role: 'decisive', summary: `海上，${rs.docNo}不适用。`, kind: 'rule' },
    summary: `海上（开阔水面），不在${rs.jurisdiction}陆域县区范围内，本通告不适用`,
  };
}
