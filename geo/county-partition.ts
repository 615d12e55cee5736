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
 * never split: a sliver lies between two lines each within the simplification tolerance of the
 * source's border, the large overlaps are lobes the source gives to one county, and a line
 * through a piece would be invented geometry. Splitting by nearest outline was the alternative:
 * it would halve the largest displacement, already far inside the error bound, at the cost of a
 * medial line no source draws. The outer boundary of the city does not move: overlaps are
 * inside it, and the slivers are the holes of the counties' union, nothing else.
 *
 * Clipping with polyclip-ts (coast.ts), as everywhere in geo/: valid, consistently wound output.
 */
import { areaM2, intersect, subtract, unite, type Polys } from './coast';
import { closestOnSegment, dropRepeats, haversineM, type Pos } from './geometry';
import { farthestOutside, interiorPoint, SegmentIndex, sharedLengthM, type Reach } from './outline-measure';
import { roundPosition } from './precision';
import { polygonProblems } from './validity';

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
}

export interface PartitionResult {
  polygons: Map<number, Polys>;
  pieces: PartitionPiece[];
  /**
   * Per county, measured on the result: how far what it gained (slivers filled) and what it
   * kept of overlaps reach outside its decoded outline.
   */
  reach: Map<number, { filled: Reach; kept: Reach }>;
  /** Vertices moved onto the grid (PartitionOptions.grid): how many, how far at most (m), and how many of them are corners of the outer boundary. */
  snapped: { count: number; maxMoveM: number; outer: number; outerMaxMoveM: number };
}

export interface PartitionOptions {
  /**
   * Cells per degree of the source's grid (1024 for the county outlines): the points where a
   * border switches from one neighbour's line to the other's are moved to it, so every vertex
   * stays on the source grid (zones.bin stores such rings in a byte a coordinate, and the
   * first verdict's data budget depends on it). Off by default.
   */
  grid?: number;
}

/** Pieces smaller than this are clipping noise, not area (a square 3 cm across). */
const MIN_PIECE_M2 = 1e-3;

