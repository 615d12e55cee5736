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
 * static R-tree; the nearest segment is found best-first (branch and bound).
 */
import { orient2d } from 'robust-predicates';
import { METRES_PER_DEGREE as M_PER_DEG } from './earth';

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
  /** Segments as x1,y1,x2,y2 (lng/lat). */
  private segs: Float64Array;
  private segStretch: Uint32Array;
  private tree: SegmentTree | null = null;
  private maxErr = 0;
  private minY = 0;
  private maxY = 0;

  constructor(lines: { coords: Position[][]; stretch: Stretch }[]) {
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
    if (owner.length === 0) return;
    this.tree = new SegmentTree(this.segs);
    this.minY = this.tree.boxes[this.tree.root * 4 + 1]!;
    this.maxY = this.tree.boxes[this.tree.root * 4 + 3]!;
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

  /**
   * Two points 1 m either side of each segment's midpoint, as [lng1, lat1, lng2, lat2] per
   * segment: lets the engine keep only stretches whose two sides get different answers.
   */
  sideSamples(): Float64Array {
    const n = this.segStretch.length;
    const out = new Float64Array(n * 4);
    for (let i = 0; i < n; i++) {
      const o = i * 4;
      const x1 = this.segs[o]!, y1 = this.segs[o + 1]!, x2 = this.segs[o + 2]!, y2 = this.segs[o + 3]!;
      const mx = (x1 + x2) / 2;
      const my = (y1 + y2) / 2;
      const kx = M_PER_DEG * Math.cos((my * Math.PI) / 180);
      const dx = (x2 - x1) * kx;
      const dy = (y2 - y1) * M_PER_DEG;
      const len = Math.hypot(dx, dy) || 1;
      // Unit normal in metres, turned back into degrees for a 1 m step.
      const nx = -dy / len / kx;
      const ny = dx / len / M_PER_DEG;
      out[o] = mx + nx;
      out[o + 1] = my + ny;
      out[o + 2] = mx - nx;
      out[o + 3] = my - ny;
    }
    return out;
  }

  /**
   * Nearest boundary segment (optionally only those with mask[i] = 1), its distance in metres and
   * whether any such segment lies within accuracy + its stretch's error bound.
   */
  nearest(lng: number, lat: number, accuracyM: number, mask: Uint8Array | null = null): NearestBoundary | null {
    const tree = this.tree;
    if (!tree) return null;
    // Metres per degree of longitude at the query's latitude, clamped to the data's latitudes so
    // far-away queries keep a sane scale (distances are planar in lng/lat, as GeoJSON lines are).
    const refLat = Math.min(Math.max(lat, this.minY), this.maxY);
    const kx = M_PER_DEG * Math.cos((refLat * Math.PI) / 180);
    const dist = tree.nearest(lng, lat, kx, M_PER_DEG, mask);
    const seg = tree.lastSeg;
    if (seg < 0) return null;
    const stretch = this.stretches[this.segStretch[seg]!]!;
    let near = dist <= accuracyM + stretch.maxErrorM;
    const reach = accuracyM + this.maxErr;
    if (!near && dist <= reach) {
      // A farther stretch with a larger error bound may still be within reach.
      near = tree.anyWithin(lng, lat, kx, M_PER_DEG, reach, mask, (i, d) => d <= accuracyM + this.stretches[this.segStretch[i]!]!.maxErrorM);
    }
    return { distanceM: dist, stretch, near };
  }
}

/** Squared planar distance (scaled lng/lat → metres) from the origin-shifted point to segment i. */
function segDist2(segs: Float64Array, i: number, x: number, y: number, kx: number, ky: number): number {
  const o = i * 4;
  const ax = (segs[o]! - x) * kx;
  const ay = (segs[o + 1]! - y) * ky;
  const dx = (segs[o + 2]! - x) * kx - ax;
  const dy = (segs[o + 3]! - y) * ky - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? -(ax * dx + ay * dy) / len2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const px = ax + t * dx;
  const py = ay + t * dy;
  return px * px + py * py;
}

const NODE_SIZE = 16;

/**
 * A static packed R-tree over segments (sort-tile-recursive), answering the nearest segment by
 * best-first branch and bound. Boxes 0..n-1 are the segments; nodes follow, root last.
 */
class SegmentTree {
  readonly boxes: Float64Array;
  /** For node k (index >= n): first child index and child count. */
  private childStart: Uint32Array;
  private childCount: Uint8Array;
  readonly n: number;
  readonly root: number;
  private heapIdx: Uint32Array;
  private heapDist: Float64Array;

