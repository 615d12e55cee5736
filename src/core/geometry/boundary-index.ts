/**
 * The nearest boundary stretch and its distance in local metres (local-metres.ts) at the query's
 * latitude. Flatbush, a packed Hilbert R-tree, holds the boxes of chunks of up to CHUNK
 * consecutive segments and finds the candidate chunks; the distance is computed exactly on every
 * segment of each candidate.
 */
import Flatbush from 'flatbush';
import type { BoundaryStretch } from '../types';
import type { BoundaryLine } from './boundary-lines';
import { flatBox } from './flat-box';
import { METRES_PER_DEGREE, RAD } from '../earth';
import { metresPerDegreeLng, segmentDistance2 } from './local-metres';

export interface NearestBoundary {
  distanceM: number;
  stretch: BoundaryStretch;
  /** True when some stretch lies within accuracy + that stretch's error bound. */
  near: boolean;
}

/**
 * Segments per tree item. The real boundary has about 7,200 segments; a tree over single segments
 * takes several milliseconds to build in a cold process, one over its 475 chunks under one, at
 * the price of up to 16 exact distances per candidate (8 built slower, 32 answered slower).
 */
const CHUNK = 16;
/** Grows search radii past float rounding, so a segment at exactly the bound is still a candidate. */
const MARGIN = 1 + 1e-9;
/**
 * Query cells, in degrees: a grid over the boundary's box grown by CELL_PAD_DEG. The first query
 * in a cell finds, with the tree, every segment that can be the nearest kept one of any point of
 * the cell; later queries there (a batch of a million rows lands ~50 in each) only measure
 * those, nearest first, and stop at the first that cannot be nearer. Same answers, exactly: the
 * list is complete by construction (see candidatesOf).
 */
const CELL_DEG = 0.01;
const CELL_PAD_DEG = 0.25;
/** Key of the cell lists for queries without a mask. */
const ALL: object = {};

/** A cell's candidate segments, by the smallest squared distance (local metres) any point of the cell can have to each. */
interface Candidates {
  segs: Uint32Array;
  low2: Float64Array;
  /** The cell: its number along x and y. */
  cx: number;
  cy: number;
  /**
   * For accuracy nearFor (the first query's; a batch's rows share one): the kept chunks that may
   * lie within accuracy + their stretch's error bound of a point of the cell, where `near` is from.
   */
  nearFor?: number;
  nearChunks?: Uint32Array;
}

export class BoundaryIndex {
  readonly stretches: BoundaryStretch[];
  /** Every part of every line (flat lng/lat), in line order; segments are numbered along them. */
  private readonly parts: Float64Array[];
  /**
   * Chunk k: segments chunkSeg[k] … chunkSeg[k + 1] − 1, which run along part chunkPart[k] from
   * its vertex chunkVertex[k], on stretch chunkOwner[k].
   */
  private readonly chunkSeg: Uint32Array;
  private readonly chunkPart: Uint32Array;
  private readonly chunkVertex: Uint32Array;
  private readonly chunkOwner: Uint32Array;
  /**
   * The tree's x is longitude × cos(the data's middle latitude), so that box distances in the
   * tree are nearly proportional to local metres anywhere in the data: "nearest box" then picks
   * nearly the nearest chunk, and a distance bound becomes a tight search radius.
   */
  private readonly xScale: number;
  private readonly tree: Flatbush | null;
  private readonly maxErrorM: number;
  private readonly minY: number;
  private readonly maxY: number;
  /** Per relevance mask, per chunk: 1 when some segment is relevant, 0 when none, 2 until first asked. */
  private readonly chunkMasks = new WeakMap<Uint8Array, Uint8Array>();
  /** The chunks' boxes in lng/lat: minX, minY, maxX, maxY each. */
  private readonly boxes: Float64Array;
  /** The query grid: its south-west corner and size in cells. */
  private readonly gridX: number;
  private readonly gridY: number;
  private readonly gridNx: number;
  private readonly gridNy: number;
  /** Per mask (ALL without one), per cell: its candidates, once a query has landed there. */
  private readonly cells = new WeakMap<object, (Candidates | undefined)[]>();
  /** Every segment's end points (x1, y1, x2, y2) and its chunk, flat, made with the first query cell. */
  private segXY: Float64Array | null = null;
  private segChunk: Uint32Array | null = null;