export function partitionCounties(counties: PartitionInput[], options: PartitionOptions = {}): PartitionResult {
  const pieces: PartitionPiece[] = [];
  const reference = new Map(counties.map((c) => [c.adcode, new Reference(c.decoded)]));
  const kept = new Map<number, Polys>(counties.map((c) => [c.adcode, []]));
  const decide = (kind: 'gap' | 'overlap', piece: Polys, candidates: number[], border: (c: number) => number): void => {
    const near = bboxOf(piece);
    const owner = pickOwner(candidates, (c) => areaM2(intersect(piece, reference.get(c)!.around(near))), border);
    kept.get(owner.adcode)!.push(...piece);
    pieces.push({
      kind,
      owner: owner.adcode,
      others: candidates.filter((c) => c !== owner.adcode),
      rule: owner.rule,
      areaM2: areaM2(piece),
      at: interiorPoint(piece[0]!),
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
  // Rounded (to the grid, then to the output's 6 decimals) only once both sides of every border
  // have the same vertices, so that they round alike and stay one line.
  const noded = nodeBorders(exact);
  const corners = new Set(unite(exact[0]!, ...exact.slice(1)).flatMap((poly) => poly[0]!).map(keyOf));
  const { polygons: placed, snapped } = options.grid ? ontoGrid(noded, options.grid, corners) : { polygons: noded.map((polys) => polys.map((poly) => poly.map((ring) => dropRepeats(ring.map(roundPosition))))), snapped: { count: 0, maxMoveM: 0, outer: 0, outerMaxMoveM: 0 } };
  const polygons = new Map(counties.map((c, k) => [c.adcode, placed[k]!]));
  const reach = new Map(
    counties.map((c) => {
      const now = polygons.get(c.adcode)!;
      const others = counties.filter((o) => o !== c).map((o) => o.polygons);
      const ref = reference.get(c.adcode)!;
      return [c.adcode, { filled: farthestOutside(subtract(now, c.polygons), c.decoded, ref.boundary), kept: farthestOutside(intersect(now, unite(others[0]!, ...others.slice(1))), c.decoded, ref.boundary) }];
    }),
  );
  return { polygons, pieces, reach, snapped };
}

const keyOf = (p: Pos) => `${p[0]},${p[1]}`;

/**
 * The outlines with their off-grid vertices moved to a node of the grid — the nearest that is
 * not already a vertex, the same for every ring that has the point — and rounded to 6 decimals.
 * Where a move makes an outline invalid, two counties overlap or a hole open, the point moved
 * nearest the problem tries its next nearest node (of the 4 × 4 around it); one that runs out
 * keeps its place off the grid.
 */
function ontoGrid(outlines: Polys[], grid: number, corners: Set<string>): { polygons: Polys[]; snapped: PartitionResult['snapped'] } {
  const cellM = haversineM([0, 22], [1 / grid, 22 + 1 / grid]);
  const taken = new Set(outlines.flat(3).map(roundPosition).filter((p) => isOnGrid(p, grid)).map(keyOf));
  // Per off-grid point, the grid nodes around it nearest first, and which one it is on now.
  const options = new Map<string, { p: Pos; nodes: Pos[]; at: number }>();
  const claim = (o: { nodes: Pos[]; at: number }) => {
    while (o.at < o.nodes.length && taken.has(keyOf(o.nodes[o.at]!))) o.at++;
    if (o.at < o.nodes.length) taken.add(keyOf(o.nodes[o.at]!));
  };
  for (const p of outlines.flat(3)) {
    if (isOnGrid(roundPosition(p), grid) || options.has(keyOf(p))) continue;
    const x = Math.floor(p[0] * grid), y = Math.floor(p[1] * grid);
    const nodes: Pos[] = [];
    for (let i = x - 1; i <= x + 2; i++) for (let j = y - 1; j <= y + 2; j++) nodes.push(roundPosition([i / grid, j / grid]));
    nodes.sort((a, b) => haversineM(p, a) - haversineM(p, b));
    const o = { p, nodes, at: 0 };
    claim(o);
    options.set(keyOf(p), o);
  }
  const placeOf = (p: Pos): Pos => {
    const o = options.get(keyOf(p));
    return o && o.at < o.nodes.length ? o.nodes[o.at]! : roundPosition(p);
  };
  for (let round = 0; ; round++) {
    const polygons = outlines.map((polys) => polys.map((poly) => poly.map((ring) => dropRepeats(ring.map(placeOf)))));
    const near = partitionProblems(polygons);
    if (near.length === 0) {
      const moves = [...options.values()].filter((o) => o.at < o.nodes.length).map((o) => ({ k: keyOf(o.p), d: haversineM(o.p, o.nodes[o.at]!) }));
      const outer = moves.filter((m) => corners.has(m.k));
      return { polygons, snapped: { count: moves.length, maxMoveM: Math.max(0, ...moves.map((m) => m.d)), outer: outer.length, outerMaxMoveM: Math.max(0, ...outer.map((m) => m.d)) } };
    }
    if (round > 50) throw new Error(`county partition: outlines invalid after moving vertices onto the grid near ${near.map((p) => p.join(', ')).join('; ')}`);
    // The moved point nearest each problem tries its next node (a problem without a place: all go back off the grid).
    for (const n of near) {
      const moved = [...options.values()].filter((o) => o.at < o.nodes.length);
      if (Number.isNaN(n[0])) for (const o of moved) o.at = o.nodes.length;
      const o = moved.filter((m) => haversineM(m.nodes[m.at]!, n) < 3 * cellM).sort((a, b) => haversineM(a.nodes[a.at]!, n) - haversineM(b.nodes[b.at]!, n))[0];
      if (!o) continue;
      taken.delete(keyOf(o.nodes[o.at]!));
      o.at++;
      claim(o);
    }
  }
}

const isOnGrid = (p: Pos, grid: number) => p.every((v) => roundPosition([Math.round(v * grid) / grid, 0])[0] === v);

/** Where the outlines are invalid, or two of them overlap, or they leave a hole: positions ([NaN, NaN] when the problem has none). */
function partitionProblems(outlines: Polys[]): Pos[] {
  const where = (text: string): Pos => {
    const m = text.match(/near (-?[\d.]+), (-?[\d.]+)/);
    return m ? [Number(m[1]), Number(m[2])] : [NaN, NaN];
  };
  const out = outlines.flatMap((polys) => polygonProblems(polys)).map(where);
  for (let i = 0; i < outlines.length; i++) {
    for (let j = i + 1; j < outlines.length; j++) for (const poly of intersect(outlines[i]!, outlines[j]!)) if (areaM2([poly]) >= MIN_PIECE_M2) out.push(poly[0]![0]!);
  }
  for (const poly of unite(outlines[0]!, ...outlines.slice(1))) for (const hole of poly.slice(1)) if (areaM2([[hole]]) >= MIN_PIECE_M2) out.push(hole[0]!);
  return out;
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
