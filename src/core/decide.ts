/**
 * The decision itself: from where (the rule area a point falls in), when (the season) and what
 * (the activity) to a status with its reasons. Pure; geometry and input handling happen in
 * engine.ts, the reasons' wording in reasons.ts.
 *
 * Each case decides first (status, zone, window, next, period and the article that decides),
 * then, when the context asks for it (`explain`), words the reasons and the summary. A batch
 * table prints only the decision and the decisive article's citation (engine evaluateRow), so it
 * skips the wording; the decision is the same code either way.
 */
import type { Activity, Reason, Status, ZoneClass, ZoneProperties } from './types';
import type { RuleSet, SeasonSchedule, Span } from './ruleset';
import type { RuleArea } from './rule-area';
import { chinaDateOf, chinaMidnight, formatChinaHuman, parseCivilDate } from './china-time';
import { LUNAR_TABLE_FIRST_YEAR, LUNAR_TABLE_LAST_YEAR, seasonFacts } from './calendar';
import { baseline30, cite, citeOf, countyNames, dayRange, lunarPeriodName, penaltyReasons, placeKindReason, projectionReason, spanHuman } from './reasons';
import { SEA_CITE, seaReason, type OutsideReason } from './sea';

/** Everything decide() needs, gathered by the engine for one evaluation. */
export interface DecisionContext {
  t: number;
  activity: Activity;
  project: boolean;
  area: RuleArea;
  /** The same point's area under another rule set (zones differ from notice to notice). */
  areaIn: (rs: RuleSet) => RuleArea;
  areaRuleSet: RuleSet;
  season: SeasonSchedule | null;
  inForce: RuleSet | null;
  /** The season t falls in, if any, then the next (timeline.seasonsFrom), for `next` and the period. */
  ahead: SeasonSchedule[];
  /** Whether the reasons and the summary are worded (false: the decision and `decisive` only). */
  explain: boolean;
  /** No lunar table for t's year to project with (worded as a reason: read only when explaining). */
  projectionUnavailable: boolean;
  zoneProps: (id: string) => Partial<ZoneProperties> | undefined;
  latest: RuleSet;
  seasons: SeasonSchedule[];
}

/** A notice period as it applies to one place. */
export interface PlacePeriod {
  season: SeasonSchedule;
  zone: 'prohibited' | 'restricted';
}

export interface Decision {
  status: Status;
  zone: ZoneClass;
  ruleSet: string | null;
  projected: boolean;
  /** The decisive reason's citation: what decides the answer (also when the reasons are not worded). */
  decisive: string;
  /** Empty unless the context asks for the wording (`explain`). */
  reasons: Reason[];
  window: Span | null;
  next: { span: Span; season: SeasonSchedule } | null;
  period: PlacePeriod | null;
  /** Empty unless the context asks for the wording (`explain`). */
  summary: string;
}

/** What a case decided, before any wording. */
type Decided = Omit<Decision, 'reasons' | 'summary'>;
/** The reasons of a decision made without its wording. */
const UNWORDED: Reason[] = Object.freeze([]) as unknown as Reason[];

/**
 * The Decision of what a case decided, with its wording (if any). Built here in one shape, not
 * spread in each case: a batch reads a million of them, and spread objects cost a copy each.
 */
function decision(d: Decided, reasons: Reason[] = UNWORDED, summary = ''): Decision {
  return { status: d.status, zone: d.zone, ruleSet: d.ruleSet, projected: d.projected, decisive: d.decisive, reasons, window: d.window, next: d.next, period: d.period, summary };
}

function zoneLabel(ctx: DecisionContext, id: string | null): string {
  if (!id) return '';
  return ctx.zoneProps(id)?.name ?? id;
}

/** What lies ahead for this place: the period it is in or the next one, and the next allowed window (across year ends). */
function lookAhead(ctx: DecisionContext): { period: PlacePeriod | null; next: Decision['next'] } {
  let period: PlacePeriod | null = null;
  let next: Decision['next'] = null;
  for (const season of ctx.ahead) {
    const kind = ctx.areaIn(season.ruleSet).kind;
    if (kind !== 'prohibited' && kind !== 'restricted') break;
    period ??= { season, zone: kind };
    if (kind === 'restricted') {
      const w = season.windows.find((x) => x.start > ctx.t);
      if (w) {
        next = { span: w, season };
        break;
      }
    }
  }
  return { period, next };
}

