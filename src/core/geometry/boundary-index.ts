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
    let minY = Infinity;
    let maxY = -Infinity;
    for (let c = 0; c < chunks; c++) {
      minY = Math.min(minY, boxes[c * 4 + 1]!);
      maxY = Math.max(maxY, boxes[c * 4 + 3]!);
    }
    [this.minY, this.maxY] = chunks ? [minY, maxY] : [0, 0];
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

  /** Whether chunk k has a segment the mask keeps; decided per chunk when the search first meets it. */
  private keeps(mask: Uint8Array, k: number): boolean {
    let m = this.chunkMasks.get(mask);
    if (!m) this.chunkMasks.set(mask, (m = new Uint8Array(this.chunkOwner.length).fill(2)));
    if (m[k] === 2) {
      m[k] = 0;
      for (let i = this.chunkSeg[k]!; i < this.chunkSeg[k + 1]! && !m[k]; i++) m[k] = mask[i]!;
    }
    return m[k] === 1;
  }

  /**
   * The nearest segment among those with mask[i] = 1 (all when mask is null), its distance in
   * metres, and whether any such segment lies within accuracy + its own stretch's error bound.
   * Equal distances go to the segment that comes first in the data.
   */
  nearest(lng: number, lat: number, accuracyM: number, mask: Uint8Array | null = null): NearestBoundary | null {
    const tree = this.tree;
    if (!tree) return null;
    const keep = mask ? (k: number) => this.keeps(mask, k) : undefined;
    // Metres per degree of longitude at the query, clamped to the data's latitudes so far-away
    // queries keep a sane scale.
    const kx = metresPerDegreeLng(Math.min(Math.max(lat, this.minY), this.maxY));
    // Metres per tree unit along x and y; no point of a box lies nearer than `atLeast` × its box distance.
    const mx = kx / this.xScale;
    const atLeast = Math.min(mx, METRES_PER_DEGREE);
    const x = lng * this.xScale;
    /** The smallest squared distance from the query to a kept segment of chunk k, and that segment. */
    const nearestIn = (k: number): [number, number] => {
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
      return [best, seg];
    };
    // An upper bound from the chunk with the nearest box (Flatbush's single-nearest search is its
    // fastest), then every chunk whose box lies within that bound.
    const first = tree.neighbors(x, lat, 1, Infinity, keep)[0];
    if (first === undefined) return null;
    let [best, bestSeg] = nearestIn(first);
    let bestChunk = first;
    for (const k of tree.neighbors(x, lat, Infinity, (Math.sqrt(best) / atLeast) * MARGIN, keep)) {
      const [d2, seg] = nearestIn(k);
      if (d2 < best || (d2 === best && seg < bestSeg)) [best, bestSeg, bestChunk] = [d2, seg, k];
    }
    const distanceM = Math.sqrt(best);
    const stretch = this.stretches[this.chunkOwner[bestChunk]!]!;
    let near = distanceM <= accuracyM + stretch.maxErrorM;
    const reach = accuracyM + this.maxErrorM;
    if (!near && distanceM <= reach) {
      // A farther stretch with a larger error bound may still be within reach.
      const rx = (reach / mx) * MARGIN;
      const ry = (reach / METRES_PER_DEGREE) * MARGIN;
      near = tree.collides(x - rx, lat - ry, x + rx, lat + ry, (k) => {
        if (keep && !keep(k)) return false;
        const [d2] = nearestIn(k);
        return Math.sqrt(d2) <= accuracyM + this.stretches[this.chunkOwner[k]!]!.maxErrorM;
      });
    }
    return { distanceM, stretch, near };
  }
}
