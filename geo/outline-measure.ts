/**
 * Measures on outlines for the county partition: which segments are near a point, how much of
 * a ring runs along an outline, how far an area reaches outside one, a point well inside a
 * sliver. Planar, on local metres (geometry.ts).
 */
import { areaM2, subtract, type Polys } from './coast';
import { closestOnSegment, haversineM, metresPerDegree, type Pos } from './geometry';

/** How far some area reaches outside a county's decoded outline: the distance, metres, and where (null: not at all). */
export interface Reach {
  distM: number;
  at: Pos | null;
  /** The area measured, m². */
  areaM2: number;
}

/** Sample spacing for the farthest-point measure, metres; the true maximum is at most half a diagonal (7 m) more. */
export const DISTANCE_SAMPLE_M = 10;

/** Areas smaller than this are clipping noise (a square 3 cm across). */
const MIN_AREA_M2 = 1e-3;

/** Segments of polygons' rings, bucketed on a grid, for "which segments are near here". */
export class SegmentIndex {
  private readonly cells = new Map<string, Array<[Pos, Pos]>>();
  private static readonly CELL_DEG = 0.01;

  constructor(polys: Polys) {
    for (const ring of polys.flat()) {
      for (let k = 0; k + 1 < ring.length; k++) {
        const a = ring[k]!, b = ring[k + 1]!;
        for (const key of this.keys(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]))) {
          const list = this.cells.get(key);
          if (list) list.push([a, b]);
          else this.cells.set(key, [[a, b]]);
        }
      }
    }
  }

  private *keys(w: number, s: number, e: number, n: number): Generator<string> {
    const d = SegmentIndex.CELL_DEG;
    for (let x = Math.floor(w / d); x <= Math.floor(e / d); x++) for (let y = Math.floor(s / d); y <= Math.floor(n / d); y++) yield `${x},${y}`;
  }

  /** Segments whose cells lie within `radiusDeg` of p (a superset of those within that distance). */
  near(p: Pos, radiusDeg: number): Array<[Pos, Pos]> {
    const out = new Set<[Pos, Pos]>();
    for (const key of this.keys(p[0] - radiusDeg, p[1] - radiusDeg, p[0] + radiusDeg, p[1] + radiusDeg)) for (const seg of this.cells.get(key) ?? []) out.add(seg);
    return [...out];
  }

  /** Distance from p to the nearest segment, metres; Infinity when none is within `radiusDeg`. */
  distanceM(p: Pos, radiusDeg: number): number {
    let best = Infinity;
    for (const [a, b] of this.near(p, radiusDeg)) best = Math.min(best, closestOnSegment(p, a, b).distM);
    return best;
  }
}

/** Length of the ring's edges that lie on the indexed boundary, metres (an edge counts when its midpoint is on it). */
export function sharedLengthM(ring: Pos[], boundary: SegmentIndex): number {
  let sum = 0;
  for (let k = 0; k + 1 < ring.length; k++) {
    const a = ring[k]!, b = ring[k + 1]!;
    const mid: Pos = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    if (boundary.distanceM(mid, 1e-6) < 0.05) sum += haversineM(a, b);
  }
  return sum;
}

/**
 * Intervals of a horizontal line at latitude y inside the polygon (even–odd over all its rings,
 * half-open at vertices so a line through a vertex counts it once).
 */
function scanline(poly: Pos[][], y: number): Array<[number, number]> {
  const xs: number[] = [];
  for (const ring of poly) {
    for (let k = 0; k + 1 < ring.length; k++) {
      const a = ring[k]!, b = ring[k + 1]!;
      if (a[1] > y !== b[1] > y) xs.push(a[0] + ((y - a[1]) / (b[1] - a[1])) * (b[0] - a[0]));
    }
  }
  xs.sort((p, q) => p - q);
  const out: Array<[number, number]> = [];
  for (let k = 0; k + 1 < xs.length; k += 2) out.push([xs[k]!, xs[k + 1]!]);
  return out;
}

/** Points inside the polygon and on its boundary, about `stepM` apart. */
function samplePoints(poly: Pos[][], stepM: number): Pos[] {
  const ys = poly[0]!.map((p) => p[1]);
  const south = Math.min(...ys), north = Math.max(...ys);
  const [kx, ky] = metresPerDegree((south + north) / 2);
  const out: Pos[] = [];
  for (const ring of poly) {
    for (let k = 0; k + 1 < ring.length; k++) {
      const a = ring[k]!, b = ring[k + 1]!;
      const n = Math.max(1, Math.ceil(haversineM(a, b) / stepM));
      for (let i = 0; i < n; i++) out.push([a[0] + ((b[0] - a[0]) * i) / n, a[1] + ((b[1] - a[1]) * i) / n]);
    }
  }
  for (let y = south + stepM / ky / 2; y < north; y += stepM / ky) {
    for (const [w, e] of scanline(poly, y)) for (let x = w; x <= e; x += stepM / kx) out.push([x, y]);
  }
  return out;
}

/**
 * How far the polygons reach outside `outline`: the largest distance from a point of them
 * outside it to its boundary, metres, and that point — sampled every DISTANCE_SAMPLE_M along
 * their edges and over their inside.
 */
export function farthestOutside(polys: Polys, outline: Polys, boundary = new SegmentIndex(outline)): Reach {
  const outside = subtract(polys, outline);
  let far: Reach = { distM: 0, at: null, areaM2: areaM2(polys) };
  if (areaM2(outside) < MIN_AREA_M2) return far;
  for (const poly of outside) {
    for (const p of samplePoints(poly, DISTANCE_SAMPLE_M)) {
      // Looks 0.05° (~5 km) around; a point farther from the outline reads as Infinity and fails any bound.
      const d = boundary.distanceM(p, 0.05);
      if (d > far.distM) far = { ...far, distM: d, at: p };
    }
  }
  return far;
}

/**
 * A point well inside a polygon, even a sliver whose centroid lies outside it: of the midpoints
 * of its inside intervals along a few latitudes, the one farthest from its boundary.
 */
export function interiorPoint(poly: Pos[][]): Pos {
  const ys = poly[0]!.map((p) => p[1]);
  const south = Math.min(...ys), north = Math.max(...ys);
  const boundary = new SegmentIndex([poly]);
  let best: { p: Pos; d: number } | null = null;
  const LINES = 16;
  for (let k = 1; k < LINES; k++) {
    const y = south + ((north - south) * k) / LINES;
    for (const [w, e] of scanline(poly, y)) {
      const p: Pos = [(w + e) / 2, y];
      const d = boundary.distanceM(p, Math.max(north - south, e - w) + 1e-4);
      if (!best || d > best.d) best = { p, d };
    }
  }
  if (!best) throw new Error('interiorPoint: degenerate polygon');
  return best.p;
}
