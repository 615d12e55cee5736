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
import { PerKey } from './per-key';
import { segmentDistance2 } from './local-metres';

/**
 * Query cells, in degrees: a grid over the boundary's box grown by CELL_PAD_DEG. The first query
 * in a cell finds, with the tree, every segment that can be the nearest kept one of any point of
 * the cell; later queries there (a batch of a million rows lands ~50 in each) only measure
 * those, nearest first, and stop at the first that cannot be nearer. Same answers, exactly: the
 * list is complete by construction (see fillCell).
 */
const CELL_DEG = 0.01;
const CELL_PAD_DEG = 0.25;
/** Key of the cell tables for queries without a mask. */
const ALL: object = {};

/**
 * One mask's query cells, filled in as queries land in them. Each cell's candidates lie one after
 * another in two pools (their lower bounds, their segments), nearest first: a query reads one
 * short run of memory instead of chasing a cell object and its arrays, which in a batch of rows
 * in random order costs more in cache misses than the distances themselves.
 */
class CellTable {
  /** Per cell: where its candidates start in the pools, −1 until a query lands there. */
  readonly start: Int32Array;
  /** Per cell: how many candidates it has. */
  readonly count: Uint32Array;
  /** Per candidate: the smallest squared distance (local metres) any point of its cell can have to the segment. */
  low2 = new Float64Array(1 << 12);
  /** Per candidate: the segment's number. */
  segs = new Uint32Array(1 << 12);
  /** Candidates in the pools. */
  used = 0;
  /**
   * Per cell: the accuracy its near list was made for (the first query's; a batch's rows share
   * one), NaN until asked; and that list: the kept chunks that may lie within accuracy + their
   * stretch's error bound of a point of the cell, where `near` is from.
   */
  readonly nearFor: Float64Array;
  readonly nearChunks: (Uint32Array | undefined)[] = [];

  constructor(cells: number) {
    this.start = new Int32Array(cells).fill(-1);
    this.count = new Uint32Array(cells);
    this.nearFor = new Float64Array(cells).fill(NaN);
  }

  /** Room for `more` candidates after the used ones (the pools double as they fill). */
  reserve(more: number): void {
    if (this.used + more <= this.segs.length) return;
    const size = Math.max(this.used + more, this.segs.length * 2);
    const low2 = new Float64Array(size);
    const segs = new Uint32Array(size);
    low2.set(this.low2.subarray(0, this.used));
    segs.set(this.segs.subarray(0, this.used));
    [this.low2, this.segs] = [low2, segs];
  }
}

export class QueryCellIndex extends BoundaryIndex {
  /** The query grid: its south-west corner and size in cells. */
  private readonly gridX: number;
  private readonly gridY: number;
  private readonly gridNx: number;
  private readonly gridNy: number;
  /** Per mask (ALL without one): its cells. */
  private readonly tables = new PerKey<object, CellTable>(() => new CellTable(this.gridNx * this.gridNy));
  /** Every segment's end points (x1, y1, x2, y2), flat, and its chunk; made with the first query cell. */
  private segXY: Float64Array | null = null;
  private segChunk: Uint32Array | null = null;
  /** Scratch for making one cell's list (its candidates' bounds and segments, and their order), reused for every cell. */
  private foundLow2: Float64Array | null = null;
  private foundSeg: Uint32Array | null = null;
  private foundOrder: Uint32Array | null = null;

  constructor(lines: BoundaryLine[], treeOrder?: ArrayLike<number> | null) {
    super(lines, treeOrder);
    const chunks = this.chunkOwner.length;
    const [minX, , maxX] = chunks ? flatBox(this.boxes) : [0, 0, 0, 0];
    this.gridX = minX - CELL_PAD_DEG;
    this.gridY = this.minY - CELL_PAD_DEG;
    this.gridNx = chunks ? Math.ceil((maxX - minX + 2 * CELL_PAD_DEG) / CELL_DEG) : 0;
    this.gridNy = chunks ? Math.ceil((this.maxY - this.minY + 2 * CELL_PAD_DEG) / CELL_DEG) : 0;
  }

  protected override nearestSegment(lng: number, lat: number, kx: number, mask: Uint8Array | null, m: Uint8Array | null): number {
    const c = this.cellAt(lng, lat);
    if (c < 0) return super.nearestSegment(lng, lat, kx, mask, m);
    const t = this.tableOf(mask);
    if (t.start[c]! < 0) this.fillCell(t, c, mask, m);
    return this.nearestInCell(t, c, lng, lat, kx);
  }

  /**
   * The nearest of cell c's candidates to lng/lat, −1 when it has none: measured nearest bound
   * first, stopping at the first bound beyond the best distance found (nothing after it can be
   * nearer). Ties go to the lower segment number, as in the tree search.
   */
  private nearestInCell(t: CellTable, c: number, lng: number, lat: number, kx: number): number {
    const { low2, segs } = t;
    const xy = this.segXY!;
    let best = Infinity;
    let bestSeg = -1;
    for (let j = t.start[c]!, end = j + t.count[c]!; j < end && low2[j]! <= best; j++) {
      const i = segs[j]!;
      const d2 = segmentDistance2(lng, lat, xy[i * 4]!, xy[i * 4 + 1]!, xy[i * 4 + 2]!, xy[i * 4 + 3]!, kx);
      if (d2 < best || (d2 === best && i < bestSeg)) {
        best = d2;
        bestSeg = i;
      }
    }
    return bestSeg;
  }

