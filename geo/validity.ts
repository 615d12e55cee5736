/**
 * Strict validity of output polygons, stricter than RFC 7946 asks and as strict as GEOS / OGC
 * Simple Features: closed rings of at least four positions, exterior counter-clockwise and holes
 * clockwise, no ring crossing or touching itself, rings of one polygon not crossing each other,
 * holes inside their exterior, and the polygons of a MultiPolygon not overlapping (they may
 * touch at points). @placemarkio/check-geojson checks the file's GeoJSON structure; this checks
 * the geometry, which that library does not.
 */
import { check } from '@placemarkio/check-geojson';
import { areaM2, unite, type Polys } from './coast';
import { selfIntersections, signedAreaDeg2, type Pos } from './geometry';

/** Relative area by which parts may seem to overlap through floating-point noise alone. */
const OVERLAP_TOLERANCE = 1e-9;

function ringProblems(ring: Pos[], where: string, hole: boolean): string[] {
  const out: string[] = [];
  if (ring.length < 4) return [`${where}: ${ring.length} positions, a ring needs at least 4`];
  if (ring.some((p) => p.length !== 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1]))) out.push(`${where}: a position is not [lon, lat]`);
  const a = ring[0]!, z = ring[ring.length - 1]!;
  if (a[0] !== z[0] || a[1] !== z[1]) out.push(`${where}: not closed`);
  const area = signedAreaDeg2(ring);
  if (hole ? area >= 0 : area <= 0) out.push(`${where}: ${hole ? 'hole' : 'exterior'} winds the wrong way (right-hand rule)`);
  const x = selfIntersections(ring)[0];
  if (x) out.push(`${where}: crosses or touches itself near ${x[0].toFixed(6)}, ${x[1].toFixed(6)}`);
  return out;
}

/** Proper crossings between segments of two different rings (shared endpoints do not count). */
function ringsCross(a: Pos[], b: Pos[]): Pos | null {
  for (let i = 0; i + 1 < a.length; i++) {
    const p = a[i]!, q = a[i + 1]!;
    const minX = Math.min(p[0], q[0]), maxX = Math.max(p[0], q[0]), minY = Math.min(p[1], q[1]), maxY = Math.max(p[1], q[1]);
    for (let j = 0; j + 1 < b.length; j++) {
      const r = b[j]!, s = b[j + 1]!;
      if (Math.max(r[0], s[0]) < minX || Math.min(r[0], s[0]) > maxX || Math.max(r[1], s[1]) < minY || Math.min(r[1], s[1]) > maxY) continue;
      const d1 = orient(r, s, p), d2 = orient(r, s, q), d3 = orient(p, q, r), d4 = orient(p, q, s);
      if (d1 * d2 < 0 && d3 * d4 < 0) return [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
    }
  }
  return null;
}

const orient = (a: Pos, b: Pos, c: Pos) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));

/** Even–odd point-in-ring, for "is this hole inside its exterior". */
function insideRing(p: Pos, ring: Pos[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 2; i < ring.length - 1; j = i++) {
    const a = ring[i]!, b = ring[j]!;
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside;
}

/** Every problem of a Polygon's or MultiPolygon's coordinates (as a list of polygons); empty when valid. */
export function polygonProblems(polys: Polys, label = 'polygon'): string[] {
  const out: string[] = [];
  if (polys.length === 0) return [`${label}: no polygon`];
  polys.forEach((poly, pi) => {
    if (poly.length === 0) { out.push(`${label}[${pi}]: no ring`); return; }
    poly.forEach((ring, ri) => out.push(...ringProblems(ring, `${label}[${pi}][${ri}]`, ri > 0)));
    for (let i = 0; i < poly.length; i++) {
      for (let j = i + 1; j < poly.length; j++) {
        const x = ringsCross(poly[i]!, poly[j]!);
        if (x) out.push(`${label}[${pi}]: rings ${i} and ${j} cross near ${x[0].toFixed(6)}, ${x[1].toFixed(6)}`);
      }
      if (i > 0 && !insideRing(poly[i]![0]!, poly[0]!)) out.push(`${label}[${pi}][${i}]: hole outside its exterior`);
    }
  });
  if (out.length === 0 && polys.length > 1) {
    // Parts of a MultiPolygon may touch but not overlap: then their union loses no area.
    const sum = polys.reduce((s, p) => s + areaM2([p]), 0);
    const union = areaM2(unite(polys));
    if (sum - union > OVERLAP_TOLERANCE * sum + 1) out.push(`${label}: parts overlap by ${Math.round(sum - union)} m²`);
  }
  return out;
}

/** GeoJSON structure problems of a file's text, as @placemarkio/check-geojson reports them. */
export function geojsonTextProblems(text: string): string[] {
  try {
    check(text);
    return [];
  } catch (e) {
    const issues = (e as { issues?: Array<{ message: string; from?: number }> }).issues;
    return issues?.length ? issues.map((i) => `${i.message}${i.from !== undefined ? ` (at character ${i.from})` : ''}`) : [String(e)];
  }
}

/** Throws with every problem of every zone: the build never writes an invalid outline. */
export function assertValidZones(features: Array<{ properties: { id: string }; geometry: { type: 'Polygon'; coordinates: Pos[][] } | { type: 'MultiPolygon'; coordinates: Polys } }>): void {
  const problems = features.flatMap((f) =>
    polygonProblems(f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates, f.properties.id),
  );
  if (problems.length) throw new Error(`invalid zone outlines:\n  ${problems.join('\n  ')}`);
}