  constructor(lines: BoundaryLine[]) {
    this.stretches = lines.map((l) => l.stretch);
    this.parts = lines.flatMap((l) => l.parts);
    const owners = lines.flatMap((l, si) => l.parts.map(() => si));
    const segments = this.parts.map((p) => Math.max(0, p.length / 2 - 1));
    const chunks = segments.reduce((n, m) => n + Math.ceil(m / CHUNK), 0);
    this.chunkSeg = new Uint32Array(chunks + 1);
    this.chunkPart = new Uint32Array(chunks);
    this.chunkVertex = new Uint32Array(chunks);
    this.chunkOwner = new Uint32Array(chunks);
    const boxes = new Float64Array(chunks * 4);
    let k = 0;
    let seg = 0;
    for (let p = 0; p < this.parts.length; p++) {
      const part = this.parts[p]!;
      for (let v = 0; v < segments[p]!; v += CHUNK, k++) {
        const count = Math.min(CHUNK, segments[p]! - v);
        this.chunkSeg[k] = seg;
        this.chunkPart[k] = p;
        this.chunkVertex[k] = v;
        this.chunkOwner[k] = owners[p]!;
        seg += count;
        boxes.set(flatBox(part, v, v + count), k * 4);
      }
    }
    this.chunkSeg[chunks] = seg;
    // The boxes' corners read as points: their box is the boxes' union.
    const [minX, minY, maxX, maxY] = chunks ? flatBox(boxes) : [0, 0, 0, 0];
    [this.minY, this.maxY] = [minY, maxY];
    this.boxes = boxes;
    this.gridX = minX - CELL_PAD_DEG;
    this.gridY = this.minY - CELL_PAD_DEG;
    this.gridNx = chunks ? Math.ceil((maxX - minX + 2 * CELL_PAD_DEG) / CELL_DEG) : 0;
    this.gridNy = chunks ? Math.ceil((this.maxY - this.minY + 2 * CELL_PAD_DEG) / CELL_DEG) : 0;
    this.maxErrorM = Math.max(0, ...this.stretches.map((st) => st.maxErrorM));
    this.xScale = Math.cos(((this.minY + this.maxY) / 2) * RAD);
    this.tree = chunks ? new Flatbush(chunks) : null;
    if (this.tree) {
      for (let c = 0; c < chunks; c++) this.tree.add(boxes[c * 4]! * this.xScale, boxes[c * 4 + 1]!, boxes[c * 4 + 2]! * this.xScale, boxes[c * 4 + 3]!);
      this.tree.finish();
    }
  }

  /** Number of segments: the length of a relevance mask. */
  get size(): number {
    return this.chunkSeg[this.chunkSeg.length - 1]!;
  }

  /** Calls `each` with every segment's number and its end points, in order. */
  private eachSegment(each: (i: number, x1: number, y1: number, x2: number, y2: number) => void): void {
    for (let k = 0; k + 1 < this.chunkSeg.length; k++) {
      const part = this.parts[this.chunkPart[k]!]!;
      for (let i = this.chunkSeg[k]!, o = this.chunkVertex[k]! * 2; i < this.chunkSeg[k + 1]!; i++, o += 2) each(i, part[o]!, part[o + 1]!, part[o + 2]!, part[o + 3]!);
    }
  }

  /**
   * Two points 1 m either side of each segment's midpoint, as [lng1, lat1, lng2, lat2] per
   * segment: lets the engine keep only stretches whose two sides get different answers.
   */
  sideSamples(): Float64Array {
    const out = new Float64Array(this.size * 4);
    this.eachSegment((i, x1, y1, x2, y2) => {
      const mx = (x1 + x2) / 2;
      const my = (y1 + y2) / 2;
      const kx = metresPerDegreeLng(my);
      const dx = (x2 - x1) * kx;
      const dy = (y2 - y1) * METRES_PER_DEGREE;
      const len = Math.hypot(dx, dy) || 1;
      // The unit normal in metres, turned back into degrees for a 1 m step.
      const nx = -dy / len / kx;
      const ny = dx / len / METRES_PER_DEGREE;
      out.set([mx + nx, my + ny, mx - nx, my - ny], i * 4);
    });
    return out;
  }

  /** Per chunk, whether it has a segment the mask keeps: 1 yes, 0 no, 2 not asked yet (chunkKept fills it in). */
  private chunkMaskOf(mask: Uint8Array): Uint8Array {
    let m = this.chunkMasks.get(mask);
    if (!m) this.chunkMasks.set(mask, (m = new Uint8Array(this.chunkOwner.length).fill(2)));
    return m;
  }

