/**
 * Query cells for batches: a BoundaryIndex whose nearest() first looks in a grid of cells, each
 * listing, once, the segments that can be nearest for any point of it and the chunks `near` can
 * come from — the same answers as the tree alone (tests/core/geometry.test.ts compares both with
 * brute force), with far fewer distances per query when many queries share a cell. The CLI turns
 * it on (useQueryCells); the app's worker answers one place at a time and does without its bytes.
 */
import { METRES_PER_DEGREE } from '../earth';
import { BoundaryIndex, MARGIN } from './boundary-index';
import type { BoundaryLine } from './boundary-lines';
import { flatBox } from './flat-box';
import { segmentDistance2 } from './local-metres';

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

export class QueryCellIndex extends BoundaryIndex {
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

  constructor(lines: BoundaryLine[], treeOrder?: ArrayLike<number> | null) {
    super(lines, treeOrder);
    const chunks = this.chunkOwner.length;
    const [minX, , maxX] = chunks ? flatBox(this.boxes) : [0, 0, 0, 0];
    this.gridX = minX - CELL_PAD_DEG;
    this.gridY = this.minY - CELL_PAD_DEG;
    this.gridNx = chunks ? Math.ceil((maxX - minX + 2 * CELL_PAD_DEG) / CELL_DEG) : 0;
    this.gridNy = chunks ? Math.ceil((this.maxY - this.minY + 2 * CELL_PAD_DEG) / CELL_DEG) : 0;
  }

  protected override fromCell(lng: number, lat: number, kx: number, mask: Uint8Array | null, m: Uint8Array | null): { d2: number; chunk: number } | null | undefined {
    const cands = this.candidatesAt(lng, lat, mask, m);
    if (!cands) return undefined;
    let best = Infinity;
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
    return bestSeg < 0 ? null : { d2: best, chunk: this.segChunk![bestSeg]! };
  }

  protected override nearListOf(lng: number, lat: number, accuracyM: number, mask: Uint8Array | null, m: Uint8Array | null): Uint32Array | undefined {
    const cands = this.candidatesAt(lng, lat, mask, m);
    // The cell's short list, built for the first accuracy asked there; another accuracy asks the tree.
    if (!cands || (cands.nearFor ?? accuracyM) !== accuracyM) return undefined;
    if (cands.nearFor === undefined) [cands.nearFor, cands.nearChunks] = [accuracyM, this.nearChunksOf(cands, accuracyM, mask, m)];
    return cands.nearChunks;
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
}
