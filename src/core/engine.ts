/**
 * createEngine(): prepares zones, boundary stretches and rule-set seasons once; evaluate() then
 * answers (place, instant, activity) → Verdict without throwing. The parts: input checks in
 * params.ts, the notices on the time axis in timeline.ts, the rule area in rule-area.ts, the
 * decision in decide.ts, point-in-zone and boundary distance in geometry/, the zone data (compact
 * or GeoJSON) in zone-data/, which boundary segments count in relevance.ts.
 */
import gcoord from 'gcoord';
import type { EvaluateInput, EvaluateResult, Interval, ZoneProperties } from './types';
import { BoundaryIndex } from './geometry/boundary-index';
import { ZoneIndex } from './geometry/zone-index';
import { modelFromFile, readZoneFile } from './zone-data/decode';
import { modelFromGeoJson } from './zone-data/model';
import { relevanceMask } from './relevance';
import { normalizeInput, inputError } from './params';
import { chinaDateOf, formatChina } from './china-time';
import { validateRuleSet, type RuleSet, type SeasonSchedule, type Span } from './ruleset';
import { seasonFacts } from './calendar';
import { decide, type DecisionContext } from './decide';
import { answerClassKey, ruleAreaOf } from './rule-area';
import { noticeTimeline } from './timeline';
import { sourceReader } from './source';
import { BUNDLED_RULE_SET_DATA } from './rulesets/index';

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

let bundled: RuleSet[] | null = null;
/**
 * The notices shipped with the app, oldest first, validated on first use: importing the core
 * runs nothing, so a bundle that needs only its types or parsers carries no engine.
 */
export function bundledRuleSets(): RuleSet[] {
  return (bundled ??= BUNDLED_RULE_SET_DATA.map(validateRuleSet));
}

function toInterval(s: Span): Interval {
  return { start: formatChina(s.start), end: formatChina(s.end) };
}

function seasonLabel(s: SeasonSchedule): { projected: boolean; ruleSet: string; year: number } {
  return { projected: s.projected, ruleSet: s.ruleSet.id, year: s.year };
}

const untilIso = (ms: number | null) => (ms === null ? null : formatChina(ms));

/** The engine on the bundled notices (the CLI, tests), or on the notices given. */
export function createEngine(data: EngineData, ruleSets: RuleSet[] = bundledRuleSets()): Engine {
  return createEngineWith(data, ruleSets);
}

/**
 * The engine on exactly the notices given (the app's worker, which loads them as data): a
 * bundle that calls only this carries no notice of its own.
 */
export function createEngineWith(data: EngineData, ruleSets: RuleSet[]): Engine {
  // The bundled notices were validated by bundledRuleSets().
  const sets = ruleSets.map((r) => (bundled?.includes(r) ? r : validateRuleSet(r)));
  if (sets.length === 0) throw new Error('createEngine: at least one rule set is needed');
  const timeline = noticeTimeline(sets);
  const { latest } = timeline;
  const model = data && 'compact' in data ? modelFromFile(readZoneFile(data.compact)) : modelFromGeoJson(data?.zones, data?.edges);
  const zones = new ZoneIndex(model.zones, model.cells);
  const boundary = new BoundaryIndex(model.lines);
  const props = new Map<string, Partial<ZoneProperties>>();
  for (const z of model.zones) props.set(z.id, z.properties as Partial<ZoneProperties>);
  const sourceOf = sourceReader(model.lines, (id) => props.get(id)?.kind, model.meta);
  /** Relevance masks by answerClassKey: the data's own, then any computed here. */
  const masks = new Map(model.masks ?? []);
  for (const [key, mask] of masks) {
    if (mask.length !== boundary.size) throw new Error(`zone data: the relevance mask for ${key} has ${mask.length} segments, the boundary ${boundary.size}`);
  }

  const maskOf = new Map<RuleSet, Uint8Array>();
  /** The segments whose two sides get different answers under rs (relevance.ts). */
  function relevantSegments(rs: RuleSet): Uint8Array {
    let mask = maskOf.get(rs);
    if (!mask) {
      const key = answerClassKey(rs);
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
      const season = n.activity === 'fire' ? timeline.seasonAt(n.atMs, n.project) : null;
      const rsInForce = timeline.inForceAt(n.atMs);
      const areaRs = season?.ruleSet ?? rsInForce ?? latest;
      const area = ruleAreaOf(areaRs, ids);
      const nearest = boundary.nearest(lng, lat, n.accuracyM, relevantSegments(areaRs));
      const ctx: DecisionContext = {
        t: n.atMs,
        activity: n.activity,
        project: n.project,
        area,
        areaRuleSet: areaRs,
        season,
        inForce: rsInForce,
        areaIn: (rs) => (rs === areaRs ? area : ruleAreaOf(rs, ids)),
        ahead: n.activity === 'fire' ? timeline.seasonsFrom(n.atMs, n.project) : [],
        projectionUnavailable: n.project && n.activity === 'fire' && !season && !seasonFacts(chinaDateOf(n.atMs).year),
        zoneProps: (id) => props.get(id),
        latest,
        seasons: timeline.seasons,
      };
      const d = decide(ctx);
      return {
        status: d.status,
        zone: d.zone,
        zoneId: area.zoneId,
        zoneName: area.zoneId ? props.get(area.zoneId)?.name ?? null : null,
        ruleSet: d.ruleSet,
        projected: d.projected,
        reasons: d.reasons,
        window: d.window ? toInterval(d.window) : null,
        next: d.next ? { ...toInterval(d.next.span), projected: d.next.season.projected, ruleSet: d.next.season.ruleSet.id } : null,
        boundaryDistanceM: nearest ? Math.round(nearest.distanceM * 10) / 10 : null,
        nearBoundary: nearest ? nearest.near : false,
        nearestBoundary: nearest ? { ...nearest.stretch } : null,
        position: { lat, lng },
        at: formatChina(n.atMs),
        activity: n.activity,
        summary: d.summary,
        period: d.period ? { ...toInterval(d.period.season.period), ...seasonLabel(d.period.season), zone: d.period.zone } : null,
        until: untilIso(timeline.nextChange(n.atMs, n.project)),
        source: sourceOf(sets.find((r) => r.id === d.ruleSet) ?? areaRs, d.projected, nearest?.stretch ?? null),
      };
    } catch (e) {
      // A verdict must never be an exception. Reaching here is a bug (the property tests hunt for
      // it): it comes back as an InternalError, never as a verdict or as blame on the input.
      return { error: 'internal', message: `internal error: ${e instanceof Error ? e.message : String(e)}` };
    }
  }

  function seasonWindows(year: number, opts?: { project?: boolean }): SeasonWindows {
    const none: SeasonWindows = { ruleSet: null, projected: false, period: null, windows: [] };
    const s = Number.isInteger(year) ? timeline.seasonOfYear(year, opts?.project ?? false) : null;
    if (!s) return none;
    return { ruleSet: s.ruleSet.id, projected: s.projected, period: toInterval(s.period), windows: s.windows.map(toInterval) };
  }

  return { evaluate, seasonWindows, ruleSets: sets };
}