  /** Whether chunk k has a segment the mask keeps; decided per chunk when a search first meets it. */
  private chunkKept(mask: Uint8Array, m: Uint8Array, k: number): boolean {
    if (m[k] === 2) {
      m[k] = 0;
      for (let i = this.chunkSeg[k]!; i < this.chunkSeg[k + 1]! && !m[k]; i++) m[k] = mask[i]!;
    }
    return m[k] === 1;
  }

  /** Metres per degree of longitude the engine measures with at latitude `lat` (clamped to the data's latitudes). */
  private kxAt(lat: number): number {
    return metresPerDegreeLng(Math.min(Math.max(lat, this.minY), this.maxY));
  }

  /** The smallest squared distance (kept segments of chunk k, query at lng/lat, metres per degree kx), and that segment; writes `found`. */
  private nearestIn(k: number, lng: number, lat: number, kx: number, mask: Uint8Array | null, found: { d2: number; seg: number }): void {
    const part = this.parts[this.chunkPart[k]!]!;
    let best = Infinity;
    let seg = -1;
    for (let i = this.chunkSeg[k]!, o = this.chunkVertex[k]! * 2; i < this.chunkSeg[k + 1]!; i++, o += 2) {
      if (mask && mask[i] === 0) continue;
      const d2 = segmentDistance2(lng, lat, part[o]!, part[o + 1]!, part[o + 2]!, part[o + 3]!, kx);
      if (d2 < best) {
        best = d2;
        seg = i;
      }
    }
    found.d2 = best;
    found.seg = seg;
  }

  /**
   * The candidates of query cell (cx, cy). With d0 the distance from the cell's centre to its
   * nearest kept segment, no point of the cell is farther than U = d0 · (largest x scale over the
   * cell / the centre's) + the cell's half-diagonal from that segment (the triangle inequality in
   * the query's local metres). So its nearest kept segment lies in a chunk whose box comes within
   * U of the cell: those, with their distances measured at the cell's smallest x scale, a lower
   * bound for every point of it.
   */
  private candidatesOf(cx: number, cy: number, mask: Uint8Array | null, m: Uint8Array | null): Candidates {
    const x0 = this.gridX + cx * CELL_DEG;
    const y0 = this.gridY + cy * CELL_DEG;
    const x1 = x0 + CELL_DEG;
    const y1 = y0 + CELL_DEG;
    const centre = this.search((x0 + x1) / 2, (y0 + y1) / 2, mask, m);
    const none = { segs: new Uint32Array(0), low2: new Float64Array(0), cx, cy };
    if (!centre) return none;
    // The x scale over the cell's latitudes (cos is monotonic on either side of the equator).
    const kxMax = Math.max(this.kxAt(y0), this.kxAt(y1));
    const kxMin = Math.min(this.kxAt(y0), this.kxAt(y1));
    const reach = (Math.sqrt(centre.d2) * (kxMax / this.kxAt((y0 + y1) / 2)) + Math.hypot((CELL_DEG / 2) * kxMax, (CELL_DEG / 2) * METRES_PER_DEGREE)) * MARGIN + 1e-6;
    const rx = (reach / kxMin) * MARGIN;
    const ry = (reach / METRES_PER_DEGREE) * MARGIN;
    const segXY = this.segmentsFlat();
    const found: [number, number][] = [];
    const reach2 = reach * reach;
    for (const k of this.tree!.search((x0 - rx) * this.xScale, y0 - ry, (x1 + rx) * this.xScale, y1 + ry)) {
      if (m && !this.chunkKept(mask!, m, k)) continue;
      for (let i = this.chunkSeg[k]!; i < this.chunkSeg[k + 1]!; i++) {
        if (mask && mask[i] === 0) continue;
        // The segment's box against the cell, at the cell's smallest x scale: a lower bound.
        const ax = segXY[i * 4]!, ay = segXY[i * 4 + 1]!, bx = segXY[i * 4 + 2]!, by = segXY[i * 4 + 3]!;
        const dx = Math.max(Math.min(ax, bx) - x1, x0 - Math.max(ax, bx), 0) * kxMin;
        const dy = Math.max(Math.min(ay, by) - y1, y0 - Math.max(ay, by), 0) * METRES_PER_DEGREE;
        const low2 = (dx * dx + dy * dy) / (MARGIN * MARGIN);
        if (low2 <= reach2) found.push([low2, i]);
      }
    }
    found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    return { segs: Uint32Array.from(found, (f) => f[1]), low2: Float64Array.from(found, (f) => f[0]), cx, cy };
  }

