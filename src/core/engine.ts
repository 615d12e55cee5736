/**
 * createEngine(): prepares zones, boundary stretches and rule-set seasons once; evaluate() then
 * answers (place, instant, activity) → Verdict without throwing. The parts: input checks in
 * params.ts, the notices on the time axis in timeline.ts, the rule area in rule-area.ts, the
 * decision in decide.ts, point-in-zone and boundary distance in geometry/, the zone data (compact
 * or GeoJSON) in zone-data/, which boundary segments count in relevance.ts.
 */
import gcoord from 'gcoord';
import type { EvaluateInput, EvaluateResult, InputError, InternalError, Interval, NextWindow, Verdict, ZoneProperties } from './types';
import { BoundaryIndex, boundaryIndexOf, type NearestBoundary } from './geometry/boundary-index';
import { ZoneIndex } from './geometry/zone-index';
import { modelFromFile, readZoneFile } from './zone-data/decode';
import { modelFromGeoJson } from './zone-data/model';
import { checkZoneIntegrity } from './zone-data/integrity';
import { selfContacts } from './geometry/ring-checks';
import { relevanceMask } from './relevance';
import { normalizeInput, inputError, type NormalizedInput } from './params';
import { chinaDateOf, formatChina } from './china-time';
import { validateRuleSet, type RuleSet, type SeasonSchedule, type Span } from './ruleset';
import { ruleSetConflict } from './ruleset-conflicts';
import { seasonFacts } from './calendar';
import { decide, type Decision, type DecisionContext } from './decide';
import { answerClassKey, ruleAreaOf, type RuleArea } from './rule-area';
import { seaIdsOf } from './sea';
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

/**
 * What a check-table row prints of a verdict (evaluateRow): the same values evaluate() gives for
 * these fields, and the decisive reason's citation, without wording the reasons and the summary.
 */
export type RowVerdict = Pick<Verdict, 'status' | 'zone' | 'zoneId' | 'ruleSet' | 'projected' | 'window' | 'next' | 'boundaryDistanceM' | 'nearBoundary' | 'position' | 'at'> & {
  /** The cite of the verdict's decisive reason. */
  decisive: string;
};

export interface Engine {
  evaluate(input: EvaluateInput): EvaluateResult;
  /** evaluate() for a batch table (check --csv): the fields a row prints, the same values, fewer made. */
  evaluateRow(input: EvaluateInput): RowVerdict | InputError | InternalError;
  /** Spring Festival allowed windows (restricted zone) for the season whose 正月初一 falls in `year`. */
  seasonWindows(year: number, opts?: { project?: boolean }): SeasonWindows;
  ruleSets: RuleSet[];
  /**
   * Set when the zone data's boundary part (stretches, relevance masks) is missing or broken:
   * why, in one line. Verdicts then carry no boundary distance (boundaryDistanceM null,
   * nearBoundary false) and every user of the engine says so next to the answer.
   */
  boundaryUnavailable: string | null;
}

let bundled: RuleSet[] | null = null;
/**
 * The notices shipped with the app, oldest first, validated on first use: importing the core
 * runs nothing, so a bundle that needs only its types or parsers carries no engine.
 */
export function bundledRuleSets(): RuleSet[] {
  return (bundled ??= BUNDLED_RULE_SET_DATA.map(validateRuleSet));
}

/**
 * A span's ISO texts, written once per span: the seasons' periods and windows live as long as
 * the engine, and a batch names the same few on most of its rows. A fresh object each time, so
 * no two verdicts share one.
 */
function toInterval(s: Span): Interval {
  let text = intervalTexts.get(s);
  if (!text) intervalTexts.set(s, (text = { start: formatChina(s.start), end: formatChina(s.end) }));
  return { start: text.start, end: text.end };
}
const intervalTexts = new WeakMap<Span, Interval>();

function seasonLabel(s: SeasonSchedule): { projected: boolean; ruleSet: string; year: number } {
  return { projected: s.projected, ruleSet: s.ruleSet.id, year: s.year };
}

const untilIso = (ms: number | null) => (ms === null ? null : formatChina(ms));

