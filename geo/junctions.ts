/**
 * Where two consecutive ring roads meet. Candidates are all places where a piece of one road
 * comes within JUNCTION_TOLERANCE_M of a piece of the other; real geometry is preferred over
 * hand-placed pieces; the crossing of two dual carriageways (four nearby hits) collapses
 * into one junction at their centre.
 */
import { metresPerDegree, segmentsClosest, haversineM, type Pos } from './geometry';
import type { Piece } from './road-network';

export const JUNCTION_TOLERANCE_M = 60;
/** Hits closer than this belong to the same junction (a dual-carriageway crossing spans ~50 m). */
const CLUSTER_RADIUS_M = 250;

export interface Junction {
  point: Pos;
  /** 0: both roads from real geometry; 1: one hand-placed; 2: both hand-placed. */
  tier: 0 | 1 | 2;
  /** Other junction candidates that were not chosen (for the report). */
  alternatives: Pos[];
}

interface Hit {
  mid: Pos;
  distM: number;
  tier: 0 | 1 | 2;
}

function segmentHits(a: Piece, b: Piece, hits: Hit[]) {
  const tier = ((a.source === 'waypoint' ? 1 : 0) + (b.source === 'waypoint' ? 1 : 0)) as 0 | 1 | 2;
  const [kx, ky] = metresPerDegree(a.coords[0]![1]);
  const padX = JUNCTION_TOLERANCE_M / kx, padY = JUNCTION_TOLERANCE_M / ky;
  for (let i = 0; i + 1 < a.coords.length; i++) {
    const p = a.coords[i]!, q = a.coords[i + 1]!;
    const minX = Math.min(p[0], q[0]) - padX, maxX = Math.max(p[0], q[0]) + padX;
    const minY = Math.min(p[1], q[1]) - padY, maxY = Math.max(p[1], q[1]) + padY;
    for (let j = 0; j + 1 < b.coords.length; j++) {
      const r = b.coords[j]!, s = b.coords[j + 1]!;
      if (Math.max(r[0], s[0]) < minX || Math.min(r[0], s[0]) > maxX) continue;
      if (Math.max(r[1], s[1]) < minY || Math.min(r[1], s[1]) > maxY) continue;
      const c = segmentsClosest(p, q, r, s);
      if (c.distM <= JUNCTION_TOLERANCE_M) hits.push({ mid: [(c.p[0] + c.q[0]) / 2, (c.p[1] + c.q[1]) / 2], distM: c.distM, tier });
    }
  }
}

export function findJunction(a: Piece[], b: Piece[], near?: Pos): Junction | null {
  const hits: Hit[] = [];
  for (const pa of a) for (const pb of b) segmentHits(pa, pb, hits);
  if (hits.length === 0) return null;
  const bestTier = Math.min(...hits.map((h) => h.tier)) as 0 | 1 | 2;
  const usable = hits.filter((h) => h.tier === bestTier).sort((x, y) => x.distM - y.distM || x.mid[0] - y.mid[0] || x.mid[1] - y.mid[1]);
  const clusters: Hit[][] = [];
  for (const h of usable) {
    const c = clusters.find((cl) => haversineM(cl[0]!.mid, h.mid) <= CLUSTER_RADIUS_M);
    if (c) c.push(h);
    else clusters.push([h]);
  }
  const centre = (cl: Hit[]): Pos => {
    // The closest hits define the junction; average those within 5 m of the best.
    const close = cl.filter((h) => h.distM <= cl[0]!.distM + 5);
    return [close.reduce((s, h) => s + h.mid[0], 0) / close.length, close.reduce((s, h) => s + h.mid[1], 0) / close.length];
  };
  const centres = clusters.map(centre);
  let chosen = 0;
  if (near && clusters.length > 1) {
    centres.forEach((c, i) => {
      if (haversineM(c, near) < haversineM(centres[chosen]!, near)) chosen = i;
    });
  }
  return {
    point: centres[chosen]!,
    tier: bestTier,
    alternatives: centres.filter((_, i) => i !== chosen),
  };
}
