/**
 * The four county outlines made into one partition of Qinzhou's land: every point inside the
 * city's outer boundary in exactly one county.
 *
 * Simplified one by one (counties.ts), two neighbours' outlines run as two slightly different
 * lines along their common border, so they leave slivers between them (a point there was "not
 * in Qinzhou") and overlap elsewhere (a point there was in two counties, and the engine picked
 * one). The decoded source itself shares its borders exactly, so both are artefacts of the
 * processing. Each such piece goes, whole, to the county the decoded source puts most of its
 * area in — that keeps, stretch by stretch, whichever of the two simplified lines is nearer
 * the source's border. Where the source gives the piece to neither (its own sub-grid slivers)
 * it goes to the neighbour with the longest shared border (then the lower adcode). A piece is
 * never split: it is narrower than the outlines' quantisation, and a line through it would be
 * invented geometry. The outer boundary of the city does not move: overlaps are inside it, and
 * the slivers are the holes of the counties' union, nothing else.
 *
 * Clipping with polyclip-ts (coast.ts), as everywhere in geo/: valid, consistently wound output.
 */
import { areaM2, intersect, subtract, unite, type Polys } from './coast';
import { closestOnSegment, dropRepeats, haversineM, metresPerDegree, type Pos } from './geometry';
import { roundPosition } from './precision';

export interface PartitionInput {
  adcode: number;
  /** The simplified, cleaned outline. */
  polygons: Polys;
  /** The outline as decoded from the source, before cleaning: the reference for ownership and distances. */
  decoded: Polys;
}

/** One sliver or overlap and where it went. */
export interface PartitionPiece {
  kind: 'gap' | 'overlap';
  /** The county that has it now. */
  owner: number;
  /** The other counties it touched (gap) or was also in (overlap). */
  others: number[];
  /** `source`: the decoded source puts most of its area in `owner`; `border`: it puts none in any candidate, so the longest shared border decided. */
  rule: 'source' | 'border';
  areaM2: number;
  /** A point well inside it (not on its edge), for reports and tests. */
  at: Pos;
  /** How far its farthest point lies outside the owner's decoded outline, metres (0: all of it is the owner's in the source). */
  maxDistM: number;
}

export interface PartitionResult {
  polygons: Map<number, Polys>;
  pieces: PartitionPiece[];
}

/** Pieces smaller than this are clipping noise, not area (a square 3 cm across). */
const MIN_PIECE_M2 = 1e-3;

/** Sample spacing for the farthest-point measure, metres; the true maximum is at most half a diagonal (7 m) more. */
export const DISTANCE_SAMPLE_M = 10;