  protected override nearListOf(lng: number, lat: number, accuracyM: number, mask: Uint8Array | null, m: Uint8Array | null): Uint32Array | undefined {
    const c = this.cellAt(lng, lat);
    if (c < 0) return undefined;
    const t = this.tableOf(mask);
    // The cell's short list, made for the first accuracy asked there; another accuracy asks the tree.
    if (Number.isNaN(t.nearFor[c]!)) [t.nearFor[c], t.nearChunks[c]] = [accuracyM, this.nearChunksOf(c, accuracyM, mask, m)];
    return t.nearFor[c] === accuracyM ? t.nearChunks[c] : undefined;
  }

  /** The cell lng/lat lies in (its number, row by row), −1 outside the grid. */
  private cellAt(lng: number, lat: number): number {
    const cx = Math.floor((lng - this.gridX) / CELL_DEG);
    const cy = Math.floor((lat - this.gridY) / CELL_DEG);
    return cx >= 0 && cx < this.gridNx && cy >= 0 && cy < this.gridNy ? cy * this.gridNx + cx : -1;
  }

  /** The segment's chunk read from a table once the cells have one (instead of a search per query). */
  protected override chunkOf(seg: number): number {
    return this.segChunk ? this.segChunk[seg]! : super.chunkOf(seg);
  }

  /** Cell c's box in lng/lat. */
  private cellBox(c: number): [x0: number, y0: number, x1: number, y1: number] {
    const x0 = this.gridX + (c % this.gridNx) * CELL_DEG;
    const y0 = this.gridY + Math.floor(c / this.gridNx) * CELL_DEG;
    return [x0, y0, x0 + CELL_DEG, y0 + CELL_DEG];
  }

  /** The cells of queries with this mask (null: none). */
  private tableOf(mask: Uint8Array | null): CellTable {
    return this.tables.get(mask ?? ALL);
  }

  /**
   * Appends cell c's candidates to the table. With d0 the distance from the cell's centre to its
   * nearest kept segment, no point of the cell is farther than U = d0 · (largest x scale over the
   * cell / the centre's) + the cell's half-diagonal from that segment (the triangle inequality in
   * the query's local metres). So its nearest kept segment lies in a chunk whose box comes within
   * U of the cell: those, with their distances measured at the cell's smallest x scale, a lower
   * bound for every point of it.
   */
  private fillCell(t: CellTable, c: number, mask: Uint8Array | null, m: Uint8Array | null): void {
    const [x0, y0, x1, y1] = this.cellBox(c);
    const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
    t.start[c] = t.used;
    t.count[c] = 0;
    const centre = this.search(cx, cy, mask, m);
    if (centre < 0) return;
    const centreD2 = this.segmentD2(this.chunkOf(centre), centre, cx, cy, this.kxAt(cy));
    // The x scale over the cell's latitudes (cos is monotonic on either side of the equator).
    const kxMax = Math.max(this.kxAt(y0), this.kxAt(y1));
    const kxMin = Math.min(this.kxAt(y0), this.kxAt(y1));
    const reach = (Math.sqrt(centreD2) * (kxMax / this.kxAt(cy)) + Math.hypot((CELL_DEG / 2) * kxMax, (CELL_DEG / 2) * METRES_PER_DEGREE)) * MARGIN + 1e-6;
    const rx = (reach / kxMin) * MARGIN;
    const ry = (reach / METRES_PER_DEGREE) * MARGIN;
    const segXY = this.segmentsFlat();
    const low = (this.foundLow2 ??= new Float64Array(this.size));
    const seg = (this.foundSeg ??= new Uint32Array(this.size));
    let n = 0;
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
        if (low2 <= reach2) {
          low[n] = low2;
          seg[n++] = i;
        }
      }
    }
    // Nearest bound first (then segment number, so that the list does not depend on the tree's order).
    const order = (this.foundOrder ??= new Uint32Array(this.size)).subarray(0, n);
    for (let j = 0; j < n; j++) order[j] = j;
    order.sort((a, b) => low[a]! - low[b]! || seg[a]! - seg[b]!);
    t.reserve(n);
    for (let j = 0; j < n; j++) {
      t.low2[t.used + j] = low[order[j]!]!;
      t.segs[t.used + j] = seg[order[j]!]!;
    }
    t.count[c] = n;
    t.used += n;
  }

  /**
   * The kept chunks whose box comes within accuracy + its stretch's error bound of cell c (box
   * distance at the cell's smallest x scale, a lower bound for every point of it): a superset of
   * those within that reach of any point in the cell.
   */
  private nearChunksOf(c: number, accuracyM: number, mask: Uint8Array | null, m: Uint8Array | null): Uint32Array {
    const [x0, y0, x1, y1] = this.cellBox(c);
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
    const chunkOfSeg = new Uint32Array(this.size);
    for (let k = 0; k + 1 < this.chunkSeg.length; k++) {
      const part = this.parts[this.chunkPart[k]!]!;
      for (let i = this.chunkSeg[k]!, o = this.chunkVertex[k]! * 2; i < this.chunkSeg[k + 1]!; i++, o += 2) {
        xy[i * 4] = part[o]!;
        xy[i * 4 + 1] = part[o + 1]!;
        xy[i * 4 + 2] = part[o + 2]!;
        xy[i * 4 + 3] = part[o + 3]!;
        chunkOfSeg[i] = k;
      }
    }
    this.segChunk = chunkOfSeg;
    return (this.segXY = xy);
  }
}