/**
 * How GeoJSON zone data is read: into the model, with the self-crossing sweep its rings need
 * (the compact file's were swept at build time). Passed in, not imported by createEngineWith, so
 * the app's worker, which reads only zones.bin, carries neither.
 */
export interface GeoJsonReading {
  model: typeof modelFromGeoJson;
  sweep: typeof selfContacts;
}
const GEOJSON: GeoJsonReading = { model: modelFromGeoJson, sweep: selfContacts };

/** The engine on the bundled notices (the CLI, tests), or on the notices given; zones.bin or GeoJSON. */
export function createEngine(data: EngineData, ruleSets: RuleSet[] = bundledRuleSets()): Engine {
  // Rule sets that cannot load together (one id twice, overlapping periods): refused. The app's
  // worker loads public/data/rulesets.json, checked the same way when it is built (tests/tooling).
  const conflict = ruleSetConflict(ruleSets.map((r) => (bundled?.includes(r) ? r : validateRuleSet(r))));
  if (conflict) throw new Error(conflict);
  return createEngineWith(data, ruleSets, GEOJSON);
}

/**
 * The engine on exactly the notices given (the app's worker, which loads them as data): a
 * bundle that calls only this carries no notice of its own. GeoJSON data needs `geoJson`
 * (createEngine passes it); without it only the compact file is read.
 */
