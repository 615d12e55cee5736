/**
 * The nearest boundary stretch and its distance in local metres (local-metres.ts) at the query's
 * latitude. Flatbush, a packed Hilbert R-tree, holds the boxes of chunks of up to CHUNK
 * consecutive segments and finds the candidate chunks; the distance is computed exactly on every
 * segment of each candidate.
 */
import type Flatbush from 'flatbush';
import type { BoundaryStretch } from '../types';
import type { BoundaryLine } from './boundary-lines';
import { METRES_PER_DEGREE, RAD } from '../earth';
import { metresPerDegreeLng, segmentDistance2 } from './local-metres';
import { leafOrder, treeOf } from './packed-tree';
import { PerKey } from './per-key';
import { flatBoxInto } from './flat-box';

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
export const MARGIN = 1 + 1e-9;
/** The class the engine builds its index with: BoundaryIndex, or one with query cells (useQueryCells). */
let IndexClass: (new (lines: BoundaryLine[], treeOrder?: ArrayLike<number> | null) => BoundaryIndex) | null = null;
/** Turns query cells (boundary-cells.ts) on or off for indexes built from now on; the CLI turns them on for batches. */
export function useQueryCells(c: (new (lines: BoundaryLine[], treeOrder?: ArrayLike<number> | null) => BoundaryIndex) | null): void {
  IndexClass = c;
}
export const boundaryIndexOf = (lines: BoundaryLine[], treeOrder?: ArrayLike<number> | null): BoundaryIndex => new (IndexClass ?? BoundaryIndex)(lines, treeOrder);

export class BoundaryIndex {
  readonly stretches: BoundaryStretch[];
  /** Every part of every line (flat lng/lat), in line order; segments are numbered along them. */
  protected readonly parts: Float64Array[];
  /**
   * Chunk k: segments chunkSeg[k] … chunkSeg[k + 1] − 1, which run along part chunkPart[k] from
   * its vertex chunkVertex[k], on stretch chunkOwner[k].
   */
  protected readonly chunkSeg: Uint32Array;
  protected readonly chunkPart: Uint32Array;
  protected readonly chunkVertex: Uint32Array;
  protected readonly chunkOwner: Uint32Array;
  /**
   * The tree's x is longitude × cos(the data's middle latitude), so that box distances in the
   * tree are nearly proportional to local metres anywhere in the data: "nearest box" then picks
   * nearly the nearest chunk, and a distance bound becomes a tight search radius.
   */
  protected readonly xScale: number;
  protected readonly tree: Flatbush | null;
  protected readonly maxErrorM: number;
  protected readonly minY: number;
  protected readonly maxY: number;
  /** Per relevance mask, per chunk: 1 when some segment is relevant, 0 when none, 2 until first asked. */
  private readonly chunkMasks = new PerKey<Uint8Array, Uint8Array>(() => new Uint8Array(this.chunkOwner.length).fill(2));
  /** Reused by every distance search, so that none allocates its result holder. */
  protected readonly scratch = { d2: Infinity, seg: -1 };
  /** The chunks' boxes in lng/lat: minX, minY, maxX, maxY each. */
  protected readonly boxes: Float64Array;
  /**
   * `treeOrder`: the tree's leaf order as geo:build found it (the compact file's tree stream,
   * packed-tree.ts), so the tree is not sorted again here; without it, or when it does not fit
   * these chunks, Flatbush sorts them.
   */
  constructor(lines: BoundaryLine[], treeOrder?: ArrayLike<number> | null) {
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
    let minY = Infinity;
    let maxY = -Infinity;
    for (let p = 0; p < this.parts.length; p++) {
      const part = this.parts[p]!;
      for (let v = 0; v < segments[p]!; v += CHUNK, k++) {
        const count = Math.min(CHUNK, segments[p]! - v);
        this.chunkSeg[k] = seg;
        this.chunkPart[k] = p;
        this.chunkVertex[k] = v;
        this.chunkOwner[k] = owners[p]!;
        seg += count;
        // The chunk's box, vertices v … v + count.
        flatBoxInto(part, v, v + count, boxes, k * 4);
        if (boxes[k * 4 + 1]! < minY) minY = boxes[k * 4 + 1]!;
        if (boxes[k * 4 + 3]! > maxY) maxY = boxes[k * 4 + 3]!;
      }
    }
    this.chunkSeg[chunks] = seg;
    // The boxes' union (latitudes used here).
    [this.minY, this.maxY] = chunks ? [minY, maxY] : [0, 0];
    this.boxes = boxes;
    this.maxErrorM = Math.max(0, ...this.stretches.map((st) => st.maxErrorM));
    this.xScale = Math.cos(((this.minY + this.maxY) / 2) * RAD);
    const items = new Float64Array(chunks * 4);
    for (let c = 0; c < chunks * 4; c += 4) {
      items[c] = boxes[c]! * this.xScale;
      items[c + 1] = boxes[c + 1]!;
      items[c + 2] = boxes[c + 2]! * this.xScale;
      items[c + 3] = boxes[c + 3]!;
    }
    this.tree = chunks ? treeOf(items, treeOrder) : null;
  }

  /** The tree's leaf order, for the compact file (empty without a boundary). */
  get treeOrder(): Uint32Array {
    return this.tree ? leafOrder(this.tree) : new Uint32Array(0);
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
    return this.chunkMasks.get(mask);
  }

