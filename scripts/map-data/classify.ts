/**
 * What the latest bundled notice makes of a point, decided with Turf against the drawn zone
 * polygons (public/data/zones.geojson): the same classes the engine answers with, spelled out,
 * so road lengths and error bands are measured against exactly what the verdict uses.
 */
import { bbox as turfBbox, booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { bundledRuleSets, type RuleSet, type ZoneProperties } from '../../src/core/index';
import type { AnswerClass } from '../../src/places/format';

export interface ZoneHit {
  answer: AnswerClass;
  /** The prohibited area or county that decides the answer; null outside every county. */
  zoneId: string | null;
  /** The county the point lies in, whatever decides the answer. */
  countyId: string | null;
}

interface Prepared {
  id: string;
  bbox: number[];
  feature: Feature<Polygon | MultiPolygon>;
}

export interface Classifier {
  at(p: Position): ZoneHit;
  /** Two points get the same answer (a county-rules answer also names its county). */
  same(a: ZoneHit, b: ZoneHit): boolean;
  names: Map<string, string>;
  answerOf: Map<string, AnswerClass>;
}

/** The notice people live under now: the bundled rule set published last. */
export function latestRuleSet(): RuleSet {
  return [...bundledRuleSets()].sort((a, b) => a.published.localeCompare(b.published)).at(-1)!;
}

export function createClassifier(zones: FeatureCollection, ruleSet: RuleSet = latestRuleSet()): Classifier {
  const byId = new Map<string, Feature<Polygon | MultiPolygon>>();
  const names = new Map<string, string>();
  for (const f of zones.features) {
    const p = f.properties as ZoneProperties;
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue;
    byId.set(p.id, f as Feature<Polygon | MultiPolygon>);
    names.set(p.id, p.name);
  }
  const prepare = (ids: string[]): Prepared[] =>
    ids.flatMap((id) => {
      const feature = byId.get(id);
      return feature ? [{ id, bbox: turfBbox(feature), feature }] : [];
    });
  const prohibited = prepare(ruleSet.prohibited.zones.map((z) => z.zoneId));
  const restricted = prepare(ruleSet.restricted.countyZoneIds);
  const delegated = prepare(ruleSet.delegated?.countyZoneIds ?? []);
  const counties = [...restricted, ...delegated];
  const answerOf = new Map<string, AnswerClass>([
    ...prohibited.map((z) => [z.id, 'prohibited'] as const),
    ...restricted.map((z) => [z.id, 'restricted'] as const),
    ...delegated.map((z) => [z.id, 'county-rules'] as const),
  ]);

  const inside = (list: Prepared[], p: Position): string | null => {
    for (const z of list) {
      const [w, s, e, n] = z.bbox as [number, number, number, number];
      if (p[0]! < w || p[0]! > e || p[1]! < s || p[1]! > n) continue;
      if (booleanPointInPolygon(p, z.feature)) return z.id;
    }
    return null;
  };

  return {
    names,
    answerOf,
    at(p) {
      const countyId = inside(counties, p);
      const zoneId = inside(prohibited, p);
      if (zoneId) return { answer: 'prohibited', zoneId, countyId };
      if (!countyId) return { answer: 'outside', zoneId: null, countyId: null };
      return { answer: answerOf.get(countyId)!, zoneId: countyId, countyId };
    },
    same: (a, b) => a.answer === b.answer && (a.answer !== 'county-rules' || a.zoneId === b.zoneId),
  };
}
