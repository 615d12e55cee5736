/**
 * The decision itself: from where (the rule area a point falls in), when (the season) and what
 * (the activity) to a status with its reasons. Pure; geometry and input handling happen in
 * engine.ts, the reasons' wording in reasons.ts.
 */
import type { Activity, Reason, Status, ZoneClass, ZoneProperties } from './types';
import type { RuleSet, SeasonSchedule, Span } from './ruleset';
import type { RuleArea } from './rule-area';
import { chinaDateOf, chinaMidnight, formatChinaHuman, parseCivilDate } from './china-time';
import { LUNAR_TABLE_FIRST_YEAR, LUNAR_TABLE_LAST_YEAR } from './calendar';
import { baseline30, cite, dayRange, penaltyReasons, placeKindReason, projectionReason, spanHuman } from './reasons';
import { seaDecision } from './sea';

/** Everything decide() needs, gathered by the engine for one evaluation. */
export interface DecisionContext {
  t: number;
  activity: Activity;
  project: boolean;
  area: RuleArea;
  areaRuleSet: RuleSet;
  season: SeasonSchedule | null;
  inForce: RuleSet | null;
  upcoming: SeasonSchedule | null;
  projectionUnavailable: boolean;
  zoneProps: (id: string) => Partial<ZoneProperties> | undefined;
  latest: RuleSet;
  seasons: SeasonSchedule[];
}

export interface Decision {
  status: Status;
  zone: ZoneClass;
  ruleSet: string | null;
  projected: boolean;
  reasons: Reason[];
  window: Span | null;
  next: Span | null;
  summary: string;
}

function zoneLabel(ctx: DecisionContext, id: string | null): string {
  if (!id) return '';
  return ctx.zoneProps(id)?.name ?? id;
}

function outsideDecision(ctx: DecisionContext): Decision {
  const rs = ctx.areaRuleSet;
  const counties = [...rs.restricted.countyZoneIds, ...(rs.delegated?.countyZoneIds ?? [])]
    .map((id) => ctx.zoneProps(id)?.name ?? id)
    .join('、');
  const text =
    `此位置不在${rs.jurisdiction}陆域行政区域（${counties}）的县级界线数据之内，${rs.docNo}不适用。` +
    `海域不在县级界线数据范围内。`;
  return {
    status: 'outside',
    zone: null,
    ruleSet: null,
    projected: false,
    reasons: [
      { cite: `${rs.jurisdiction}行政区域（县级界线数据）`, text, role: 'decisive', summary: `不在${rs.jurisdiction}范围内，请查询当地规定。` },
      baseline30,
    ],
    window: null,
    next: null,
    summary: `不在${rs.jurisdiction}陆域行政区域内（据县级界线数据），本通告不适用`,
  };
}

function delegatedDecision(ctx: DecisionContext): Decision | null {
  const rs = ctx.inForce ?? ctx.season?.ruleSet ?? null;
  if (!rs || !rs.delegated) return null;
  const projected = !ctx.inForce && !!ctx.season?.projected;
  const county = zoneLabel(ctx, ctx.area.zoneId);
  const reasons: Reason[] = [];
  if (projected && ctx.season) reasons.push(projectionReason(ctx.season));
  reasons.push(cite(rs, rs.delegated.article, 'decisive', `${county}由县人民政府结合当地实际自行确定禁限放时间及区域，请以${county}的通告为准。`));
  reasons.push(baseline30);
  return {
    status: 'county-rules',
    zone: null,
    ruleSet: rs.id,
    projected,
    reasons,
    window: null,
    next: null,
    summary: `${county}自行确定禁限放时间及区域，请查询${county}的通告`,
  };
}

function noNotice(ctx: DecisionContext): Decision {
  const rs = ctx.latest;
  const zone: ZoneClass = ctx.area.kind === 'prohibited' ? 'prohibited' : ctx.area.kind === 'restricted' ? 'restricted' : null;
  const when = formatChinaHuman(ctx.t);
  const reasons: Reason[] = [];
  let summary: string;
  let next: Span | null = null;
  if (ctx.activity === 'sell') {
    const pub = parseCivilDate(rs.inForce.from);
    summary = `${when}早于${rs.docNo}施行（${pub.year}年${pub.month}月${pub.day}日），无已载入的通告`;
    reasons.push(cite(rs, rs.inForce.article, 'decisive', summary + '。'));
  } else {
    const real = ctx.seasons.map((s) => `${s.ruleSet.docNo}：${dayRange(s.period)}`).join('；');
    summary = `${when}不在已载入通告的期间内（${real}）`;
    reasons.push(cite(rs, rs.period.article, 'decisive', summary + '。'));
    if (ctx.upcoming && zone === 'restricted') {
      next = ctx.upcoming.windows.find((w) => w.start > ctx.t) ?? null;
      if (next) {
        reasons.push({
          ...cite(ctx.upcoming.ruleSet, ctx.upcoming.ruleSet.restricted.windows.article, 'advisory'),
          summary: `${ctx.upcoming.projected ? '（推算）' : ''}本年度期间自${formatChinaHuman(ctx.upcoming.period.start)}开始，首个允许时段：${spanHuman(next)}。`,
        });
      }
    }
    if (ctx.projectionUnavailable) {
      reasons.push({
        cite: '推算',
        text: `农历年表只覆盖${LUNAR_TABLE_FIRST_YEAR}–${LUNAR_TABLE_LAST_YEAR}年，无法推算${chinaDateOf(ctx.t).year}年。`,
        role: 'advisory',
      });
    } else if (!ctx.project) {
      reasons.push({
        cite: '推算',
        text: `可选择按${rs.docNo}的模式推算其他年份（project），结果标明为推算。`,
        role: 'advisory',
      });
    }
  }
  reasons.push(baseline30);
  return { status: 'no-notice', zone, ruleSet: null, projected: false, reasons, window: null, next, summary };
}

