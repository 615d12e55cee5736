/**
 * Prepared geometry for fast, exact point-in-zone tests and boundary distances.
 *
 * Point in polygon: each polygon gets a grid over its bounding box. A cell that no edge's
 * bounding box touches is entirely inside or entirely outside, decided once at preparation; a
 * query there costs one array read. In a cell an edge may cross, the answer comes from the same
 * crossing rule as @turf/boolean-point-in-polygon (point-in-polygon-hao, robust orient2d) over
 * only the edges whose y-range overlaps the query's grid row. Every edge that can change the
 * crossing count for a point at height y overlaps that row, so the answer is the same as turf's
 * full loop, boundary points (inside) included.
 *
 * Boundary distance: boundary stretches (zone-edges.geojson) are cut into segments held in a
 * uniform grid; the nearest segment is found by searching rings of cells outwards.
 */
import { orient2d } from 'robust-predicates';

type Position = number[];

/** One polygon (outer ring + holes), prepared. */
interface PreparedPolygon {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  nx: number;
  ny: number;
  cellW: number;
  cellH: number;
  /** 0 outside, 1 inside, 2 an edge may cross the cell. */
  cells: Uint8Array;
  /** All ring edges as x1,y1,x2,y2 quadruples. */
  edges: Float64Array;
  /** For each grid row, indices of edges whose y-range overlaps the row. */
  rowEdges: Uint32Array[];
}

export interface PreparedFeature {
  id: string;
  index: number;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  polygons: PreparedPolygon[];
}

const EPS = 1e-9;

function clampInt(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

/** The crossing count rule of point-in-polygon-hao over a subset of edges; 0 = on boundary. */
function crossings(x: number, y: number, edges: Float64Array, which: ArrayLike<number>): number | 0 | -1 {
  let k = 0;
  for (let n = 0; n < which.length; n++) {
    const e = which[n]! * 4;
    const u1 = edges[e]! - x;
    const v1 = edges[e + 1]! - y;
    const u2 = edges[e + 2]! - x;
    const v2 = edges[e + 3]! - y;
    if (v1 === 0 && v2 === 0) {
      if ((u2 <= 0 && u1 >= 0) || (u1 <= 0 && u2 >= 0)) return -1;
    } else if ((v2 >= 0 && v1 <= 0) || (v2 <= 0 && v1 >= 0)) {
      const f = orient2d(u1, u2, v1, v2, 0, 0);
      if (f === 0) return -1;
      if ((f > 0 && v2 > 0 && v1 <= 0) || (f < 0 && v2 <= 0 && v1 > 0)) k++;
    }
  }
  return k;
}

/** Inside or on the boundary (turf's default, ignoreBoundary false). */
function polygonRowTest(p: PreparedPolygon, x: number, y: number, row: number): boolean {
  const k = crossings(x, y, p.edges, p.rowEdges[row]!);
  return k === -1 || k % 2 === 1;
}

function preparePolygon(rings: Position[][]): PreparedPolygon | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const quads: number[] = [];
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[i + 1]!;
      quads.push(a[0]!, a[1]!, b[0]!, b[1]!);
    }
    for (const c of ring) {
      if (c[0]! < minX) minX = c[0]!;
      if (c[0]! > maxX) maxX = c[0]!;
      if (c[1]! < minY) minY = c[1]!;
      if (c[1]! > maxY) maxY = c[1]!;
    }
  }
  const nEdges = quads.length / 4;
  if (nEdges === 0 || !Number.isFinite(minX)) return null;
  const side = clampInt(Math.ceil(Math.sqrt(nEdges) * 2), 8, 256);
  const w = Math.max(maxX - minX, 1e-9);
  const h = Math.max(maxY - minY, 1e-9);
  const nx = side;
  const ny = side;
  const cellW = w / nx;
  const cellH = h / ny;
  const edges = Float64Array.from(quads);
  const cells = new Uint8Array(nx * ny);
  const rowLists: number[][] = Array.from({ length: ny }, () => []);
  for (let i = 0; i < nEdges; i++) {
    const x1 = edges[i * 4]!;
    const y1 = edges[i * 4 + 1]!;
    const x2 = edges[i * 4 + 2]!;
    const y2 = edges[i * 4 + 3]!;
    const c0 = clampInt(Math.floor((Math.min(x1, x2) - EPS - minX) / cellW), 0, nx - 1);
    const c1 = clampInt(Math.floor((Math.max(x1, x2) + EPS - minX) / cellW), 0, nx - 1);
    const r0 = clampInt(Math.floor((Math.min(y1, y2) - EPS - minY) / cellH), 0, ny - 1);
    const r1 = clampInt(Math.floor((Math.max(y1, y2) + EPS - minY) / cellH), 0, ny - 1);
    for (let r = r0; r <= r1; r++) {
      rowLists[r]!.push(i);
      for (let c = c0; c <= c1; c++) cells[r * nx + c] = 2;
    }
  }
  const prepared: PreparedPolygon = {
    minX, minY, maxX, maxY, nx, ny, cellW, cellH, cells, edges,
    rowEdges: rowLists.map((l) => Uint32Array.from(l)),
  };
  for (let r = 0; r < ny; r++) {
    for (let c = 0; c < nx; c++) {
      if (cells[r * nx + c] === 2) continue;
      const cx = minX + (c + 0.5) * cellW;
      const cy = minY + (r + 0.5) * cellH;
      cells[r * nx + c] = polygonRowTest(prepared, cx, cy, r) ? 1 : 0;
    }
  }
  return prepared;
}