  /** Whether chunk k has a segment the mask keeps; decided per chunk when a search first meets it. */
  protected chunkKept(mask: Uint8Array, m: Uint8Array, k: number): boolean {
    if (m[k] === 2) {
      m[k] = 0;
      for (let i = this.chunkSeg[k]!; i < this.chunkSeg[k + 1]! && !m[k]; i++) m[k] = mask[i]!;
    }
    return m[k] === 1;
  }

  /** Metres per degree of longitude the engine measures with at latitude `lat` (clamped to the data's latitudes). */
  protected kxAt(lat: number): number {
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

  /** The chunk that segment `seg` belongs to (chunkSeg is ascending: a binary search). */
  protected chunkOf(seg: number): number {
    let lo = 0;
    let hi = this.chunkOwner.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.chunkSeg[mid]! <= seg) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Squared distance in local metres (kx at the query) from lng/lat to segment `seg` of chunk k: what nearestIn measures for it. */
  protected segmentD2(k: number, seg: number, lng: number, lat: number, kx: number): number {
    const part = this.parts[this.chunkPart[k]!]!;
    const o = (this.chunkVertex[k]! + seg - this.chunkSeg[k]!) * 2;
    return segmentDistance2(lng, lat, part[o]!, part[o + 1]!, part[o + 2]!, part[o + 3]!, kx);
  }

  /**
   * The nearest kept segment's number, −1 when the mask keeps none (ties to the segment first in
   * the data). Query cells (boundary-cells.ts) answer it from their lists.
   */
  protected nearestSegment(lng: number, lat: number, _kx: number, mask: Uint8Array | null, m: Uint8Array | null): number {
    return this.search(lng, lat, mask, m);
  }

  /** The nearest kept segment found with the tree alone (no query cells): its number, −1 when there is none. */
  protected search(lng: number, lat: number, mask: Uint8Array | null, m: Uint8Array | null): number {
    const tree = this.tree!;
    const keep = m ? (k: number) => this.chunkKept(mask!, m, k) : undefined;
    const kx = this.kxAt(lat);
    // Metres per tree unit along x and y; no point of a box lies nearer than `atLeast` × its box distance.
    const atLeast = Math.min(kx / this.xScale, METRES_PER_DEGREE);
    const x = lng * this.xScale;
    // An upper bound from the chunk with the nearest box (Flatbush's single-nearest search is its
    // fastest), then every chunk whose box lies within that bound.
    const first = tree.neighbors(x, lat, 1, Infinity, keep)[0];
    if (first === undefined) return -1;
    const found = this.scratch;
    this.nearestIn(first, lng, lat, kx, mask, found);
    let best = found.d2;
    let bestSeg = found.seg;
    for (const k of tree.neighbors(x, lat, Infinity, (Math.sqrt(best) / atLeast) * MARGIN, keep)) {
      this.nearestIn(k, lng, lat, kx, mask, found);
      if (found.d2 < best || (found.d2 === best && found.seg < bestSeg)) [best, bestSeg] = [found.d2, found.seg];
    }
    return bestSeg;
  }

  /** Whether a kept segment of chunk k lies within accuracy + its stretch's error bound of lng/lat. */
  private withinBound(k: number, lng: number, lat: number, kx: number, accuracyM: number, mask: Uint8Array | null, m: Uint8Array | null): boolean {
    const within = accuracyM + this.stretches[this.chunkOwner[k]!]!.maxErrorM;
    // The chunk's box alone rules most out: its distance is a lower bound for its segments'.
    const b = k * 4;
    const dx = Math.max(this.boxes[b]! - lng, lng - this.boxes[b + 2]!, 0) * kx;
    const dy = Math.max(this.boxes[b + 1]! - lat, lat - this.boxes[b + 3]!, 0) * METRES_PER_DEGREE;
    if (dx * dx + dy * dy > within * within * MARGIN) return false;
    if (m && !this.chunkKept(mask!, m, k)) return false;
    this.nearestIn(k, lng, lat, kx, mask, this.scratch);
    return Math.sqrt(this.scratch.d2) <= within;
  }

  /**
   * The chunks `near` can come from, as query cells (boundary-cells.ts, for batches) list them;
   * undefined: ask the tree, as this class always does.
   */
  protected nearListOf(_lng: number, _lat: number, _accuracyM: number, _mask: Uint8Array | null, _m: Uint8Array | null): Uint32Array | undefined {
    return undefined;
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
    const seg = this.nearestSegment(lng, lat, kx, mask, m);
    if (seg < 0) return null;
    // The distance measured again on the one segment found: the same numbers give the same value.
    const bestChunk = this.chunkOf(seg);
    const distanceM = Math.sqrt(this.segmentD2(bestChunk, seg, lng, lat, kx));
    const stretch = this.stretches[this.chunkOwner[bestChunk]!]!;
    let near = distanceM <= accuracyM + stretch.maxErrorM;
    const reach = accuracyM + this.maxErrorM;
    if (!near && distanceM <= reach) {
      // A farther stretch with a larger error bound may still be within reach.
      const mx = kx / this.xScale;
      const x = lng * this.xScale;
      const rx = (reach / mx) * MARGIN;
      const ry = (reach / METRES_PER_DEGREE) * MARGIN;
      const list = this.nearListOf(lng, lat, accuracyM, mask, m);
      if (list) for (let j = 0; j < list.length && !near; j++) near = this.withinBound(list[j]!, lng, lat, kx, accuracyM, mask, m);
      else near = tree.collides(x - rx, lat - ry, x + rx, lat + ry, (k) => this.withinBound(k, lng, lat, kx, accuracyM, mask, m));
    }
    return { distanceM, stretch, near };
  }
}
