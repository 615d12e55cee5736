/**
 * The compact zone data file, public/data/zones.bin: what the engine loads (docs/data-format.md
 * describes every field). One header and four byte streams:
 *
 *   bytes 0–3   "QZZD"
 *   bytes 4–7   n, little-endian uint32
 *   n bytes     the head: UTF-8 JSON (Head below)
 *   then        the vertex, cell, mask and tree streams, of the byte lengths head.streams gives
 */

export const MAGIC = 'QZZD';
export const VERSION = 2;

/**
 * A ring in the vertex stream: n vertices (the closing repeat is not stored) in units of 1/q
 * degree, as n longitude deltas then n latitude deltas, zig-zag varints, each from the one before
 * (the first from 0).
 */
export type RingRef = [n: number, q: number];

/**
 * `count` vertices of ring `ring` (numbered in vertex-stream order) from vertex `from`, going
 * `step` (+1 or −1) and wrapping round the ring; ring −1 is head.extras.
 */
export type Run = [ring: number, from: number, count: number, step: 1 | -1];

export interface PolygonHead {
  rings: RingRef[];
  /** The polygon's grid size, nx × ny cells in the cell stream; null for a polygon without edges. */
  grid: [nx: number, ny: number] | null;
}

export interface Head {
  format: 'qinzhou-zone-data';
  version: number;
  /** Foreign members of the two FeatureCollections (name, license, attribution, …). */
  zones: Record<string, unknown>;
  edges: Record<string, unknown>;
  /**
   * Zone features as in zones.geojson, a (Multi)Polygon's coordinates replaced by `polygons`;
   * other geometries are carried as they are.
   */
  features: unknown[];
  /** Edge features as in zone-edges.geojson, a (Multi)LineString's coordinates replaced by `parts`: runs per part. */
  stretches: unknown[];
  /** Edge vertices that lie on no zone ring, [lng, lat]. */
  extras: [number, number][];
  masks: { key: string; segments: number }[];
  /** Byte lengths of the vertex, cell, mask and tree streams. */
  streams: [vertices: number, cells: number, masks: number, tree: number];
}

/**
 * Coordinates are stored as integers in units of 1/q degree, q the first of these that stores a
 * ring exactly (every published value has ≤ 6 decimals; 1e6 / q must be exact, see fromUnits).
 */
export const QUANTA = [1024, 1e6] as const;