function polygonContains(p: PreparedPolygon, x: number, y: number): boolean {
  if (x < p.minX || x > p.maxX || y < p.minY || y > p.maxY) return false;
  const c = clampInt(Math.floor((x - p.minX) / p.cellW), 0, p.nx - 1);
  const r = clampInt(Math.floor((y - p.minY) / p.cellH), 0, p.ny - 1);
  const s = p.cells[r * p.nx + c]!;
  if (s !== 2) return s === 1;
  return polygonRowTest(p, x, y, r);
}

export function prepareFeature(f: GeoJSON.Feature, index: number): PreparedFeature | null {
  const g = f.geometry;
  if (!g) return null;
  const polys: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  const polygons = polys.map(preparePolygon).filter((p): p is PreparedPolygon => p !== null);
  if (polygons.length === 0) return null;
  const id = String((f.properties as { id?: unknown } | null)?.id ?? f.id ?? `feature-${index}`);
  return {
    id,
    index,
    minX: Math.min(...polygons.map((p) => p.minX)),
    minY: Math.min(...polygons.map((p) => p.minY)),
    maxX: Math.max(...polygons.map((p) => p.maxX)),
    maxY: Math.max(...polygons.map((p) => p.maxY)),
    polygons,
  };
}

export function featureContains(f: PreparedFeature, lng: number, lat: number): boolean {
  if (lng < f.minX || lng > f.maxX || lat < f.minY || lat > f.maxY) return false;
  for (const p of f.polygons) if (polygonContains(p, lng, lat)) return true;
  return false;
}