  /**
   * The kept chunks whose box comes within accuracy + its stretch's error bound of the cell (box
   * distance at the cell's smallest x scale, a lower bound for every point of it): a superset of
   * those within that reach of any point in the cell.
   */
  private nearChunksOf(c: Candidates, accuracyM: number, mask: Uint8Array | null, m: Uint8Array | null): Uint32Array {
    const x0 = this.gridX + c.cx * CELL_DEG;
    const y0 = this.gridY + c.cy * CELL_DEG;
    const x1 = x0 + CELL_DEG;
    const y1 = y0 + CELL_DEG;
    const kxMin = Math.min(this.kxAt(y0), this.kxAt(y1));
    const reach = accuracyM + this.maxErrorM;
    const rx = (reach / kxMin) * MARGIN;
    const ry = (reach / METRES_PER_DEGREE) * MARGIN;
    const out: number[] = [];
    for (const k of this.tree!.search((x0 - rx) * this.xScale, y0 - ry, (x1 + rx) * this.xScale, y1 + ry)) {
      const within = accuracyM + this.stretches[this.chunkOwner[k]!]!.maxErrorM;
      const b = k * 4;
      const dx = Math.max(this.boxes[b]! - x1, x0 - this.boxes[b + 2]!, 0) * kxMin;
      const dy = Math.max(this.boxes[b + 1]! - y1, y0 - this.boxes[b + 3]!, 0) * METRES_PER_DEGREE;
      if (dx * dx + dy * dy > within * within * MARGIN) continue;
      if (m && !this.chunkKept(mask!, m, k)) continue;
      out.push(k);
    }
    return Uint32Array.from(out.sort((a, b) => a - b));
  }

  /** Every segment's end points, flat (x1, y1, x2, y2 each), and its chunk; made once, for the query cells. */
  private segmentsFlat(): Float64Array {
    if (this.segXY) return this.segXY;
    const xy = new Float64Array(this.size * 4);
    const owner = new Uint32Array(this.size);
    for (let k = 0; k + 1 < this.chunkSeg.length; k++) {
      const part = this.parts[this.chunkPart[k]!]!;
      for (let i = this.chunkSeg[k]!, o = this.chunkVertex[k]! * 2; i < this.chunkSeg[k + 1]!; i++, o += 2) {
        xy[i * 4] = part[o]!;
        xy[i * 4 + 1] = part[o + 1]!;
        xy[i * 4 + 2] = part[o + 2]!;
        xy[i * 4 + 3] = part[o + 3]!;
        owner[i] = k;
      }
    }
    this.segChunk = owner;
    return (this.segXY = xy);
  }

  /** The cell's candidates, found on the first query there; null outside the grid. */
  private candidatesAt(lng: number, lat: number, mask: Uint8Array | null, m: Uint8Array | null): Candidates | null {
    const cx = Math.floor((lng - this.gridX) / CELL_DEG);
    const cy = Math.floor((lat - this.gridY) / CELL_DEG);
    if (!(cx >= 0 && cx < this.gridNx && cy >= 0 && cy < this.gridNy)) return null;
    const key = mask ?? ALL;
    let list = this.cells.get(key);
    if (!list) this.cells.set(key, (list = []));
    const i = cy * this.gridNx + cx;
    return (list[i] ??= this.candidatesOf(cx, cy, mask, m));
  }

  /** The nearest kept segment found with the tree alone (no query cells): its squared distance, segment and chunk. */
  private search(lng: number, lat: number, mask: Uint8Array | null, m: Uint8Array | null): { d2: number; seg: number; chunk: number } | null {
    const tree = this.tree!;
    const keep = m ? (k: number) => this.chunkKept(mask!, m, k) : undefined;
    const kx = this.kxAt(lat);
    // Metres per tree unit along x and y; no point of a box lies nearer than `atLeast` × its box distance.
    const atLeast = Math.min(kx / this.xScale, METRES_PER_DEGREE);
    const x = lng * this.xScale;
    // An upper bound from the chunk with the nearest box (Flatbush's single-nearest search is its
    // fastest), then every chunk whose box lies within that bound.
    const first = tree.neighbors(x, lat, 1, Infinity, keep)[0];
    if (first === undefined) return null;
    const found = { d2: Infinity, seg: -1 };
    this.nearestIn(first, lng, lat, kx, mask, found);
    let best = found.d2;
    let bestSeg = found.seg;
    let bestChunk = first;
    for (const k of tree.neighbors(x, lat, Infinity, (Math.sqrt(best) / atLeast) * MARGIN, keep)) {
      this.nearestIn(k, lng, lat, kx, mask, found);
      if (found.d2 < best || (found.d2 === best && found.seg < bestSeg)) [best, bestSeg, bestChunk] = [found.d2, found.seg, k];
    }
    return { d2: best, seg: bestSeg, chunk: bestChunk };
  }

