/**
 * A grid over one polygon's bounding box, the prefilter of point-in-polygon. A cell that no
 * edge's bounding box touches lies wholly inside or wholly outside the polygon: its state is
 * decided once (at data-build time for the compact file) and answers every query in it with one
 * array read. Only MIXED cells need the exact test.
 *
 * Rings are flat arrays x0, y0, x1, y1, … (lng/lat), closed: the last vertex repeats the first.
 */
import { flatBox, unionBox } from './flat-box';

export const OUTSIDE = 0;
export const INSIDE = 1;
export const MIXED = 2;

export interface GridFrame {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  nx: number;
  ny: number;
  cellW: number;
  cellH: number;
}

export interface PolygonGrid extends GridFrame {
  /** Row-major, nx × ny: OUTSIDE, INSIDE or MIXED. */
  cells: Uint8Array;
}

/**
 * Degrees by which an edge's box is grown before it marks cells and rows: a point that float
 * rounding puts in the neighbouring cell still meets the edge there.
 */
const EPS = 1e-9;

function clampInt(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

export function edgeCount(rings: Float64Array[]): number {
  return rings.reduce((n, r) => n + Math.max(0, r.length / 2 - 1), 0);
}

/** About 2√n cells a side for n edges, 8 … 256: most queries then land in a decided cell. */
export function gridSide(rings: Float64Array[]): number {
  return clampInt(Math.ceil(Math.sqrt(edgeCount(rings)) * 2), 8, 256);
}

/**
 * The frame of an nx × ny grid over the rings' bounding box (`box` when the caller already has
 * it); null for a polygon without edges.
 */
export function gridFrame(rings: Float64Array[], nx: number, ny: number, box = unionBox(rings.map((r) => flatBox(r)))): GridFrame | null {
  const [minX, minY, maxX, maxY] = box;
  if (edgeCount(rings) === 0 || !Number.isFinite(minX + minY + maxX + maxY)) return null;
  const cellW = Math.max(maxX - minX, 1e-9) / nx;
  const cellH = Math.max(maxY - minY, 1e-9) / ny;
  return { minX, minY, maxX, maxY, nx, ny, cellW, cellH };
}

export function columnOf(f: GridFrame, x: number): number {
  return clampInt(Math.floor((x - f.minX) / f.cellW), 0, f.nx - 1);
}

export function rowOf(f: GridFrame, y: number): number {
  return clampInt(Math.floor((y - f.minY) / f.cellH), 0, f.ny - 1);
}

/**
 * The edges of a flat closed ring that reach grid row `row`: those from latitude y1 to y2 with
 * rowOf(their lower end − EPS) ≤ row ≤ rowOf(their upper end + EPS), by number (edge i runs from
 * vertex i to vertex i + 1). Written out, without a call per edge: row strips ask it of every
 * edge of a polygon on the first query in a row, in a cold process mostly in the interpreter.
 */
export function edgesReachingRow(f: GridFrame, row: number, ring: Float64Array): number[] {
  const out: number[] = [];
  const { minY, cellH } = f;
  for (let i = 0, o = 1; o + 2 < ring.length; i++, o += 2) {
    const y1 = ring[o]!;
    const y2 = ring[o + 2]!;
    const lo = y1 < y2 ? y1 : y2;
    const hi = y1 < y2 ? y2 : y1;
    // rowOf clamps to 0 … ny − 1, and row is in that range, so the clamps never change the answer.
    if (Math.floor((lo - EPS - minY) / cellH) <= row && Math.floor((hi + EPS - minY) / cellH) >= row) out.push(i);
  }
  return out;
}

/**
 * The cell states: MIXED wherever an edge's (EPS-grown) box touches the cell, and elsewhere the
 * answer of `contains` at the cell's centre.
 */
export function decideCells(f: GridFrame, rings: Float64Array[], contains: (x: number, y: number, row: number) => boolean): Uint8Array {
  const cells = new Uint8Array(f.nx * f.ny);
  const mixed = new Uint8Array(f.nx * f.ny);
  for (const r of rings) {
    for (let k = 0; k + 3 < r.length; k += 2) {
      const [x1, y1, x2, y2] = [r[k]!, r[k + 1]!, r[k + 2]!, r[k + 3]!];
      const c0 = columnOf(f, Math.min(x1, x2) - EPS);
      const c1 = columnOf(f, Math.max(x1, x2) + EPS);
      const r0 = rowOf(f, Math.min(y1, y2) - EPS);
      const r1 = rowOf(f, Math.max(y1, y2) + EPS);
      for (let row = r0; row <= r1; row++) for (let c = c0; c <= c1; c++) mixed[row * f.nx + c] = 1;
    }
  }
  for (let row = 0; row < f.ny; row++) {
    const cy = f.minY + (row + 0.5) * f.cellH;
    for (let c = 0; c < f.nx; c++) {
      const k = row * f.nx + c;
      cells[k] = mixed[k] ? MIXED : contains(f.minX + (c + 0.5) * f.cellW, cy, row) ? INSIDE : OUTSIDE;
    }
  }
  return cells;
}

/** The state of the cell holding (x, y), which must lie inside the frame. */
export function cellAt(g: PolygonGrid, x: number, y: number): number {
  return g.cells[rowOf(g, y) * g.nx + columnOf(g, x)]!;
}