/** Prepared zones: which features contain a point. */
export class ZoneIndex {
  readonly features: PreparedFeature[];
  constructor(fc: GeoJSON.FeatureCollection) {
    this.features = fc.features
      .map((f, i) => prepareFeature(f, i))
      .filter((f): f is PreparedFeature => f !== null);
  }
  /** Ids of every zone feature containing the point (boundary counts as inside), in file order. */
  containing(lng: number, lat: number): string[] {
    const out: string[] = [];
    for (const f of this.features) if (featureContains(f, lng, lat)) out.push(f.id);
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Boundary distance

/** Metres per degree of latitude on the mean Earth sphere (R = 6 371 008.8 m). */
const M_PER_DEG = (6_371_008.8 * Math.PI) / 180;

export interface Stretch {
  zone: string;
  road: string;
  source: string;
  maxErrorM: number;
}

export interface NearestBoundary {
  distanceM: number;
  stretch: Stretch;
  /** True when some stretch lies within accuracy + that stretch's error bound. */
  near: boolean;
}

export class EdgeIndex {
  readonly stretches: Stretch[] = [];
  private segs: Float64Array;
  private segStretch: Uint32Array;
  private minX = 0;
  private minY = 0;
  private nx = 1;
  private ny = 1;
  private cell: number;
  private grid: Uint32Array[] = [];
  private stamp: Uint32Array;
  private query = 0;
  private maxErr = 0;

  constructor(lines: { coords: Position[][]; stretch: Stretch }[], cellDeg = 0.01) {
    const segs: number[] = [];
    const owner: number[] = [];
    for (const l of lines) {
      const si = this.stretches.push(l.stretch) - 1;
      this.maxErr = Math.max(this.maxErr, l.stretch.maxErrorM);
      for (const part of l.coords) {
        for (let i = 0; i + 1 < part.length; i++) {
          segs.push(part[i]![0]!, part[i]![1]!, part[i + 1]![0]!, part[i + 1]![1]!);
          owner.push(si);
        }
      }
    }
    this.segs = Float64Array.from(segs);
    this.segStretch = Uint32Array.from(owner);
    this.stamp = new Uint32Array(owner.length);
    this.cell = cellDeg;
    const n = owner.length;
    if (n === 0) return;
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (let i = 0; i < n * 4; i += 2) {
      minX = Math.min(minX, this.segs[i]!);
      maxX = Math.max(maxX, this.segs[i]!);
      minY = Math.min(minY, this.segs[i + 1]!);
      maxY = Math.max(maxY, this.segs[i + 1]!);
    }
    this.minX = minX;
    this.minY = minY;
    this.nx = Math.max(1, Math.ceil((maxX - minX) / cellDeg) + 1);
    this.ny = Math.max(1, Math.ceil((maxY - minY) / cellDeg) + 1);
    const lists: number[][] = Array.from({ length: this.nx * this.ny }, () => []);
    for (let i = 0; i < n; i++) {
      const o = i * 4;
      const c0 = this.cx(Math.min(this.segs[o]!, this.segs[o + 2]!));
      const c1 = this.cx(Math.max(this.segs[o]!, this.segs[o + 2]!));
      const r0 = this.cy(Math.min(this.segs[o + 1]!, this.segs[o + 3]!));
      const r1 = this.cy(Math.max(this.segs[o + 1]!, this.segs[o + 3]!));
      for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) lists[r * this.nx + c]!.push(i);
    }
    this.grid = lists.map((l) => Uint32Array.from(l));
  }

  static fromEdges(fc: GeoJSON.FeatureCollection): EdgeIndex {
    const lines: { coords: Position[][]; stretch: Stretch }[] = [];
    for (const f of fc.features) {
      const g = f.geometry;
      if (!g) continue;
      const coords = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : null;
      if (!coords) continue;
      const p = (f.properties ?? {}) as Record<string, unknown>;
      lines.push({
        coords,
        stretch: {
          zone: String(p.zone ?? ''),
          road: String(p.road ?? ''),
          source: String(p.source ?? ''),
          maxErrorM: Number.isFinite(Number(p.maxErrorM)) ? Number(p.maxErrorM) : 0,
        },
      });
    }
    return new EdgeIndex(lines);
  }

  /** Fallback when no edges file is given: zone outlines, each with its zone's maxErrorM. */
  static fromZones(fc: GeoJSON.FeatureCollection): EdgeIndex {
    const lines: { coords: Position[][]; stretch: Stretch }[] = [];
    for (const f of fc.features) {
      const g = f.geometry;
      if (!g) continue;
      const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
      const p = (f.properties ?? {}) as Record<string, unknown>;
      for (const rings of polys) {
        lines.push({
          coords: rings,
          stretch: {
            zone: String(p.id ?? ''),
            road: String(p.name ?? ''),
            source: p.kind === 'county' ? 'outline' : 'zone',
            maxErrorM: Number.isFinite(Number(p.maxErrorM)) ? Number(p.maxErrorM) : 0,
          },
        });
      }
    }
    return new EdgeIndex(lines);
  }

  get size(): number {
    return this.segStretch.length;
  }

  private cx(x: number): number {
    return clampInt(Math.floor((x - this.minX) / this.cell), 0, this.nx - 1);
  }
  private cy(y: number): number {
    return clampInt(Math.floor((y - this.minY) / this.cell), 0, this.ny - 1);
  }

  /** Distance in metres from (lng, lat) to segment i, on a local equirectangular plane. */
  private segDist(i: number, lng: number, lat: number, kx: number): number {
    const o = i * 4;
    const ax = (this.segs[o]! - lng) * kx;
    const ay = (this.segs[o + 1]! - lat) * M_PER_DEG;
    const bx = (this.segs[o + 2]! - lng) * kx;
    const by = (this.segs[o + 3]! - lat) * M_PER_DEG;
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let t = len2 > 0 ? -(ax * dx + ay * dy) / len2 : 0;
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    const px = ax + t * dx;
    const py = ay + t * dy;
    return Math.sqrt(px * px + py * py);
  }

  /** Visit the segments in cells at Chebyshev ring r around cell (qc, qr), each segment once per query. */
  private ring(qc: number, qr: number, r: number, visit: (i: number) => void): void {
    const c0 = qc - r, c1 = qc + r, r0 = qr - r, r1 = qr + r;
    const q = this.query;
    for (let row = Math.max(r0, 0); row <= Math.min(r1, this.ny - 1); row++) {
      const full = row === r0 || row === r1;
      for (let col = Math.max(c0, 0); col <= Math.min(c1, this.nx - 1); col++) {
        if (!full && col !== c0 && col !== c1) continue;
        const list = this.grid[row * this.nx + col]!;
        for (let k = 0; k < list.length; k++) {
          const i = list[k]!;
          if (this.stamp[i] === q) continue;
          this.stamp[i] = q;
          visit(i);
        }
      }
    }
  }

  private nextQuery(): void {
    this.query = (this.query + 1) >>> 0;
    if (this.query === 0) {
      this.stamp.fill(0);
      this.query = 1;
    }
  }

  nearest(lng: number, lat: number, accuracyM: number): NearestBoundary | null {
    const n = this.segStretch.length;
    if (n === 0) return null;
    const kx = M_PER_DEG * Math.cos((lat * Math.PI) / 180);
    // Unbounded cell coordinates of the query (it may lie outside the grid).
    const qc = Math.floor((lng - this.minX) / this.cell);
    const qr = Math.floor((lat - this.minY) / this.cell);
    const cellM = this.cell * Math.min(kx, M_PER_DEG);
    const dxCells = qc < 0 ? -qc : qc >= this.nx ? qc - this.nx + 1 : 0;
    const dyCells = qr < 0 ? -qr : qr >= this.ny ? qr - this.ny + 1 : 0;
    const maxR = Math.max(qc + 1, this.nx - qc, qr + 1, this.ny - qr) + 1;
    let best = Infinity;
    let bestSeg = -1;
    this.nextQuery();
    const visit = (i: number) => {
      const d = this.segDist(i, lng, lat, kx);
      if (d < best) {
        best = d;
        bestSeg = i;
      }
    };
    for (let r = Math.max(dxCells, dyCells); r <= maxR; r++) {
      this.ring(qc, qr, r, visit);
      // Segments in cells beyond ring r are at least r cells (the point sits anywhere in its own cell) away.
      if (bestSeg >= 0 && best <= r * cellM) break;
    }
    if (bestSeg < 0) return null;
    const stretch = this.stretches[this.segStretch[bestSeg]!]!;
    let near = best <= accuracyM + stretch.maxErrorM;
    const reach = accuracyM + this.maxErr;
    if (!near && best <= reach) {
      // A farther stretch with a larger error bound may still be within reach.
      this.nextQuery();
      const rings = Math.ceil(reach / cellM) + 1;
      const check = (i: number) => {
        if (near) return;
        const s = this.stretches[this.segStretch[i]!]!;
        if (this.segDist(i, lng, lat, kx) <= accuracyM + s.maxErrorM) near = true;
      };
      for (let r = 0; r <= rings && !near; r++) this.ring(qc, qr, r, check);
    }
    return { distanceM: best, stretch, near };
  }
}