  /** Whether a kept segment of chunk k lies within accuracy + its stretch's error bound of lng/lat. */
  private withinBound(k: number, lng: number, lat: number, kx: number, accuracyM: number, mask: Uint8Array | null, m: Uint8Array | null, found: { d2: number; seg: number }): boolean {
    const within = accuracyM + this.stretches[this.chunkOwner[k]!]!.maxErrorM;
    // The chunk's box alone rules most out: its distance is a lower bound for its segments'.
    const b = k * 4;
    const dx = Math.max(this.boxes[b]! - lng, lng - this.boxes[b + 2]!, 0) * kx;
    const dy = Math.max(this.boxes[b + 1]! - lat, lat - this.boxes[b + 3]!, 0) * METRES_PER_DEGREE;
    if (dx * dx + dy * dy > within * within * MARGIN) return false;
    if (m && !this.chunkKept(mask!, m, k)) return false;
    this.nearestIn(k, lng, lat, kx, mask, found);
    return Math.sqrt(found.d2) <= within;
  }

  /**
   * The nearest segment among those with mask[i] = 1 (all when mask is null), its distance in
   * metres, and whether any such segment lies within accuracy + its own stretch's error bound.
   * Equal distances go to the segment that comes first in the data.
   */
  nearest(lng: number, lat: number, accuracyM: number, mask: Uint8Array | null = null): NearestBoundary | null {
    const tree = this.tree;
    if (!tree) return null;
    const m = mask ? this.chunkMaskOf(mask) : null;
    const kx = this.kxAt(lat);
    let best: number;
    let bestChunk: number;
    const cands = this.candidatesAt(lng, lat, mask, m);
    if (cands) {
      best = Infinity;
      let bestSeg = -1;
      const { segs, low2 } = cands;
      const xy = this.segXY!;
      for (let j = 0; j < segs.length && low2[j]! <= best; j++) {
        const i = segs[j]!;
        const d2 = segmentDistance2(lng, lat, xy[i * 4]!, xy[i * 4 + 1]!, xy[i * 4 + 2]!, xy[i * 4 + 3]!, kx);
        if (d2 < best || (d2 === best && i < bestSeg)) {
          best = d2;
          bestSeg = i;
        }
      }
      if (bestSeg < 0) return null;
      bestChunk = this.segChunk![bestSeg]!;
    } else {
      const s = this.search(lng, lat, mask, m);
      if (!s) return null;
      best = s.d2;
      bestChunk = s.chunk;
    }
    const distanceM = Math.sqrt(best);
    const stretch = this.stretches[this.chunkOwner[bestChunk]!]!;
    let near = distanceM <= accuracyM + stretch.maxErrorM;
    const reach = accuracyM + this.maxErrorM;
    if (!near && distanceM <= reach) {
      // A farther stretch with a larger error bound may still be within reach.
      const mx = kx / this.xScale;
      const x = lng * this.xScale;
      const rx = (reach / mx) * MARGIN;
      const ry = (reach / METRES_PER_DEGREE) * MARGIN;
      const found = { d2: Infinity, seg: -1 };
      if (cands && (cands.nearFor ?? accuracyM) === accuracyM) {
        // The cell's short list (built on its first such query) instead of a tree search per query.
        if (cands.nearFor === undefined) [cands.nearFor, cands.nearChunks] = [accuracyM, this.nearChunksOf(cands, accuracyM, mask, m)];
        const list = cands.nearChunks!;
        for (let j = 0; j < list.length && !near; j++) near = this.withinBound(list[j]!, lng, lat, kx, accuracyM, mask, m, found);
      } else {
        near = tree.collides(x - rx, lat - ry, x + rx, lat + ry, (k) => this.withinBound(k, lng, lat, kx, accuracyM, mask, m, found));
      }
    }
    return { distanceM, stretch, near };
  }
}