/** `outside`: no notice reaches the place — beyond the counties' land outlines, or 海上 (./sea.ts). */
function outsideDecision(ctx: DecisionContext): Decision {
  const rs = ctx.areaRuleSet;
  const decided: Decided = { status: 'outside', zone: null, ruleSet: null, projected: false, decisive: ctx.area.kind === 'sea' ? SEA_CITE : outsideCite(rs), window: null, next: null, period: null };
  if (!ctx.explain) return decision(decided);
  const counties = countyNames(rs, (id) => zoneLabel(ctx, id));
  const why: OutsideReason =
    ctx.area.kind === 'sea'
      ? seaReason(ctx, counties)
      : {
          reason: {
            cite: outsideCite(rs),
            text: `此位置不在${rs.jurisdiction}陆域行政区域（${counties}）的县级界线数据之内，${rs.docNo}不适用。海域不在县级界线数据范围内。`,
            role: 'decisive',
            summary: `不在${rs.jurisdiction}范围内，请查询当地规定。`,
            kind: 'rule',
          },
          summary: `不在${rs.jurisdiction}陆域行政区域内（据县级界线数据），本通告不适用`,
        };
  return decision(decided, [why.reason, baseline30], why.summary);
}

/** The citation that decides a place beyond the counties' land outlines. */
const outsideCite = (rs: RuleSet) => `${rs.jurisdiction}行政区域（县级界线数据）`;

function delegatedDecision(ctx: DecisionContext): Decision | null {
  const rs = ctx.inForce ?? ctx.season?.ruleSet ?? null;
  if (!rs || !rs.delegated) return null;
  const projected = !ctx.inForce && !!ctx.season?.projected;
  const decided: Decided = { status: 'county-rules', zone: null, ruleSet: rs.id, projected, decisive: citeOf(rs, rs.delegated.article), window: null, next: null, period: null };
  if (!ctx.explain) return decision(decided);
  const county = zoneLabel(ctx, ctx.area.zoneId);
  const reasons: Reason[] = [];
  if (projected && ctx.season) reasons.push(projectionReason(ctx.season));
  reasons.push(cite(rs, rs.delegated.article, 'rule', 'decisive', `${county}由县人民政府结合当地实际自行确定禁限放时间及区域，请以${county}的通告为准。`));
  reasons.push(baseline30);
  return decision(decided, reasons, `${county}自行确定禁限放时间及区域，请查询${county}的通告`);
}

/** What the coming period means for this place, as an advisory reason. */
function seasonAheadReason(period: PlacePeriod, next: Decision['next']): Reason {
  const { season, zone } = period;
  const rs = season.ruleSet;
  const mark = season.projected ? '（推算）' : '';
  const head = `下一个管控期间${mark}：${dayRange(season.period)}（农历${lunarPeriodName(rs)}）`;
  const tail =
    zone === 'prohibited'
      ? '，此处在禁放区域内，期间全天禁止燃放。'
      : next && next.season === season
        ? `，首个允许时段：${spanHuman(next.span)}。`
        : '。';
  const id = zone === 'prohibited' ? rs.prohibited.fireBanArticle : rs.restricted.windows.article;
  return cite(rs, id, 'season', 'advisory', head + tail);
}

/** With no period ahead and no projection: when the next Spring Festival is, a calendar fact. */
function calendarReason(ctx: DecisionContext): Reason | null {
  const year = chinaDateOf(ctx.t).year;
  for (const y of [year, year + 1]) {
    const f = seasonFacts(y);
    if (!f || chinaMidnight(f.newYear) <= ctx.t) continue;
    // The same few reasons (one per year and notice) on every row of a batch: made once each.
    const key = `${y} ${ctx.latest.docNo}`;
    let reason = calendarReasons.get(key);
    if (!reason) {
      const ny = `${f.newYear.year}年${f.newYear.month}月${f.newYear.day}日`;
      reason = {
        cite: '农历（GB/T 33661-2017）',
        text: `下一个春节：${ny}（正月初一）。已载入的通告不涵盖该年春节；可按${ctx.latest.docNo}的规律推算（project），推算结果标明为推算。`,
        role: 'advisory',
        kind: 'calendar',
      };
      calendarReasons.set(key, reason);
    }
    return { ...reason };
  }
  return null;
}
const calendarReasons = new Map<string, Reason>();

