/**
 * createEngine(): prepares zones, boundary stretches and rule-set seasons once; evaluate() then
 * answers (place, instant, activity) → Verdict without throwing.
 */
import gcoord from 'gcoord';
import type { EvaluateInput, EvaluateResult, Interval, ZoneProperties } from './types';
import { BoundaryIndex } from './geometry/boundary-index';
import { ZoneIndex } from './geometry/zone-index';
import { modelFromFile, readZoneFile } from './zone-data/decode';
import { modelFromGeoJson } from './zone-data/model';
import { locate, placeClassKey } from './place';
import { relevanceMask } from './relevance';
import { normalizeInput, inputError } from './params';
import { chinaDateOf, chinaMidnight, DAY_MS, formatChina, parseCivilDate } from './china-time';
import { projectedSeason, realSeason, validateRuleSet, type RuleSet, type Season, type Span } from './ruleset';
import { seasonFacts } from './calendar';
import { decide, type Context } from './evaluate';
import { BUNDLED_RULE_SET_DATA } from './rulesets/index';
import national from './rulesets/national-baseline.json';

/** 《烟花爆竹安全管理条例》 articles quoted as year-round advisories (for an About panel). */
export const NATIONAL_BASELINE: { id: string; title: string; articles: { id: string; cite: string; text: string; summary?: string }[] } = national;

/**
 * The zone data: public/data/zones.bin as bytes (`compact`, built by geo:build with the grid cells
 * and relevance masks decided), or zones.geojson with zone-edges.geojson (ZoneProperties,
 * EdgeProperties), whose cells and masks are then decided here.
 */
export type EngineData = { compact: ArrayBuffer | Uint8Array } | { zones: GeoJSON.FeatureCollection; edges?: GeoJSON.FeatureCollection | null };

export interface SeasonWindows {
  ruleSet: string | null;
  projected: boolean;
  period: Interval | null;
  windows: Interval[];
}

export interface Engine {
  evaluate(input: EvaluateInput): EvaluateResult;
  /** Spring Festival allowed windows (restricted zone) for the season whose 正月初一 falls in `year`. */
  seasonWindows(year: number, opts?: { project?: boolean }): SeasonWindows;
  ruleSets: RuleSet[];
}

/** The notices shipped with the app, oldest first. */
export const BUNDLED_RULE_SETS: RuleSet[] = BUNDLED_RULE_SET_DATA.map(validateRuleSet);

export function toInterval(s: Span): Interval {
  return { start: formatChina(s.start), end: formatChina(s.end) };
}

