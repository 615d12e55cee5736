/**
 * Validity of one ring, on a flat closed ring x0, y0, x1, y1, …, xn, yn (= x0, y0): its signed
 * area (the winding) and where it touches or crosses itself. The engine checks zone rings with
 * these at load (zone-data/integrity.ts); geo/ checks and repairs its output with the same sweep
 * (geo/geometry.ts), so "valid" means one thing at build time and at load.
 */

/** Signed area in square degrees (shoelace); positive for a counter-clockwise ring. */
export function signedArea(ring: Float64Array): number {
  let s = 0;
  for (let o = 0; o + 3 < ring.length; o += 2) s += ring[o]! * ring[o + 3]! - ring[o + 2]! * ring[o + 1]!;
  return s / 2;
}

/** Where segments ab and cd cross or touch (parallel ones never do), or null. */
function contact(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): [number, number] | null {
  const r0 = bx - ax, r1 = by - ay, s0 = dx - cx, s1 = dy - cy;
  const denom = r0 * s1 - r1 * s0;
  if (denom === 0) return null;
  const t = ((cx - ax) * s1 - (cy - ay) * s0) / denom;
  const u = ((cx - ax) * r1 - (cy - ay) * r0) / denom;
  if (t < 0 || t > 1 || u < 0 || u > 1) return null;
  return [ax + t * r0, ay + t * r1];
}

export interface SelfContact {
  /** The two edges, i < j; edge k runs from vertex k to vertex k + 1. */
  i: number;
  j: number;
  /** Where they meet. */
  x: [number, number];
}

/**
 * Every pair of non-adjacent edges that cross or touch, found with a sweep over x (edges sorted
 * by their west end; each meets only those that start before it ends), so long outlines stay
 * fast. `first`: stop at the first contact found (a yes/no check).
 */
export function selfContacts(ring: Float64Array, first = false): SelfContact[] {
  const n = ring.length / 2 - 1;
  const hits: SelfContact[] = [];
  if (n < 3) return hits;
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const a = ring[k * 2]!, b = ring[k * 2 + 2]!;
    lo[k] = a < b ? a : b;
    hi[k] = a < b ? b : a;
  }
  const order = new Uint32Array(n);
  for (let k = 0; k < n; k++) order[k] = k;
  order.sort((a, b) => lo[a]! - lo[b]! || a - b);
  for (let ai = 0; ai < n; ai++) {
    const a = order[ai]!;
    const maxX = hi[a]!;
    for (let bi = ai + 1; bi < n; bi++) {
      const b = order[bi]!;
      if (lo[b]! > maxX) break;
      const i = a < b ? a : b, j = a < b ? b : a;
      if (j - i <= 1 || (i === 0 && j === n - 1)) continue;
      const x = contact(ring[i * 2]!, ring[i * 2 + 1]!, ring[i * 2 + 2]!, ring[i * 2 + 3]!, ring[j * 2]!, ring[j * 2 + 1]!, ring[j * 2 + 2]!, ring[j * 2 + 3]!);
      if (x) {
        hits.push({ i, j, x });
        if (first) return hits;
      }
    }
  }
  return hits;
}
