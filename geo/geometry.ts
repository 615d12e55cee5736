/**
 * Small planar geometry on WGS-84 positions. Distances use a local equirectangular projection
 * around the points involved: at Qinzhou's scale (tens of km) its error is far below the
 * metre, and it keeps the tracer exact and fast without a projection library.
 */
import { EARTH_RADIUS_M, RAD } from '../src/core/earth';
import { selfContacts as ringSelfContacts } from '../src/core/geometry/ring-checks';

export type Pos = [number, number];

/** Metres per degree of longitude / latitude at a latitude. */
export function metresPerDegree(lat: number): [number, number] {
  return [RAD * EARTH_RADIUS_M * Math.cos(lat * RAD), RAD * EARTH_RADIUS_M];
}

export function haversineM(a: Pos, b: Pos): number {
  const dLat = (b[1] - a[1]) * RAD;
  const dLon = (b[0] - a[0]) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function lineLengthM(line: readonly Pos[]): number {
  let sum = 0;
  for (let i = 1; i < line.length; i++) sum += haversineM(line[i - 1]!, line[i]!);
  return sum;
}

/** Closest point to p on segment ab, with the parameter t in [0, 1] and the distance in metres. */
export function closestOnSegment(p: Pos, a: Pos, b: Pos): { point: Pos; t: number; distM: number } {
  const [kx, ky] = metresPerDegree((a[1] + b[1] + p[1]) / 3);
  const ax = a[0] * kx, ay = a[1] * ky, bx = b[0] * kx, by = b[1] * ky, px = p[0] * kx, py = p[1] * ky;
  const dx = bx - ax, dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  const point: Pos = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  return { point, t, distM: Math.hypot(ax + dx * t - px, ay + dy * t - py) };
}

/** Proper or touching intersection point of segments ab and cd, or null. */
export function segmentIntersection(a: Pos, b: Pos, c: Pos, d: Pos): Pos | null {
  const r0 = b[0] - a[0], r1 = b[1] - a[1], s0 = d[0] - c[0], s1 = d[1] - c[1];
  const denom = r0 * s1 - r1 * s0;
  if (denom === 0) return null;
  const t = ((c[0] - a[0]) * s1 - (c[1] - a[1]) * s0) / denom;
  const u = ((c[0] - a[0]) * r1 - (c[1] - a[1]) * r0) / denom;
  if (t < 0 || t > 1 || u < 0 || u > 1) return null;
  return [a[0] + t * r0, a[1] + t * r1];
}

/** Closest approach of two segments: the pair of points and their distance in metres. */
export function segmentsClosest(a: Pos, b: Pos, c: Pos, d: Pos): { p: Pos; q: Pos; distM: number } {
  const x = segmentIntersection(a, b, c, d);
  if (x) return { p: x, q: x, distM: 0 };
  const cands = [
    { r: closestOnSegment(a, c, d), from: a, onFirst: false },
    { r: closestOnSegment(b, c, d), from: b, onFirst: false },
    { r: closestOnSegment(c, a, b), from: c, onFirst: true },
    { r: closestOnSegment(d, a, b), from: d, onFirst: true },
  ];
  let best = cands[0]!;
  for (const c2 of cands) if (c2.r.distM < best.r.distM) best = c2;
  return best.onFirst
    ? { p: best.r.point, q: best.from, distM: best.r.distM }
    : { p: best.from, q: best.r.point, distM: best.r.distM };
}

/** Signed area in square degrees (shoelace); positive for counter-clockwise rings. */
export function signedAreaDeg2(ring: readonly Pos[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return s / 2;
}

export function samePos(a: Pos, b: Pos): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** The line without consecutive repeated positions (they carry no shape). */
export function dropRepeats(line: readonly Pos[]): Pos[] {
  return line.filter((p, k) => k === 0 || !samePos(p, line[k - 1]!));
}

/** A ring as an open list of positions: repeats dropped, no closing copy of the first. */
export function openRing(ring: readonly Pos[]): Pos[] {
  const d = dropRepeats(ring);
  while (d.length > 1 && samePos(d[0]!, d[d.length - 1]!)) d.pop();
  return d;
}

/** The ring with its closing position (a copy of the first) appended if missing. */
export function closeRing(ring: Pos[]): Pos[] {
  return samePos(ring[0]!, ring[ring.length - 1]!) ? ring : [...ring, ring[0]!];
}

/**
 * Every pair of non-adjacent edges i < j of an open ring (closing edge included) that cross or
 * touch: the engine's own sweep (src/core/geometry/ring-checks.ts), so the build and the load
 * check agree on what valid is.
 */
function selfContacts(ring: readonly Pos[]): Array<{ i: number; j: number; x: Pos }> {
  const flat = new Float64Array(ring.length * 2 + 2);
  ring.forEach((p, k) => flat.set(p, k * 2));
  if (ring.length) flat.set(ring[0]!, ring.length * 2);
  return ringSelfContacts(flat);
}

/** Where a closed ring crosses or touches itself; empty for a simple ring. */
export function selfIntersections(ring: readonly Pos[]): Pos[] {
  return selfContacts(ring.slice(0, -1)).map((h) => h.x);
}

/** The contact of an open ring with the lowest (i, j) — a deterministic choice; null for a simple ring. */
export function firstSelfContact(ring: readonly Pos[]): { i: number; j: number; x: Pos } | null {
  let best: { i: number; j: number; x: Pos } | null = null;
  for (const h of selfContacts(ring)) if (!best || h.i < best.i || (h.i === best.i && h.j < best.j)) best = h;
  return best;
}