export function createEngine(data: EngineData, ruleSets: RuleSet[] = BUNDLED_RULE_SETS): Engine {
  // The bundled notices were validated when this module loaded.
  const sets = ruleSets.map((r) => (BUNDLED_RULE_SETS.includes(r) ? r : validateRuleSet(r)));
  if (sets.length === 0) throw new Error('createEngine: at least one rule set is needed');
  const seasons = sets
    .map((rs) => realSeason(rs))
    .filter((s): s is Season => s !== null)
    .sort((a, b) => a.period.start - b.period.start);
  /** Whose pattern --project uses: the notice with the latest period. */
  const latest = seasons[seasons.length - 1]!.ruleSet;
  const model = data && 'compact' in data ? modelFromFile(readZoneFile(data.compact)) : modelFromGeoJson(data?.zones, data?.edges);
  const zones = new ZoneIndex(model.zones, model.cells);
  const boundary = new BoundaryIndex(model.lines);
  const props = new Map<string, Partial<ZoneProperties>>();
  for (const z of model.zones) props.set(z.id, z.properties as Partial<ZoneProperties>);
  /** Relevance masks by placeClassKey: the data's own, then any computed here. */
  const masks = new Map(model.masks ?? []);
  for (const [key, mask] of masks) {
    if (mask.length !== boundary.size) throw new Error(`zone data: the relevance mask for ${key} has ${mask.length} segments, the boundary ${boundary.size}`);
  }
  const projectedCache = new Map<number, Season | null>();

  const seasonYears = new Set(seasons.map((s) => s.year));

  function projected(year: number): Season | null {
    if (!projectedCache.has(year)) projectedCache.set(year, projectedSeason(latest, year));
    return projectedCache.get(year)!;
  }

  /** The real season whose period contains t; else, when projecting, the projected one. */
  function seasonAt(t: number, project: boolean): Season | null {
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

  /** The season whose 正月初一 falls in `year`: the real one, else (when projecting) the projected one. */
  function seasonOfYear(year: number, project: boolean): Season | null {
    return seasons.find((s) => s.year === year) ?? (project ? projected(year) : null);
  }

  /** The season of t's year that has not started yet (for `next` when there is no notice now). */
  function upcomingSeason(t: number, project: boolean): Season | null {
    const s = seasonOfYear(chinaDateOf(t).year, project);
    return s && t < s.period.start ? s : null;
  }

  /** In-force spans by publication, oldest first. */
  const inForceSpans = sets
    .map((rs) => ({
      rs,
      from: chinaMidnight(parseCivilDate(rs.inForce.from)),
      until: rs.inForce.until ? chinaMidnight(parseCivilDate(rs.inForce.until)) + DAY_MS : Infinity,
    }))
    .sort((a, b) => a.from - b.from);

  /** The newest rule set in force at t (for the sales rule and the counties), if any. */
  function inForceAt(t: number): RuleSet | null {
    for (let i = inForceSpans.length - 1; i >= 0; i--) {
      const s = inForceSpans[i]!;
      if (t >= s.from && t < s.until) return s.rs;
    }
    return null;
  }

  const maskOf = new Map<RuleSet, Uint8Array>();
  /** The segments whose two sides get different answers under rs (relevance.ts). */
  function relevantSegments(rs: RuleSet): Uint8Array {
    let mask = maskOf.get(rs);
    if (!mask) {
      const key = placeClassKey(rs);
      mask = masks.get(key) ?? relevanceMask(rs, zones, boundary);
      masks.set(key, mask);
      maskOf.set(rs, mask);
    }
    return mask;
  }

  function evaluate(input: EvaluateInput): EvaluateResult {
    try {
      const n = normalizeInput(input);
      if ('error' in n) return n;
      let lng = n.lng;
      let lat = n.lat;
      if (n.crs !== 'wgs84') {
        const from = n.crs === 'gcj02' ? gcoord.GCJ02 : gcoord.BD09;
        const out = gcoord.transform([n.lng, n.lat] as [number, number], from, gcoord.WGS84);
        lng = out[0];
        lat = out[1];
        if (!Number.isFinite(lng) || !Number.isFinite(lat)) return inputError('lat', 'lat/lng: the position could not be converted to WGS-84');
      }
      const ids = zones.containing(lng, lat);
      const season = n.activity === 'fire' ? seasonAt(n.atMs, n.project) : null;
      const rsInForce = inForceAt(n.atMs);
      const placeRs = season?.ruleSet ?? rsInForce ?? latest;
      const place = locate(placeRs, ids);
      const nearest = boundary.nearest(lng, lat, n.accuracyM, relevantSegments(placeRs));
      const ctx: Context = {
        t: n.atMs,
        activity: n.activity,
        project: n.project,
        place,
        placeRuleSet: placeRs,
        season,
        inForce: rsInForce,
        upcoming: n.activity === 'fire' && !season ? upcomingSeason(n.atMs, n.project) : null,
        projectionUnavailable: n.project && n.activity === 'fire' && !season && !seasonFacts(chinaDateOf(n.atMs).year),
        zoneProps: (id) => props.get(id),
        latest,
        seasons,
      };
      const d = decide(ctx);
      return {
        status: d.status,
        zone: d.zone,
        zoneId: place.zoneId,
        zoneName: place.zoneId ? props.get(place.zoneId)?.name ?? null : null,
        ruleSet: d.ruleSet,
        projected: d.projected,
        reasons: d.reasons,
        window: d.window ? toInterval(d.window) : null,
        next: d.next ? toInterval(d.next) : null,
        boundaryDistanceM: nearest ? Math.round(nearest.distanceM * 10) / 10 : null,
        nearBoundary: nearest ? nearest.near : false,
        nearestBoundary: nearest ? { ...nearest.stretch } : null,
        position: { lat, lng },
        at: formatChina(n.atMs),
        activity: n.activity,
        summary: d.summary,
      };
    } catch (e) {
      // A verdict must never be an exception. Reaching here is a bug (the property tests hunt for
      // it); it comes back as an InputError on `lat` because InputErrorField has no better name.
      return inputError('lat', `internal error: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  function seasonWindows(year: number, opts?: { project?: boolean }): SeasonWindows {
    const none: SeasonWindows = { ruleSet: null, projected: false, period: null, windows: [] };
    const s = Number.isInteger(year) ? seasonOfYear(year, opts?.project ?? false) : null;
    if (!s) return none;
    return { ruleSet: s.ruleSet.id, projected: s.projected, period: toInterval(s.period), windows: s.windows.map(toInterval) };
  }

  return { evaluate, seasonWindows, ruleSets: sets };
}
