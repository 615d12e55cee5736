/**
 * The decision itself: from where (place), when (season) and what (activity) to a status with
 * its reasons. Pure; geometry and input handling happen in engine.ts.
 */
import type { Activity, Reason, Status, ZoneClass, ZoneProperties } from './types';
import { article, type RuleSet, type Season, type Span } from './ruleset';
import { chinaDateOf, chinaMidnight, formatChinaHuman, parseCivilDate } from './china-time';
import { lunarDayName, LUNAR_TABLE_FIRST_YEAR, LUNAR_TABLE_LAST_YEAR } from './calendar';
import national from './rulesets/national-baseline.json';

export interface Place {
  kind: 'prohibited' | 'restricted' | 'delegated' | 'outside';
  zoneId: string | null;
  article: string | null;
}

export interface Context {
  t: number;
  activity: Activity;
  project: boolean;
  place: Place;
  placeRuleSet: RuleSet;
  season: Season | null;
  inForce: RuleSet | null;
  upcoming: Season | null;
  projectionUnavailable: boolean;
  zoneProps: (id: string) => Partial<ZoneProperties> | undefined;
  latest: RuleSet;
  seasons: Season[];
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

const ART30 = national.articles[0]!;
const ART42 = national.articles[1]!;

function cite(rs: RuleSet, id: string, role: Reason['role'], summary?: string): Reason {
  const a = article(rs, id);
  const r: Reason = { cite: a.cite, text: a.text };
  if (role) r.role = role;
  const s = summary ?? a.summary;
  if (s) r.summary = s;
  return r;
}

const baseline30: Reason = { cite: ART30.cite, text: ART30.text, role: 'advisory', summary: ART30.summary };
const baseline42: Reason = { cite: ART42.cite, text: ART42.text, role: 'advisory', summary: ART42.summary };

/** "2019年2月1日至2月28日" for an inclusive day range given as a half-open span. */
function dayRange(span: Span): string {
  const a = chinaDateOf(span.start);
  const b = chinaDateOf(span.end - 1);
  return a.year === b.year
    ? `${a.year}年${a.month}月${a.day}日至${b.month}月${b.day}日`
    : `${a.year}年${a.month}月${a.day}日至${b.year}年${b.month}月${b.day}日`;
}

function spanHuman(s: Span): string {
  return `${formatChinaHuman(s.start)} 至 ${formatChinaHuman(s.end)}`;
}

function zoneLabel(ctx: Context, id: string | null): string {
  if (!id) return '';
  return ctx.zoneProps(id)?.name ?? id;
}

function projectionReason(season: Season): Reason {
  const rs = season.ruleSet;
  const text =
    `${season.year}年春节期间没有已载入的通告。以下按${rs.docNo}的规则模式推算：期间取农历` +
    `${lunarDayName(rs.period.lunarStart)}至${lunarDayName(rs.period.lunarEnd)}` +
    `（${season.year}年为${dayRange(season.period)}），限放区域的允许时段按当年农历日期重新对应。` +
    `推算结果仅供参考，请以当年正式公布的通告为准。`;
  return { cite: `推算（依${rs.docNo}）`, text, role: 'advisory', summary: `推算：${season.year}年无通告，按${rs.docNo}模式估算。` };
}

function placeKindReason(rs: RuleSet): Reason | null {
  const pk = rs.placeKinds;
  if (!pk || pk.articles.length === 0) return null;
  const arts = pk.articles.map((id) => article(rs, id));
  const first = arts[0]!.cite;
  const lastId = pk.articles[pk.articles.length - 1]!;
  return {
    cite: pk.articles.length > 1 ? `${first}–${lastId.replace(/^.*?(\(.*\))$/, '$1')}` : first,
    text: arts.map((a) => a.text).join(''),
    role: 'advisory',
    ...(pk.summary ? { summary: pk.summary } : {}),
  };
}

function penaltyReasons(rs: RuleSet): Reason[] {
  return [...(rs.penalties ?? []).map((id) => cite(rs, id, 'advisory')), baseline42];
}

function outsideDecision(ctx: Context): Decision {
  const rs = ctx.placeRuleSet;
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

function delegatedDecision(ctx: Context): Decision | null {
  const rs = ctx.inForce ?? ctx.season?.ruleSet ?? null;
  if (!rs || !rs.delegated) return null;
  const projected = !ctx.inForce && !!ctx.season?.projected;
  const county = zoneLabel(ctx, ctx.place.zoneId);
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

function noNotice(ctx: Context): Decision {
  const rs = ctx.latest;
  const zone: ZoneClass = ctx.place.kind === 'prohibited' ? 'prohibited' : ctx.place.kind === 'restricted' ? 'restricted' : null;
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

function fireDecision(ctx: Context, season: Season): Decision {
  const rs = season.ruleSet;
  const reasons: Reason[] = [];
  if (season.projected) reasons.push(projectionReason(season));
  const zoneName = zoneLabel(ctx, ctx.place.zoneId);
  const periodText = dayRange(season.period);
  const pk = placeKindReason(rs);
  if (ctx.place.kind === 'prohibited') {
    reasons.push(cite(rs, rs.prohibited.fireBanArticle, 'decisive', `此处在禁放区域（${zoneName}）内，${periodText}期间禁止燃放烟花爆竹。`));
    reasons.push(cite(rs, ctx.place.article!, undefined, `禁放区域：${zoneName}。`));
    for (const ex of rs.prohibited.exceptions) {
      if (ex.zoneIds.includes(ctx.place.zoneId!)) reasons.push(cite(rs, ex.article, 'advisory', ex.summary));
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

function sellDecision(ctx: Context): Decision | null {
  const rs = ctx.inForce;
  if (!rs || !rs.sales) return null;
  const zoneName = zoneLabel(ctx, ctx.place.zoneId);
  if (ctx.place.kind === 'prohibited') {
    const from = chinaMidnight(parseCivilDate(rs.sales.prohibitedBanFrom));
    if (ctx.t < from) return null;
    return {
      status: 'banned',
      zone: 'prohibited',
      ruleSet: rs.id,
      projected: false,
      reasons: [
        cite(rs, rs.sales.article, 'decisive', `此处在禁放区域（${zoneName}）内，全年禁止设置烟花爆竹经销点。`),
        cite(rs, ctx.place.article!, undefined, `禁放区域：${zoneName}。`),
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

export function decide(ctx: Context): Decision {
  if (ctx.place.kind === 'outside') return outsideDecision(ctx);
  if (ctx.place.kind === 'delegated') return delegatedDecision(ctx) ?? noNotice(ctx);
  if (ctx.activity === 'sell') return sellDecision(ctx) ?? noNotice(ctx);
  return ctx.season ? fireDecision(ctx, ctx.season) : noNotice(ctx);
}