/** "钦政规〔2019〕1号：2019年2月1日至2月28日；…": the loaded notices' periods, once per engine. */
function periodsText(seasons: readonly SeasonSchedule[]): string {
  let text = periodsTexts.get(seasons);
  if (text === undefined) periodsTexts.set(seasons, (text = seasons.map((s) => `${s.ruleSet.docNo}：${dayRange(s.period)}`).join('；')));
  return text;
}
const periodsTexts = new WeakMap<readonly SeasonSchedule[], string>();

function noNotice(ctx: DecisionContext): Decision {
  const rs = ctx.latest;
  const zone: ZoneClass = ctx.area.kind === 'prohibited' ? 'prohibited' : ctx.area.kind === 'restricted' ? 'restricted' : null;
  const sell = ctx.activity === 'sell';
  const ahead: ReturnType<typeof lookAhead> = !sell && zone ? lookAhead(ctx) : { period: null, next: null };
  // Selling: the notice is not in force yet. Firing: the article that sets this kind of place's
  // period (the restricted-zone rule for a village, the ban for a prohibited zone).
  const article = sell ? rs.inForce.article : zone === 'restricted' ? rs.restricted.windows.article : zone === 'prohibited' ? rs.prohibited.fireBanArticle : rs.period.article;
  const decided: Decided = { status: 'no-notice', zone, ruleSet: null, projected: false, decisive: citeOf(rs, article), window: null, next: ahead.next, period: ahead.period };
  if (!ctx.explain) return decision(decided);
  const when = formatChinaHuman(ctx.t);
  const reasons: Reason[] = [];
  let summary: string;
  if (sell) {
    const pub = parseCivilDate(rs.inForce.from);
    summary = `${when}早于${rs.docNo}施行（${pub.year}年${pub.month}月${pub.day}日），无已载入的通告`;
    reasons.push(cite(rs, article, 'rule', 'decisive', summary + '。'));
  } else {
    const real = periodsText(ctx.seasons);
    const p = ahead.period?.season;
    summary =
      `${when}不在已载入通告的燃放管控期间内（${real}）` +
      (p ? `；下一个管控期间${p.projected ? '（推算）' : ''}：${dayRange(p.period)}` : '');
    reasons.push(cite(rs, article, 'rule', 'decisive', summary + '。'));
    if (ahead.period) reasons.push(seasonAheadReason(ahead.period, ahead.next));
    if (ctx.projectionUnavailable) {
      reasons.push({
        cite: '推算',
        text: `农历年表只覆盖${LUNAR_TABLE_FIRST_YEAR}–${LUNAR_TABLE_LAST_YEAR}年，无法推算${chinaDateOf(ctx.t).year}年。`,
        role: 'advisory',
        kind: 'calendar',
      });
    } else if (!ahead.period && zone) {
      const cal = calendarReason(ctx);
      if (cal) reasons.push(cal);
    }
    // What holds all year while the notice is in force, whatever the season.
    const inForce = ctx.inForce;
    if (inForce?.sales && zone && ctx.t >= chinaMidnight(parseCivilDate(inForce.sales.prohibitedBanFrom))) {
      reasons.push(
        cite(inForce, inForce.sales.article, 'sales', 'advisory',
          zone === 'prohibited' ? '此处在禁放区域内：全年禁止设置烟花爆竹经销点。' : '限放区域内的经销点须按规划布设并取得零售许可。'),
      );
    }
  }
  reasons.push(baseline30);
  return decision(decided, reasons, summary);
}

