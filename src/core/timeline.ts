/**
 * The loaded notices on the time axis: the season (real, or projected from the latest notice's
 * pattern) an instant falls in, the season of a year, and the notice in force at an instant.
 */
import { chinaDateOf, chinaMidnight, DAY_MS, parseCivilDate } from './china-time';
import { projectedSeason, realSeason, type RuleSet, type SeasonSchedule } from './ruleset';

export interface NoticeTimeline {
  /** The real seasons, by period start. */
  seasons: SeasonSchedule[];
  /** Whose pattern --project uses: the notice with the latest period. */
  latest: RuleSet;
  /** The real season whose period contains t; else, when projecting, the projected one. */
  seasonAt(t: number, project: boolean): SeasonSchedule | null;
  /** The season whose 正月初一 falls in `year`: the real one, else (when projecting) the projected one. */
  seasonOfYear(year: number, project: boolean): SeasonSchedule | null;
  /**
   * The season t falls in, if any, then the ones after it, in order (at most `count`): the real
   * ones, and when projecting the projected ones of the years between. `next` and the coming
   * period are read from here, so they cross year ends.
   */
  seasonsFrom(t: number, project: boolean, count?: number): SeasonSchedule[];
  /** The first instant after t at which any answer can change (period or window edge, publication, sales ban), or null. */
  nextChange(t: number, project: boolean): number | null;
  /** The newest rule set in force at t (for the sales rule and the counties), if any. */
  inForceAt(t: number): RuleSet | null;
}

/** `sets` are validated rule sets (each has a real season), at least one. */
export function noticeTimeline(sets: RuleSet[]): NoticeTimeline {
  const seasons = sets
    .map((rs) => realSeason(rs))
    .filter((s): s is SeasonSchedule => s !== null)
    .sort((a, b) => a.period.start - b.period.start);
  const latest = seasons[seasons.length - 1]!.ruleSet;

  const projectedCache = new Map<number, SeasonSchedule | null>();
  const seasonYears = new Set(seasons.map((s) => s.year));
  function projected(year: number): SeasonSchedule | null {
    if (!projectedCache.has(year)) projectedCache.set(year, projectedSeason(latest, year));
    return projectedCache.get(year)!;
  }

  function seasonAt(t: number, project: boolean): SeasonSchedule | null {
    for (let i = seasons.length - 1; i >= 0; i--) {
      const s = seasons[i]!;
      if (t >= s.period.start && t < s.period.end) return s;
    }
    if (!project) return null;
    const year = chinaDateOf(t).year;
    // A season is named by its 正月初一's year, but its 腊月 part may begin in the December before.
    for (const y of [year, year + 1]) {
      if (seasonYears.has(y)) continue;
      const s = projected(y);
      if (s && t >= s.period.start && t < s.period.end) return s;
    }
    return null;
  }

  function seasonOfYear(year: number, project: boolean): SeasonSchedule | null {
    return seasons.find((s) => s.year === year) ?? (project ? projected(year) : null);
  }

  function seasonsFrom(t: number, project: boolean, count = 2): SeasonSchedule[] {
    const found = seasons.filter((s) => s.period.end > t);
    if (project) {
      // A season ends by 正月廿四 (March at the latest), so t's year and the next two hold the
      // current season and the one after it, whatever month t is in.
      const year = chinaDateOf(t).year;
      for (const y of [year, year + 1, year + 2]) {
        if (seasonYears.has(y)) continue;
        const s = projected(y);
        if (s && s.period.end > t) found.push(s);
      }
    }
    return found.sort((a, b) => a.period.start - b.period.start).slice(0, count);
  }

  /** In-force spans by publication, oldest first. */
  const inForceSpans = sets
    .map((rs) => ({
      rs,
      from: chinaMidnight(parseCivilDate(rs.inForce.from)),
      until: rs.inForce.until ? chinaMidnight(parseCivilDate(rs.inForce.until)) + DAY_MS : Infinity,
    }))
    .sort((a, b) => a.from - b.from);
  function inForceAt(t: number): RuleSet | null {
    for (let i = inForceSpans.length - 1; i >= 0; i--) {
      const s = inForceSpans[i]!;
      if (t >= s.from && t < s.until) return s.rs;
    }
    return null;
  }

  /** Instants at which a notice starts or stops being in force, or its sales ban begins. */
  const legalEdges = [
    ...inForceSpans.flatMap((s) => [s.from, s.until]),
    ...sets.flatMap((rs) => (rs.sales ? [chinaMidnight(parseCivilDate(rs.sales.prohibitedBanFrom))] : [])),
  ];
  function nextChange(t: number, project: boolean): number | null {
    // Plain loops, no closure per call: a batch calls this once per row.
    let best = Infinity;
    for (const x of legalEdges) if (x > t && x < best) best = x;
    for (const s of seasonsFrom(t, project)) {
      for (const x of [s.period.start, s.period.end]) if (x > t && x < best) best = x;
      for (const w of s.windows) {
        if (w.start > t && w.start < best) best = w.start;
        if (w.end > t && w.end < best) best = w.end;
      }
    }
    return Number.isFinite(best) ? best : null;
  }

  return { seasons, latest, seasonAt, seasonOfYear, seasonsFrom, nextChange, inForceAt };
}
