/**
 * A notice as data (src/core/rulesets/*.json) and what the engine derives from it: the period
 * and the allowed windows of a Spring Festival season, in China-time epoch ms. Adding next
 * year's notice is a new JSON file with this shape (see tests/fixtures/rulesets/).
 */
import { chinaDateOf, chinaDays, chinaMidnight, parseCivilDate, parseTimeOfDay, addDays } from './china-time';
import { lunarDayToSolar, seasonFacts, type LunarDayRef, type SeasonFacts } from './calendar';

export type { LunarDayRef };

export interface Article {
  /** Key used inside the rule set, e.g. "二(二)". */
  id: string;
  /** Citation shown to people, e.g. "钦政规〔2019〕1号 二(二)". */
  cite: string;
  /** Exact text of the article. */
  text: string;
  summary?: string;
  /** Unofficial English summary of the text (shown under the verbatim Chinese; never a rule). */
  gloss?: string;
}

export interface DailyWindowRule {
  /** First and last lunar day (inclusive) the rule applies to. */
  from: LunarDayRef;
  to: LunarDayRef;
  /** Time of day, "HH:MM"; "24:00" is the end of the day. */
  start: string;
  end: string;
}

export interface RuleSet {
  id: string;
  docNo: string;
  title: string;
  authority: string;
  jurisdiction: string;
  /** Publication date, YYYY-MM-DD (China). */
  published: string;
  source: string;
  articles: Article[];
  inForce: { from: string; until?: string | null; article: string };
  /** The firing rules' period, solar dates inclusive, and the same span in lunar terms for projection. */
  period: { start: string; end: string; lunarStart: LunarDayRef; lunarEnd: LunarDayRef; article: string };
  prohibited: {
    zones: { zoneId: string; article: string }[];
    fireBanArticle: string;
    exceptions: { article: string; zoneIds: string[]; summary?: string }[];
  };
  placeKinds?: { articles: string[]; summary?: string };
  restricted: {
    countyZoneIds: string[];
    article: string;
    windows: { article: string; days: DailyWindowRule[] };
  };
  delegated?: { countyZoneIds: string[]; article: string };
  sales?: { prohibitedBanFrom: string; article: string };
  penalties?: string[];
  /** Names of the zones this notice refers to, in other languages (Chinese names come with the zone data). */
  zoneNames?: Record<string, { en: string }>;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * One Spring Festival season under one rule set, real or projected, in epoch ms: its period and
 * the allowed windows. (The engine's public SeasonWindows is this as ISO-8601 strings.)
 */
export interface SeasonSchedule {
  ruleSet: RuleSet;
  /** Gregorian year of this season's 正月初一. */
  year: number;
  projected: boolean;
  period: Span;
  /** Allowed windows in the restricted zone, merged where they touch, clipped to the period; half-open. */
  windows: Span[];
}

function fail(id: string, msg: string): never {
  throw new Error(`rule set ${id}: ${msg}`);
}

function isLunarRef(v: unknown): v is LunarDayRef {
  const r = v as LunarDayRef;
  return !!r && (r.month === 12 || r.month === 1) && (r.day === 'last' || (Number.isInteger(r.day) && r.day >= 1 && r.day <= 30));
}

/** Check a rule set's shape and references; throws with a precise message (data errors are programming errors). */
export function validateRuleSet(raw: unknown): RuleSet {
  const rs = raw as RuleSet;
  const id = typeof rs?.id === 'string' ? rs.id : '(no id)';
  if (!rs || typeof rs !== 'object') fail(id, 'not an object');
  for (const k of ['id', 'docNo', 'title', 'published'] as const) if (typeof rs[k] !== 'string' || !rs[k]) fail(id, `missing ${k}`);
  if (!Array.isArray(rs.articles) || rs.articles.length === 0) fail(id, 'no articles');
  const ids = new Set<string>();
  for (const a of rs.articles) {
    if (typeof a.id !== 'string' || typeof a.cite !== 'string' || typeof a.text !== 'string' || !a.text) fail(id, `bad article ${JSON.stringify(a)}`);
    if (a.gloss !== undefined && (typeof a.gloss !== 'string' || !a.gloss)) fail(id, `article ${a.id}: gloss must be a non-empty string`);
    if (ids.has(a.id)) fail(id, `article ${a.id} given twice`);
    ids.add(a.id);
  }
  const ref = (a: string | undefined, where: string) => {
    if (!a || !ids.has(a)) fail(id, `${where} refers to unknown article ${a}`);
  };
  parseCivilDate(rs.published);
  ref(rs.inForce?.article, 'inForce');
  parseCivilDate(rs.inForce.from);
  if (rs.inForce.until) parseCivilDate(rs.inForce.until);
  ref(rs.period?.article, 'period');
  parseCivilDate(rs.period.start);
  parseCivilDate(rs.period.end);
  if (!isLunarRef(rs.period.lunarStart) || !isLunarRef(rs.period.lunarEnd)) fail(id, 'bad lunar period');
  ref(rs.prohibited?.fireBanArticle, 'prohibited.fireBanArticle');
  for (const z of rs.prohibited.zones) ref(z.article, `zone ${z.zoneId}`);
  for (const e of rs.prohibited.exceptions ?? []) ref(e.article, 'exception');
  for (const a of rs.placeKinds?.articles ?? []) ref(a, 'placeKinds');
  ref(rs.restricted?.article, 'restricted');
  ref(rs.restricted.windows?.article, 'restricted.windows');
  for (const d of rs.restricted.windows.days) {
    if (!isLunarRef(d.from) || !isLunarRef(d.to)) fail(id, 'bad lunar window day');
    parseTimeOfDay(d.start);
    parseTimeOfDay(d.end);
  }
  if (rs.delegated) ref(rs.delegated.article, 'delegated');
  if (rs.sales) {
    ref(rs.sales.article, 'sales');
    parseCivilDate(rs.sales.prohibitedBanFrom);
  }
  for (const a of rs.penalties ?? []) ref(a, 'penalties');
  const zoneIds = new Set([
    ...rs.prohibited.zones.map((z) => z.zoneId),
    ...rs.restricted.countyZoneIds,
    ...(rs.delegated?.countyZoneIds ?? []),
  ]);
  for (const [zone, names] of Object.entries(rs.zoneNames ?? {})) {
    if (!zoneIds.has(zone)) fail(id, `zoneNames names ${zone}, a zone the notice does not refer to`);
    if (typeof names?.en !== 'string' || !names.en) fail(id, `zoneNames.${zone}.en must be a non-empty string`);
  }
  const period = periodSpan(rs);
  if (period.end <= period.start) fail(id, 'period ends before it starts');
  const season = realSeason(rs);
  if (!season) fail(id, 'the period contains no 正月初一 inside the calendar table');
  // The lunar span is what --project re-anchors; it must describe the notice's own period.
  const facts = seasonFacts(season.year)!;
  const lunar = lunarSpan(rs, facts);
  if (!lunar || lunar.start !== period.start || lunar.end !== period.end) {
    fail(id, `lunarStart/lunarEnd do not fall on ${rs.period.start} / ${rs.period.end} in ${season.year}`);
  }
  return rs;
}

export function article(rs: RuleSet, id: string): Article {
  const a = rs.articles.find((x) => x.id === id);
  if (!a) throw new Error(`rule set ${rs.id}: no article ${id}`);
  return a;
}

/** Expand the lunar window rules for one season, merge touching windows, clip to the period. */
function expandWindows(rs: RuleSet, year: number, period: Span): Span[] | null {
  const facts = seasonFacts(year);
  if (!facts) return null;
  const raw: Span[] = [];
  for (const rule of rs.restricted.windows.days) {
    const from = lunarDayToSolar(facts, rule.from);
    const to = lunarDayToSolar(facts, rule.to);
    if (!from || !to) return null;
    const s = parseTimeOfDay(rule.start);
    const e = parseTimeOfDay(rule.end);
    for (let d = from; chinaMidnight(d) <= chinaMidnight(to); d = addDays(d, 1)) {
      if (e > s) raw.push({ start: chinaMidnight(d, s), end: chinaMidnight(d, e) });
    }
  }
  raw.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const w of raw) {
    const start = Math.max(w.start, period.start);
    const end = Math.min(w.end, period.end);
    if (end <= start) continue;
    const last = merged[merged.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

/** The notice's own period, as written in solar dates. */
function periodSpan(rs: RuleSet): Span {
  return chinaDays(parseCivilDate(rs.period.start), parseCivilDate(rs.period.end));
}

/** The notice's lunar span (lunarStart … lunarEnd) placed in one season, or null if a day does not exist. */
function lunarSpan(rs: RuleSet, facts: SeasonFacts): Span | null {
  const s = lunarDayToSolar(facts, rs.period.lunarStart);
  const e = lunarDayToSolar(facts, rs.period.lunarEnd);
  return s && e ? chinaDays(s, e) : null;
}

const realSeasons = new WeakMap<RuleSet, SeasonSchedule | null>();

/**
 * The season the rule set itself covers (its period contains that season's 正月初一). Kept per
 * rule set object: validateRuleSet() computes it already, and createEngine() asks again.
 */
export function realSeason(rs: RuleSet): SeasonSchedule | null {
  if (!realSeasons.has(rs)) realSeasons.set(rs, findRealSeason(rs));
  return realSeasons.get(rs)!;
}

function findRealSeason(rs: RuleSet): SeasonSchedule | null {
  const period = periodSpan(rs);
  const startYear = chinaDateOf(period.start).year;
  for (const year of [startYear, startYear + 1]) {
    const facts = seasonFacts(year);
    if (!facts) continue;
    const ny = chinaMidnight(facts.newYear);
    if (ny >= period.start && ny < period.end) {
      const windows = expandWindows(rs, year, period);
      return windows ? { ruleSet: rs, year, projected: false, period, windows } : null;
    }
  }
  return null;
}

/** The rule set's pattern re-anchored to another year's lunar dates (its lunar span). */
export function projectedSeason(rs: RuleSet, year: number): SeasonSchedule | null {
  const facts = seasonFacts(year);
  const period = facts && lunarSpan(rs, facts);
  if (!period) return null;
  const windows = expandWindows(rs, year, period);
  return windows ? { ruleSet: rs, year, projected: true, period, windows } : null;
}