function fireDecision(ctx: DecisionContext, season: SeasonSchedule): Decision {
  const rs = season.ruleSet;
  const reasons: Reason[] = [];
  if (season.projected) reasons.push(projectionReason(season));
  const zoneName = zoneLabel(ctx, ctx.area.zoneId);
  const periodText = dayRange(season.period);
  const pk = placeKindReason(rs);
  if (ctx.area.kind === 'prohibited') {
    reasons.push(cite(rs, rs.prohibited.fireBanArticle, 'decisive', `此处在禁放区域（${zoneName}）内，${periodText}期间禁止燃放烟花爆竹。`));
    reasons.push(cite(rs, ctx.area.article!, undefined, `禁放区域：${zoneName}。`));
    for (const ex of rs.prohibited.exceptions) {
      if (ex.zoneIds.includes(ctx.area.zoneId!)) reasons.push(cite(rs, ex.article, 'advisory', ex.summary));
    }
    if (pk) reasons.push(pk);
    reasons.push(...penaltyReasons(rs), baseline30);
    return {
      status: 'banned',
      zone: 'prohibited',
      ruleSet: rs.id,
      projected: season.projected,
      reasons,
      window: null,
      next: null,
      summary: `禁止燃放（禁放区域：${zoneName}${season.projected ? '；推算' : ''}）`,
    };
  }
  // Restricted zone: allowed only inside a window.
  const i = season.windows.findIndex((w) => ctx.t >= w.start && ctx.t < w.end);
  const window = i >= 0 ? season.windows[i]! : null;
  const next = season.windows.find((w) => w.start > ctx.t) ?? null;
  const tail = season.projected ? '；推算' : '';
  let summary: string;
  let decisive: string;
  if (window) {
    summary = `允许燃放（限放区域，本时段至${formatChinaHuman(window.end)}${tail}）`;
    decisive = `此处在限放区域内，当前在允许燃放的时段内（${spanHuman(window)}）。`;
  } else {
    summary = `禁止燃放（限放区域，当前不在允许时段${next ? `；下一个允许时段自${formatChinaHuman(next.start)}起` : ''}${tail}）`;
    decisive = `此处在限放区域内，当前不在允许燃放的时段内${next ? `；下一个允许时段：${spanHuman(next)}` : '；本期间内已无允许时段'}。`;
  }
  reasons.push(cite(rs, rs.restricted.windows.article, 'decisive', decisive));
  reasons.push(cite(rs, rs.restricted.article, undefined, `${zoneName}内禁放区域以外的地方为限放区域。`));
  if (pk) reasons.push(pk);
  if (!window) reasons.push(...penaltyReasons(rs));
  reasons.push(baseline30);
  return {
    status: window ? 'allowed' : 'banned',
    zone: 'restricted',
    ruleSet: rs.id,
    projected: season.projected,
    reasons,
    window,
    next,
    summary,
  };
}

function sellDecision(ctx: DecisionContext): Decision | null {
  const rs = ctx.inForce;
  if (!rs || !rs.sales) return null;
  const zoneName = zoneLabel(ctx, ctx.area.zoneId);
  if (ctx.area.kind === 'prohibited') {
    const from = chinaMidnight(parseCivilDate(rs.sales.prohibitedBanFrom));
    if (ctx.t < from) return null;
    return {
      status: 'banned',
      zone: 'prohibited',
      ruleSet: rs.id,
      projected: false,
      reasons: [
        cite(rs, rs.sales.article, 'decisive', `此处在禁放区域（${zoneName}）内，全年禁止设置烟花爆竹经销点。`),
        cite(rs, ctx.area.article!, undefined, `禁放区域：${zoneName}。`),
        baseline30,
      ],
      window: null,
      next: null,
      summary: `禁止设置烟花爆竹经销点（禁放区域：${zoneName}）`,
    };
  }
  return {
    status: 'allowed',
    zone: 'restricted',
    ruleSet: rs.id,
    projected: false,
    reasons: [
      cite(rs, rs.sales.article, 'decisive', '此处在限放区域内：经销点按合理布局、总量控制、逐步减少的原则布设。'),
      {
        ...cite(rs, rs.sales.article, 'advisory'),
        summary: '经销点须依法取得烟花爆竹零售许可，并服从布点规划；能否在此处设点由主管部门审批决定。',
      },
      cite(rs, rs.restricted.article, undefined, `${zoneName}内禁放区域以外的地方为限放区域。`),
      baseline30,
    ],
    window: null,
    next: null,
    summary: '可依法设置烟花爆竹经销点（限放区域；须取得零售许可并符合布点规划）',
  };
}

export function decide(ctx: DecisionContext): Decision {
  if (ctx.area.kind === 'sea') return seaDecision(ctx);
  if (ctx.area.kind === 'outside') return outsideDecision(ctx);
  if (ctx.area.kind === 'delegated') return delegatedDecision(ctx) ?? noNotice(ctx);
  if (ctx.activity === 'sell') return sellDecision(ctx) ?? noNotice(ctx);
  return ctx.season ? fireDecision(ctx, ctx.season) : noNotice(ctx);
}