export function createEngineWith(data: EngineData, ruleSets: RuleSet[], geoJson: GeoJsonReading | null = null): Engine {
  // The bundled notices were validated by bundledRuleSets().
  const sets = ruleSets.map((r) => (bundled?.includes(r) ? r : validateRuleSet(r)));
  if (sets.length === 0) throw new Error('createEngine: at least one rule set is needed');
  const timeline = noticeTimeline(sets);
  const { latest } = timeline;
  const compact = !!data && 'compact' in data;
  if (!compact && !geoJson) throw new Error('zone data: expected the compact zone file (zones.bin)');
  const model = compact ? modelFromFile(readZoneFile(data.compact)) : geoJson!.model(data?.zones, data?.edges);
  // No verdict from data that lacks a zone the notices name or holds a broken ring (integrity.ts).
  checkZoneIntegrity(model.zones, model.lines, sets, { sweep: compact ? null : geoJson!.sweep });
  const zones = new ZoneIndex(model.zones, model.cells);
  let boundary = boundaryIndexOf(model.lines, model.treeOrder);
  const sea = seaIdsOf(model.zones);
  const props = new Map<string, Partial<ZoneProperties>>();
  for (const z of model.zones) props.set(z.id, z.properties as Partial<ZoneProperties>);
  const sourceOf = sourceReader(model.lines, (id) => props.get(id)?.kind, model.meta);
  /** Relevance masks by answerClassKey: the data's own, then any computed here. */
  const masks = new Map(model.masks ?? []);
  let boundaryProblem = model.boundaryProblem ?? null;
  for (const [key, mask] of masks) {
    if (mask.length !== boundary.size) boundaryProblem ??= `zone data: the relevance mask for ${key} has ${mask.length} segments, the boundary ${boundary.size}`;
  }
  if (boundaryProblem) {
    // Degraded, not broken: the zones answer; no boundary distance is claimed from a broken part.
    boundary = new BoundaryIndex([]);
    masks.clear();
  }

  /** Made once, not per evaluation: a batch calls evaluate() a million times. */
  const zoneProps = (id: string) => props.get(id);
  const maskOf = new Map<RuleSet, Uint8Array>();
  /** The segments whose two sides get different answers under rs (relevance.ts). */
  function relevantSegments(rs: RuleSet): Uint8Array {
    let mask = maskOf.get(rs);
    if (!mask) {
      const key = answerClassKey(rs);
      mask = masks.get(key) ?? relevanceMask(rs, zones, boundary, sea);
      masks.set(key, mask);
      maskOf.set(rs, mask);
    }
    return mask;
  }

  /**
   * One evaluation up to its decision: the input checked, the place and the instant situated,
   * decided (decide.ts), with the reasons and summary worded when `explain`.
   */
  function decideFor(input: EvaluateInput, explain: boolean): Situated | InputError {
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
    const area = ruleAreaOf(areaRs, ids, sea);
    const nearest = boundary.nearest(lng, lat, n.accuracyM, relevantSegments(areaRs));
    const ctx: DecisionContext = {
      t: n.atMs,
      activity: n.activity,
      project: n.project,
      area,
      areaRuleSet: areaRs,
      season,
      inForce: rsInForce,
      // A method, not an arrow: no function named per evaluation (tsx's keepNames would pay for each).
      areaIn(rs) {
        return rs === areaRs ? area : ruleAreaOf(rs, ids, sea);
      },
      ahead: n.activity === 'fire' ? timeline.seasonsFrom(n.atMs, n.project) : [],
      explain,
      projectionUnavailable: explain && n.project && n.activity === 'fire' && !season && !seasonFacts(chinaDateOf(n.atMs).year),
      zoneProps,
      latest,
      seasons: timeline.seasons,
    };
    return { n, lat, lng, area, areaRs, nearest, d: decide(ctx) };
  }

  function evaluate(input: EvaluateInput): EvaluateResult {
    try {
      const s = decideFor(input, true);
      if ('error' in s) return s;
      const { n, lat, lng, area, areaRs, nearest, d } = s;
      return {
        status: d.status,
        zone: d.zone,
        zoneId: area.zoneId,
        zoneName: area.zoneId ? props.get(area.zoneId)?.name ?? null : null,
        ruleSet: d.ruleSet,
        projected: d.projected,
        reasons: d.reasons,
        window: windowOf(d),
        next: nextOf(d),
        boundaryDistanceM: distanceOf(nearest),
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
      return internalError(e);
    }
  }

  function evaluateRow(input: EvaluateInput): RowVerdict | InputError | InternalError {
    try {
      const s = decideFor(input, false);
      if ('error' in s) return s;
      const { n, lat, lng, area, nearest, d } = s;
      return {
        status: d.status,
        zone: d.zone,
        zoneId: area.zoneId,
        ruleSet: d.ruleSet,
        projected: d.projected,
        window: windowOf(d),
        next: nextOf(d),
        boundaryDistanceM: distanceOf(nearest),
        nearBoundary: nearest ? nearest.near : false,
        position: { lat, lng },
        at: formatChina(n.atMs),
        decisive: d.decisive,
      };
    } catch (e) {
      return internalError(e);
    }
  }

  function seasonWindows(year: number, opts?: { project?: boolean }): SeasonWindows {
    const none: SeasonWindows = { ruleSet: null, projected: false, period: null, windows: [] };
    const s = Number.isInteger(year) ? timeline.seasonOfYear(year, opts?.project ?? false) : null;
    if (!s) return none;
    return { ruleSet: s.ruleSet.id, projected: s.projected, period: toInterval(s.period), windows: s.windows.map(toInterval) };
  }

  return { evaluate, evaluateRow, seasonWindows, ruleSets: sets, boundaryUnavailable: boundaryProblem };
}

/** An evaluation decided (engine decideFor), before it is written out as a verdict or a row. */
interface Situated {
  n: NormalizedInput;
  lat: number;
  lng: number;
  area: RuleArea;
  areaRs: RuleSet;
  nearest: NearestBoundary | null;
  d: Decision;
}

const windowOf = (d: Decision): Interval | null => (d.window ? toInterval(d.window) : null);
const nextOf = (d: Decision): NextWindow | null => (d.next ? { ...toInterval(d.next.span), projected: d.next.season.projected, ruleSet: d.next.season.ruleSet.id } : null);
const distanceOf = (nearest: NearestBoundary | null): number | null => (nearest ? Math.round(nearest.distanceM * 10) / 10 : null);

/**
 * A verdict must never be an exception. Reaching here is a bug (the property tests hunt for it):
 * it comes back as an InternalError, never as a verdict or as blame on the input.
 */
function internalError(e: unknown): InternalError {
  return { error: 'internal', message: `internal error: ${e instanceof Error ? e.message : String(e)}` };
}