function fireDecision(ctx: DecisionContext, season: SeasonSchedule): Decision {
  const rs = season.ruleSet;
  const { period, next } = lookAhead(ctx);
  const prohibited = ctx.area.kind === 'prohibited';
  // Restricted zone: allowed only inside a window.
  const window = prohibited ? null : season.windows.find((w) => ctx.t >= w.start && ctx.t < w.end) ?? null;
  const article = prohibited ? rs.prohibited.fireBanArticle : rs.restricted.windows.article;
  const decided: Decided = {
    status: window ? 'allowed' : 'banned',
    zone: prohibited ? 'prohibited' : 'restricted',
    ruleSet: rs.id,
    projected: season.projected,
    decisive: citeOf(rs, article),
    window,
    next,
    period,
  };
  if (!ctx.explain) return decision(decided);
  const reasons: Reason[] = [];
  if (season.projected) reasons.push(projectionReason(season));
  const zoneName = zoneLabel(ctx, ctx.area.zoneId);
  const pk = placeKindReason(rs);
  if (prohibited) {
    reasons.push(cite(rs, article, 'rule', 'decisive', `此处在禁放区域（${zoneName}）内，${dayRange(season.period)}期间禁止燃放烟花爆竹。`));
    reasons.push(cite(rs, ctx.area.article!, 'zone', undefined, `禁放区域：${zoneName}。`));
    for (const ex of rs.prohibited.exceptions) {
      if (ex.zoneIds.includes(ctx.area.zoneId!)) reasons.push(cite(rs, ex.article, 'exception', 'advisory', ex.summary));
    }
    if (pk) reasons.push(pk);
    reasons.push(...penaltyReasons(rs), baseline30);
    return decision(decided, reasons, `禁止燃放（禁放区域：${zoneName}${season.projected ? '；推算' : ''}）`);
  }
  const tail = season.projected ? '；推算' : '';
  // A window in a later season than this one is said with its own basis.
  const nextMark = next && next.season !== season && next.season.projected && !season.projected ? '（推算）' : '';
  let summary: string;
  let decisive: string;
  if (window) {
    summary = `允许燃放（限放区域，本时段至${formatChinaHuman(window.end)}${tail}）`;
    decisive = `此处在限放区域内，当前在允许燃放的时段内（${spanHuman(window)}）。`;
  } else {
    const inSeason = next && next.season === season;
    summary = `禁止燃放（限放区域，当前不在允许时段${next ? `；下一个允许时段${nextMark}自${formatChinaHuman(next.span.start)}起` : ''}${tail}）`;
    decisive =
      `此处在限放区域内，当前不在允许燃放的时段内` +
      (inSeason ? `；下一个允许时段：${spanHuman(next.span)}` : next ? `；本期间内已无允许时段，下一个允许时段${nextMark}：${spanHuman(next.span)}` : '；本期间内已无允许时段') +
      '。';
  }
  reasons.push(cite(rs, article, 'rule', 'decisive', decisive));
  reasons.push(cite(rs, rs.restricted.article, 'zone', undefined, `${zoneName}内禁放区域以外的地方为限放区域。`));
  if (pk) reasons.push(pk);
  reasons.push(...penaltyReasons(rs));
  reasons.push(baseline30);
  return decision(decided, reasons, summary);
}

function sellDecision(ctx: DecisionContext): Decision | null {
  const rs = ctx.inForce;
  if (!rs || !rs.sales) return null;
  const prohibited = ctx.area.kind === 'prohibited';
  if (prohibited && ctx.t < chinaMidnight(parseCivilDate(rs.sales.prohibitedBanFrom))) return null;
  const decided: Decided = {
    status: prohibited ? 'banned' : 'allowed',
    zone: prohibited ? 'prohibited' : 'restricted',
    ruleSet: rs.id,
    projected: false,
    decisive: citeOf(rs, rs.sales.article),
    window: null,
    next: null,
    period: null,
  };
  if (!ctx.explain) return decision(decided);
  const zoneName = zoneLabel(ctx, ctx.area.zoneId);
  if (prohibited) {
    return decision(
      decided,
      [
        cite(rs, rs.sales.article, 'sales', 'decisive', `此处在禁放区域（${zoneName}）内，全年禁止设置烟花爆竹经销点。`),
        cite(rs, ctx.area.article!, 'zone', undefined, `禁放区域：${zoneName}。`),
        baseline30,
      ],
      `禁止设置烟花爆竹经销点（禁放区域：${zoneName}）`,
    );
  }
  return decision(
    decided,
    [
      cite(rs, rs.sales.article, 'sales', 'decisive', '此处在限放区域内：经销点按合理布局、总量控制、逐步减少的原则布设。'),
      cite(rs, rs.sales.article, 'sales', 'advisory', '经销点须依法取得烟花爆竹零售许可，并服从布点规划；能否在此处设点由主管部门审批决定。'),
      cite(rs, rs.restricted.article, 'zone', undefined, `${zoneName}内禁放区域以外的地方为限放区域。`),
      baseline30,
    ],
    '可依法设置烟花爆竹经销点（限放区域；须取得零售许可并符合布点规划）',
  );
}

export function decide(ctx: DecisionContext): Decision {
  if (ctx.area.kind === 'sea' || ctx.area.kind === 'outside') return outsideDecision(ctx);
  if (ctx.area.kind === 'delegated') return delegatedDecision(ctx) ?? noNotice(ctx);
  if (ctx.activity === 'sell') return sellDecision(ctx) ?? noNotice(ctx);
  return ctx.season ? fireDecision(ctx, ctx.season) : noNotice(ctx);
}