  constructor(private segs: Float64Array) {
    const n = segs.length / 4;
    this.n = n;
    const boxes: number[] = [];
    for (let i = 0; i < n; i++) {
      const o = i * 4;
      boxes.push(Math.min(segs[o]!, segs[o + 2]!), Math.min(segs[o + 1]!, segs[o + 3]!), Math.max(segs[o]!, segs[o + 2]!), Math.max(segs[o + 1]!, segs[o + 3]!));
    }
    const starts: number[] = [];
    const counts: number[] = [];
    let level: number[] = Array.from({ length: n }, (_, i) => i);
    let first = true;
    let nextId = n;
    const boxOf = (k: number) => [boxes[k * 4]!, boxes[k * 4 + 1]!, boxes[k * 4 + 2]!, boxes[k * 4 + 3]!] as const;
    const nodeChildren: number[][] = [];
    while (first || level.length > 1) {
      const cx = (k: number) => (boxes[k * 4]! + boxes[k * 4 + 2]!) / 2;
      const cy = (k: number) => (boxes[k * 4 + 1]! + boxes[k * 4 + 3]!) / 2;
      const sorted = [...level].sort((a, b) => cx(a) - cx(b));
      const groups = Math.ceil(level.length / NODE_SIZE);
      const slices = Math.ceil(Math.sqrt(groups));
      const perSlice = slices * NODE_SIZE;
      const parents: number[] = [];
      for (let s = 0; s < sorted.length; s += perSlice) {
        const slice = sorted.slice(s, s + perSlice).sort((a, b) => cy(a) - cy(b));
        for (let g = 0; g < slice.length; g += NODE_SIZE) {
          const kids = slice.slice(g, g + NODE_SIZE);
          let a = Infinity, b = Infinity, c = -Infinity, d = -Infinity;
          for (const k of kids) {
            const [x0, y0, x1, y1] = boxOf(k);
            a = Math.min(a, x0); b = Math.min(b, y0); c = Math.max(c, x1); d = Math.max(d, y1);
          }
          boxes.push(a, b, c, d);
          nodeChildren.push(kids);
          parents.push(nextId++);
        }
      }
      first = false;
      level = parents;
    }
    this.root = nextId - 1;
    this.boxes = Float64Array.from(boxes);
    // Children of each node are stored contiguously in `kidsFlat`.
    const kidsFlat: number[] = [];
    for (const kids of nodeChildren) {
      starts.push(kidsFlat.length);
      counts.push(kids.length);
      kidsFlat.push(...kids);
    }
    this.kids = Uint32Array.from(kidsFlat);
    this.childStart = Uint32Array.from(starts);
    this.childCount = Uint8Array.from(counts);
    this.heapIdx = new Uint32Array(1024);
    this.heapDist = new Float64Array(1024);
  }

  private kids: Uint32Array;

  private boxDist2(k: number, x: number, y: number, kx: number, ky: number): number {
    const o = k * 4;
    const b = this.boxes;
    const dx = x < b[o]! ? b[o]! - x : x > b[o + 2]! ? x - b[o + 2]! : 0;
    const dy = y < b[o + 1]! ? b[o + 1]! - y : y > b[o + 3]! ? y - b[o + 3]! : 0;
    return dx * dx * kx * kx + dy * dy * ky * ky;
  }

  private heapSize = 0;

  private heapPush(k: number, d: number): void {
    if (this.heapSize === this.heapIdx.length) {
      const ni = new Uint32Array(this.heapSize * 2);
      ni.set(this.heapIdx);
      this.heapIdx = ni;
      const nd = new Float64Array(this.heapSize * 2);
      nd.set(this.heapDist);
      this.heapDist = nd;
    }
    const hi = this.heapIdx;
    const hd = this.heapDist;
    let pos = this.heapSize++;
    while (pos > 0) {
      const parent = (pos - 1) >> 1;
      if (hd[parent]! <= d) break;
      hi[pos] = hi[parent]!;
      hd[pos] = hd[parent]!;
      pos = parent;
    }
    hi[pos] = k;
    hd[pos] = d;
  }

  private heapPop(): void {
    const hi = this.heapIdx;
    const hd = this.heapDist;
    const size = --this.heapSize;
    const k = hi[size]!;
    const d = hd[size]!;
    let pos = 0;
    for (;;) {
      let child = pos * 2 + 1;
      if (child >= size) break;
      if (child + 1 < size && hd[child + 1]! < hd[child]!) child++;
      if (hd[child]! >= d) break;
      hi[pos] = hi[child]!;
      hd[pos] = hd[child]!;
      pos = child;
    }
    hi[pos] = k;
    hd[pos] = d;
  }

  /** Best-first search; `lastSeg` is the winning segment index (or -1), the return value its distance. */
  lastSeg = -1;
  nearest(x: number, y: number, kx: number, ky: number, mask: Uint8Array | null): number {
    this.heapSize = 0;
    let best = Infinity;
    let bestSeg = -1;
    const n = this.n;
    this.heapPush(this.root, this.boxDist2(this.root, x, y, kx, ky));
    while (this.heapSize > 0) {
      const k = this.heapIdx[0]!;
      if (this.heapDist[0]! >= best) break;
      this.heapPop();
      const start = this.childStart[k - n]!;
      const end = start + this.childCount[k - n]!;
      for (let c = start; c < end; c++) {
        const child = this.kids[c]!;
        if (child < n) {
          if (mask !== null && mask[child] === 0) continue;
          const sd = segDist2(this.segs, child, x, y, kx, ky);
          if (sd < best) {
            best = sd;
            bestSeg = child;
          }
        } else {
          const bd = this.boxDist2(child, x, y, kx, ky);
          if (bd < best) this.heapPush(child, bd);
        }
      }
    }
    this.lastSeg = bestSeg;
    return Math.sqrt(best);
  }

  /** True if some segment within `radius` metres satisfies test(segment, distance). */
  anyWithin(x: number, y: number, kx: number, ky: number, radius: number, mask: Uint8Array | null, test: (i: number, d: number) => boolean): boolean {
    const r2 = radius * radius;
    const stack = [this.root];
    while (stack.length) {
      const k = stack.pop()!;
      const start = this.childStart[k - this.n]!;
      const count = this.childCount[k - this.n]!;
      for (let c = 0; c < count; c++) {
        const child = this.kids[start + c]!;
        if (child < this.n) {
          if (mask !== null && mask[child] === 0) continue;
          const d2 = segDist2(this.segs, child, x, y, kx, ky);
          if (d2 <= r2 && test(child, Math.sqrt(d2))) return true;
        } else if (this.boxDist2(child, x, y, kx, ky) <= r2) stack.push(child);
      }
    }
    return false;
  }
}
