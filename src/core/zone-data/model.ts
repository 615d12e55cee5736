/**
 * The engine's zone data, however it arrived: zone shapes and boundary lines as flat lng/lat
 * arrays, plus what geo:build decided once (grid cells, relevance masks). From the compact file
 * (decode.ts) or from the two GeoJSON files (here).
 */
import { errorBoundOf, outlineLines, type BoundaryLine } from '../geometry/boundary-lines';
import type { GridCells, ZoneShape } from '../geometry/zone-index';

export interface ZoneModel {
  zones: ZoneShape[];
  /** The boundary stretches; with no edge lines, the zone outlines. */
  lines: BoundaryLine[];
  /** Decided grid cells per zone, per polygon (ZoneIndex.cells); absent: decided at load. */
  cells?: (GridCells | null)[][];
  /** Relevance masks by answerClassKey(); a key not here is computed when first needed. */
  masks?: Map<string, Uint8Array>;
  /** The boundary tree's leaf order (geometry/packed-tree.ts); absent: the tree is sorted at load. */
  treeOrder?: Uint32Array;
  /** Set when the data's boundary part is missing or broken: no lines, answers without boundary distance. */
  boundaryProblem?: string;
  /** The zones collection's foreign members (name, licence, attribution, roads, release stamp). */
  meta?: Record<string, unknown>;
}

type Position = GeoJSON.Position;

export function zoneIdOf(f: { id?: unknown; properties?: unknown }, index: number): string {
  return String((f.properties as { id?: unknown } | null)?.id ?? f.id ?? `feature-${index}`);
}

/** The polygons (outer ring, then holes) of a Polygon or MultiPolygon; none for anything else. */
export function polygonsOf(g: GeoJSON.Geometry | null | undefined): Position[][][] {
  return g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
}

/** The lines of a LineString or MultiLineString; null for anything else. */
export function linesOf(g: GeoJSON.Geometry | null | undefined): Position[][] | null {
  return g?.type === 'LineString' ? [g.coordinates] : g?.type === 'MultiLineString' ? g.coordinates : null;
}

function flat(id: string, positions: Position[]): Float64Array {
  const out = new Float64Array(positions.length * 2);
  positions.forEach((p, k) => {
    if (!Array.isArray(p) || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) throw new Error(`zone data: ${id}: a position is not a pair of numbers`);
    out[k * 2] = p[0]!;
    out[k * 2 + 1] = p[1]!;
  });
  return out;
}

function ring(id: string, positions: Position[]): Float64Array {
  const r = flat(id, positions);
  const n = r.length;
  if (n < 8 || r[0] !== r[n - 2] || r[1] !== r[n - 1]) throw new Error(`zone data: ${id}: a ring is not closed or has fewer than 4 positions`);
  return r;
}

export function modelFromGeoJson(zones: GeoJSON.FeatureCollection, edges?: GeoJSON.FeatureCollection | null): ZoneModel {
  if (!Array.isArray(zones?.features)) throw new Error('zone data: the zones are not a FeatureCollection');
  const shapes: ZoneShape[] = zones.features.map((f, i) => {
    const id = zoneIdOf(f, i);
    return { id, properties: (f.properties ?? {}) as Record<string, unknown>, polygons: polygonsOf(f.geometry).map((rings) => rings.map((r) => ring(id, r))) };
  });
  const lines: BoundaryLine[] = [];
  for (const f of edges?.features ?? []) {
    const parts = linesOf(f.geometry);
    if (!parts) continue;
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const stretch = { zone: String(p.zone ?? ''), road: String(p.road ?? ''), source: String(p.source ?? ''), maxErrorM: errorBoundOf(p) };
    lines.push({ parts: parts.map((part) => flat(stretch.zone, part)), stretch, ref: String(p.ref ?? '') });
  }
  const { type: _t, features: _f, ...meta } = zones;
  return { zones: shapes, lines: lines.length ? lines : outlineLines(shapes), meta };
}