export function partitionCounties(counties: PartitionInput[]): PartitionResult {
  const pieces: PartitionPiece[] = [];
  const reference = new Map(counties.map((c) => [c.adcode, new Reference(c.decoded)]));
  const kept = new Map<number, Polys>(counties.map((c) => [c.adcode, []]));
  const decide = (kind: 'gap' | 'overlap', piece: Polys, candidates: number[], border: (c: number) => number): void => {
    const near = bboxOf(piece);
    const owner = pickOwner(candidates, (c) => areaM2(intersect(piece, reference.get(c)!.around(near))), border);
    const ref = reference.get(owner.adcode)!;
    kept.get(owner.adcode)!.push(...piece);
    pieces.push({
      kind,
      owner: owner.adcode,
      others: candidates.filter((c) => c !== owner.adcode),
      rule: owner.rule,
      areaM2: areaM2(piece),
      at: interiorPoint(piece[0]!),
      maxDistM: farthestOutsideM(piece, ref.around(near), ref.boundary),
    });
  };

  // Every piece is cut from the simplified outlines themselves: polyclip-ts mishandles a piece's
  // vertices that lie on an outline's edges only up to round-off (A − (A ∩ B) comes out invalid;
  // A − B does not), so no operation takes a piece and the outline it came from together.
  // Overlaps: each piece stays with one of the two counties it is in.
  for (let i = 0; i < counties.length; i++) {
    for (let j = i + 1; j < counties.length; j++) {
      for (const poly of intersect(counties[i]!.polygons, counties[j]!.polygons)) {
        if (areaM2([poly]) >= MIN_PIECE_M2) decide('overlap', [poly], [counties[i]!.adcode, counties[j]!.adcode], () => 0);
      }
    }
  }
  // Slivers: the holes of the union (a hole of one county that a neighbour fills is not one).
  const union = unite(counties[0]!.polygons, ...counties.slice(1).map((c) => c.polygons));
  const outlines = new Map(counties.map((c) => [c.adcode, new SegmentIndex(c.polygons)]));
  for (const hole of union.flatMap((poly) => poly.slice(1))) {
    const piece: Polys = [[[...hole].reverse()]];
    if (areaM2(piece) < MIN_PIECE_M2) continue;
    const border = new Map(counties.map((c) => [c.adcode, sharedLengthM(hole, outlines.get(c.adcode)!)]));
    const touching = counties.map((c) => c.adcode).filter((c) => border.get(c)! > 0);
    if (touching.length === 0) throw new Error(`county partition: the sliver near ${hole[0]!.join(', ')} touches no county`);
    decide('gap', piece, touching, (c) => border.get(c)!);
  }

  // Each county: what only it covers, and the pieces it keeps.
  const exact = counties.map((c) => {
    const others = counties.filter((o) => o !== c).map((o) => o.polygons);
    const own = subtract(c.polygons, unite(others[0]!, ...others.slice(1)));
    const add = kept.get(c.adcode)!;
    return add.length ? unite(own, add) : own;
  });
  // Rounded to the output's 6 decimals only once both sides of every border have the same
  // vertices, so that they round alike and stay one line.
  const noded = nodeBorders(exact);
  const polygons = new Map(counties.map((c, k) => [c.adcode, noded[k]!.map((poly) => poly.map((ring) => dropRepeats(ring.map(roundPosition))))]));
  return { polygons, pieces };
}

/**
 * Each ring given the vertices of the other outlines that lie on its edges. Where a county's
 * border now follows its neighbour's line, it starts and ends at points where the two lines
 * crossed, which lie on the neighbour's edges but are not its vertices; rounded apart, the two
 * would leave hair-thin slivers and overlaps again.
 */
export function nodeBorders(outlines: Polys[]): Polys[] {
  const CELL = 0.01;
  const key = (x: number, y: number) => `${Math.floor(x / CELL)},${Math.floor(y / CELL)}`;
  const vertices = new Map<string, Pos[]>();
  for (const p of outlines.flat(3)) {
    const k = key(p[0], p[1]);
    const list = vertices.get(k);
    if (list) list.push(p);
    else vertices.set(k, [p]);
  }
  const onEdge = (a: Pos, b: Pos): Pos[] => {
    const found: Array<{ p: Pos; t: number }> = [];
    for (let x = Math.floor(Math.min(a[0], b[0]) / CELL); x <= Math.floor(Math.max(a[0], b[0]) / CELL); x++) {
      for (let y = Math.floor(Math.min(a[1], b[1]) / CELL); y <= Math.floor(Math.max(a[1], b[1]) / CELL); y++) {
        for (const p of vertices.get(`${x},${y}`) ?? []) {
          if ((p[0] === a[0] && p[1] === a[1]) || (p[0] === b[0] && p[1] === b[1])) continue;
          const c = closestOnSegment(p, a, b);
          // A millimetre: clipping round-off, not geometry.
          if (c.t > 0 && c.t < 1 && c.distM < 1e-3) found.push({ p, t: c.t });
        }
      }
    }
    return found.sort((u, v) => u.t - v.t).map((f) => f.p);
  };
  return outlines.map((polys) =>
    polys.map((poly) =>
      poly.map((ring) => {
        const out: Pos[] = [ring[0]!];
        for (let k = 0; k + 1 < ring.length; k++) out.push(...onEdge(ring[k]!, ring[k + 1]!), ring[k + 1]!);
        return dropRepeats(out);
      }),
    ),
  );
}

