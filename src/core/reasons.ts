/**
 * The reasons a verdict quotes: articles of a rule set with their role and a plain-Chinese
 * summary, the national baseline (《烟花爆竹安全管理条例》) and the projection note, plus the
 * date wording they share. Pure data assembly; which reasons apply is decide.ts's job.
 */
import type { Reason, ReasonKind } from './types';
import { article, type Article, type RuleSet, type SeasonSchedule, type Span } from './ruleset';
import { chinaDateOf, formatChinaHuman } from './china-time';
import { lunarDayName } from './calendar';
import national from './rulesets/national-baseline.json';

/** A national article by its id (never by its place in the file). */
function nationalArticle(id: string): Article {
  const a = national.articles.find((x) => x.id === id);
  if (!a) throw new Error(`national baseline: no article ${id}`);
  return a;
}

function quote(a: Article, kind: ReasonKind, role: Reason['role'], summary?: string): Reason {
  const r: Reason = { cite: a.cite, text: a.text };
  if (role) r.role = role;
  const s = summary ?? a.summary;
  if (s) r.summary = s;
  r.kind = kind;
  r.article = a.id;
  if (a.gloss) r.gloss = a.gloss;
  return r;
}

/** An article of `rs` as a reason; `summary` (else the article's own) says how it applies here. */
/** A rule set's counties by name, its own and those it delegates: "钦南区、钦北区、灵山县、浦北县". */
export function countyNames(rs: RuleSet, nameOf: (zoneId: string) => string): string {
  return [...rs.restricted.countyZoneIds, ...(rs.delegated?.countyZoneIds ?? [])].map(nameOf).join('、');
}

export function cite(rs: RuleSet, id: string, kind: ReasonKind, role: Reason['role'], summary?: string): Reason {
  return quote(article(rs, id), kind, role, summary);
}

/** The citation cite(rs, id, …) quotes the article under ("第二条第(一)项"), without the reason. */
export function citeOf(rs: RuleSet, id: string): string {
  return article(rs, id).cite;
}

/** 第三十条: the places where fireworks are banned everywhere, all year (an advisory on every verdict). */
export const baseline30: Reason = quote(nationalArticle('第三十条'), 'baseline', 'advisory');
/** 第四十二条第二款: the penalty for firing where or when it is banned. */
const baseline42: Reason = quote(nationalArticle('第四十二条第二款'), 'penalty', 'advisory');

/** "2019年2月1日至2月28日" for an inclusive day range given as a half-open span. */
export function dayRange(span: Span): string {
  // Once per span: the seasons' spans live as long as the engine, and a batch names them on every row.
  let text = dayRanges.get(span);
  if (text !== undefined) return text;
  const a = chinaDateOf(span.start);
  const b = chinaDateOf(span.end - 1);
  text = a.year === b.year
    ? `${a.year}年${a.month}月${a.day}日至${b.month}月${b.day}日`
    : `${a.year}年${a.month}月${a.day}日至${b.year}年${b.month}月${b.day}日`;
  dayRanges.set(span, text);
  return text;
}
const dayRanges = new WeakMap<Span, string>();

/** "2019年2月4日 00:00 至 2019年2月6日 00:00". */
export function spanHuman(s: Span): string {
  return `${formatChinaHuman(s.start)} 至 ${formatChinaHuman(s.end)}`;
}

/** "腊月廿七至正月廿四": the notice's period in lunar terms. */
export function lunarPeriodName(rs: RuleSet): string {
  return `${lunarDayName(rs.period.lunarStart)}至${lunarDayName(rs.period.lunarEnd)}`;
}

/** First reason of a projected verdict: which notice's pattern, over which days, and that it is not a rule. */
export function projectionReason(season: SeasonSchedule): Reason {
  const rs = season.ruleSet;
  const text =
    `${season.year}年春节期间没有已载入的通告。以下按${rs.docNo}的规则模式推算：期间取农历` +
    `${lunarPeriodName(rs)}（${season.year}年为${dayRange(season.period)}），限放区域的允许时段按当年农历日期重新对应。` +
    `推算结果仅供参考，请以当年正式公布的通告为准。`;
  return { cite: `推算（依${rs.docNo}）`, text, role: 'advisory', summary: `推算：${season.year}年无通告，按${rs.docNo}模式估算。`, kind: 'projection' };
}

/** The notice's kinds of place where firing is banned regardless of zone (schools, hospitals, …), as one reason. */
export function placeKindReason(rs: RuleSet): Reason | null {
  const pk = rs.placeKinds;
  if (!pk || pk.articles.length === 0) return null;
  const arts = pk.articles.map((id) => article(rs, id));
  const first = arts[0]!.cite;
  const lastId = pk.articles[pk.articles.length - 1]!;
  const glosses = arts.map((a) => a.gloss).filter((g): g is string => !!g);
  return {
    cite: pk.articles.length > 1 ? `${first}–${lastId.replace(/^.*?(\(.*\))$/, '$1')}` : first,
    text: arts.map((a) => a.text).join(''),
    role: 'advisory',
    ...(pk.summary ? { summary: pk.summary } : {}),
    kind: 'place-kind',
    article: pk.articles[0]!,
    ...(glosses.length === arts.length ? { gloss: glosses.join(' ') } : {}),
  };
}

/** The notice's penalty articles, then the national one. */
export function penaltyReasons(rs: RuleSet): Reason[] {
  return [...(rs.penalties ?? []).map((id) => cite(rs, id, 'penalty', 'advisory')), baseline42];
}
