/**
 * How far each cited evidence point lies from what was drawn for it: a hand-placed stretch
 * (its line) or an approximate area (its clipped outline; 0 inside). A declared error bound
 * must cover every point its own evidence cites, or the bound is not honest.
 */
import { booleanPointInPolygon } from '@turf/turf';
import { seaPolygons } from './coast';
import { closestOnSegment, type Pos } from './geometry';
import type { EvidencePoint, Waypoints } from './ring-spec';
import { polygonsOf, type ZoneFeature } from './zones';

export interface EvidenceCheck {
  entry: string;
  kind: 'gap' | 'area';
  point: EvidencePoint;
  distanceM: number;
  errorM: number;
}

export function distanceToLineM(p: Pos, line: Pos[]): number {
  let best = Infinity;
  for (let i = 0; i + 1 < line.length; i++) best = Math.min(best, closestOnSegment(p, line[i]!, line[i + 1]!).distM);
  return best;
}

export function distanceToPolygonsM(p: Pos, polys: Pos[][][]): number {
  if (polys.some((poly) => booleanPointInPolygon(p, { type: 'Polygon', coordinates: poly }))) return 0;
  return Math.min(...polys.flat().map((ring) => distanceToLineM(p, ring)));
}

/** Every evidence point of every gap and area, with its distance from the drawn geometry. */
export function checkEvidence(waypoints: Waypoints, zones: ZoneFeature[]): EvidenceCheck[] {
  const byId = new Map(zones.map((z) => [z.properties.id, z]));
  const gaps = waypoints.gaps.flatMap((g) =>
    (g.evidencePoints ?? []).map((point) => ({ entry: g.id, kind: 'gap' as const, point, distanceM: distanceToLineM(point.at, g.points), errorM: g.errorM })),
  );
  const areas = waypoints.areas.flatMap((a) => {
    const z = byId.get(a.id);
    if (!z) throw new Error(`approximate area ${a.id} has no zone`);
    const polys = polygonsOf(z.geometry);
    return a.evidencePoints.map((point) => ({ entry: a.id, kind: 'area' as const, point, distanceM: distanceToPolygonsM(point.at, polys), errorM: a.errorM }));
  });
  return [...gaps, ...areas];
}

/** Hand-placed ring waypoints on the water side of the coastline, with how far out they are (suspect: roads are on land). */
export function waypointsInWater(waypoints: Waypoints): Array<{ gap: string; at: Pos; distanceM: number }> {
  const sea = seaPolygons();
  const rings = sea.flat();
  return waypoints.gaps.flatMap((g) =>
    g.points
      .filter((p) => sea.some((poly) => booleanPointInPolygon(p, { type: 'Polygon', coordinates: poly })))
      .map((at) => ({ gap: g.id, at, distanceM: Math.min(...rings.map((r) => distanceToLineM(at, r))) })),
  );
}