/** The candidate the source gives most of the piece's area; ties (none at all, in practice) by `tie`, then the lower adcode. */
function pickOwner(candidates: number[], sourceM2: (c: number) => number, tie: (c: number) => number): { adcode: number; rule: 'source' | 'border' } {
  const scored = candidates.map((c) => ({ c, s: sourceM2(c), t: tie(c) }));
  scored.sort((x, y) => y.s - x.s || y.t - x.t || x.c - y.c);
  const best = scored[0]!;
  return { adcode: best.c, rule: scored.length > 1 && best.s === scored[1]!.s ? 'border' : 'source' };
}

type BBox = [number, number, number, number];

function bboxOf(polys: Polys): BBox {
  const pts = polys.flat(2);
  return [Math.min(...pts.map((p) => p[0])), Math.min(...pts.map((p) => p[1])), Math.max(...pts.map((p) => p[0])), Math.max(...pts.map((p) => p[1]))];
}

/**
 * A decoded outline, with what the per-piece questions need fast: its boundary indexed, and
 * the outline cut to a window around a piece (clipping a small piece against the whole
 * outline costs ~40 ms a time; against the window, well under one).
 */
class Reference {
  readonly boundary: SegmentIndex;
  /** Window margin, degrees (~1 km): far more than any piece reaches past the outline. */
  private static readonly MARGIN = 0.01;
  constructor(private readonly polys: Polys) {
    this.boundary = new SegmentIndex(polys);
  }

  /**
   * The outline inside the piece's box plus the margin (Sutherland–Hodgman against the box,
   * ring by ring). Exact inside the box: rings cut by it may run along its edge there, which the
   * clipper reads by the non-zero rule like any self-touching ring.
   */
  around([w, s, e, n]: BBox): Polys {
    const m = Reference.MARGIN;
    const box: BBox = [w - m, s - m, e + m, n + m];
    // An exterior that misses the box leaves its holes outside it too.
    return this.polys
      .map((poly) => poly.map((ring) => clipRingToBox(ring, box)))
      .filter((poly) => poly[0]!.length >= 4)
      .map((poly) => poly.filter((ring) => ring.length >= 4));
  }
}

/** Sutherland–Hodgman: the ring clipped to an axis-aligned box, closed. */
function clipRingToBox(ring: Pos[], [w, s, e, n]: BBox): Pos[] {
  const edges: Array<[(p: Pos) => boolean, (a: Pos, b: Pos) => Pos]> = [
    [(p) => p[0] >= w, (a, b) => [w, a[1] + ((w - a[0]) / (b[0] - a[0])) * (b[1] - a[1])]],
    [(p) => p[0] <= e, (a, b) => [e, a[1] + ((e - a[0]) / (b[0] - a[0])) * (b[1] - a[1])]],
    [(p) => p[1] >= s, (a, b) => [a[0] + ((s - a[1]) / (b[1] - a[1])) * (b[0] - a[0]), s]],
    [(p) => p[1] <= n, (a, b) => [a[0] + ((n - a[1]) / (b[1] - a[1])) * (b[0] - a[0]), n]],
  ];
  let pts = ring.slice(0, -1);
  for (const [inside, cut] of edges) {
    const out: Pos[] = [];
    for (let k = 0; k < pts.length; k++) {
      const cur = pts[k]!, prev = pts[(k + pts.length - 1) % pts.length]!;
      if (inside(cur)) {
        if (!inside(prev)) out.push(cut(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cut(prev, cur));
    }
    pts = out;
    if (pts.length === 0) return [];
  }
  return [...pts, pts[0]!];
}

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
 * How far the polygons reach outside `outline`, metres: the largest distance from a point of
 * them outside it to its boundary, sampled every DISTANCE_SAMPLE_M along their edges and over
 * their inside.
 */
export function farthestOutsideM(polys: Polys, outline: Polys, boundary = new SegmentIndex(outline)): number {
  const outside = subtract(polys, outline);
  if (areaM2(outside) < MIN_PIECE_M2) return 0;
  let far = 0;
  for (const poly of outside) {
    for (const p of samplePoints(poly, DISTANCE_SAMPLE_M)) {
      // Within 0.05° (5 km) — any fill here is far nearer; Infinity would fail every bound.
      far = Math.max(far, boundary.distanceM(p, 0.05));
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
