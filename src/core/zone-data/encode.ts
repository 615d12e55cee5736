/**
 * Writes the compact zone data (layout.ts, docs/data-format.md). Runs at data-build time
 * (geo/compact.ts). Edge lines become runs of zone-ring vertices, so the boundary geometry is
 * stored once.
 */
import type { GridCells } from '../geometry/zone-index';
import { ByteWriter, fromUnits } from './bytes';
import { MAGIC, QUANTA, VERSION, type Head, type RingRef, type Run } from './layout';
import { linesOf, polygonsOf } from './model';

type Position = GeoJSON.Position;

const keyOf = (p: Position) => `${p[0]},${p[1]}`;

/** The coarsest quantum that stores every vertex of the ring exactly. */
function quantumOf(ring: Position[]): number {
  const q = QUANTA.find((q) => ring.every((p) => fromUnits(Math.round(p[0]! * q), 1e6 / q) === p[0] && fromUnits(Math.round(p[1]! * q), 1e6 / q) === p[1]));
  if (q === undefined) throw new Error(`zone data: a ring near ${ring[0]} has coordinates with more than 6 decimals`);
  return q;
}

/** The zone rings in vertex-stream order, and where each position occurs on them. */
class RingTable {
  readonly rings: Position[][] = [];
  private readonly at = new Map<string, [number, number][]>();

  add(ring: Position[], out: ByteWriter): RingRef {
    const n = ring.length - 1;
    const q = quantumOf(ring);
    const r = this.rings.push(ring) - 1;
    // All longitudes, then all latitudes, each as deltas from the one before (the first from 0).
    for (const axis of [0, 1]) {
      let prev = 0;
      for (let k = 0; k < n; k++) {
        const v = Math.round(ring[k]![axis]! * q);
        out.signed(v - prev);
        prev = v;
      }
    }
    for (let k = 0; k < n; k++) {
      const key = keyOf(ring[k]!);
      if (!this.at.has(key)) this.at.set(key, []);
      this.at.get(key)!.push([r, k]);
    }
    return [n, q];
  }

  vertex(r: number, k: number): Position {
    const ring = this.rings[r]!;
    const n = ring.length - 1;
    return ring[((k % n) + n) % n]!;
  }

  places(p: Position): [number, number][] {
    return this.at.get(keyOf(p)) ?? [];
  }
}

const same = (a: Position, b: Position | undefined) => !!b && a[0] === b[0] && a[1] === b[1];

/** A line as runs along the rings; positions on no ring go to `extras`. */
function runsOf(line: Position[], table: RingTable, extras: [number, number][]): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < line.length; i++) {
    const p = line[i]!;
    const run = runs[runs.length - 1];
    if (run && run[0] >= 0) {
      const [r, from, count, step] = run;
      if (same(p, table.vertex(r, from + step * count))) {
        run[2]++;
        continue;
      }
      if (count === 1 && same(p, table.vertex(r, from - 1))) {
        run[2] = 2;
        run[3] = -1;
        continue;
      }
    }
    const places = table.places(p);
    if (places.length) {
      // Prefer the place from which the ring goes on to the line's next position.
      const next = line[i + 1];
      const [r, k] = places.find(([r, k]) => same(table.vertex(r, k + 1), next) || same(table.vertex(r, k - 1), next)) ?? places[0]!;
      runs.push([r, k, 1, 1]);
    } else if (run && run[0] === -1 && run[1] + run[2] === extras.length) {
      extras.push([p[0]!, p[1]!]);
      run[2]++;
    } else {
      runs.push([-1, extras.push([p[0]!, p[1]!]) - 1, 1, 1]);
    }
  }
  return runs;
}

function withoutCoordinates(g: GeoJSON.Geometry): Record<string, unknown> {
  const { coordinates: _, ...rest } = g as GeoJSON.Geometry & { coordinates?: unknown };
  return rest;
}

function foreignMembers(fc: GeoJSON.FeatureCollection): Record<string, unknown> {
  const { type: _t, features: _f, ...rest } = fc;
  return rest;
}

export interface ZoneFileInput {
  zones: GeoJSON.FeatureCollection;
  edges: GeoJSON.FeatureCollection;
  /** ZoneIndex.cells of the zones. */
  cells: (GridCells | null)[][];
  /** Relevance masks by answerClassKey(). */
  masks: Map<string, Uint8Array>;
  /** The boundary tree's leaf order (BoundaryIndex.treeOrder). */
  treeOrder: Uint32Array;
}

export function encodeZoneData(data: ZoneFileInput): Uint8Array {
  const vertices = new ByteWriter();
  const cells = new ByteWriter();
  const maskStream = new ByteWriter();
  const table = new RingTable();
  const extras: [number, number][] = [];

  const features = data.zones.features.map((f, i) => {
    const g = f.geometry;
    if (g?.type !== 'Polygon' && g?.type !== 'MultiPolygon') return f;
    const polygons = polygonsOf(g).map((rings, p) => {
      const grid = data.cells[i]?.[p] ?? null;
      if (grid) cells.runs(grid.cells);
      return { rings: rings.map((ring) => table.add(ring, vertices)), grid: grid ? [grid.nx, grid.ny] : null };
    });
    return { ...f, geometry: { ...withoutCoordinates(g), polygons } };
  });

  const stretches = data.edges.features.map((f) => {
    const g = f.geometry;
    const lines = linesOf(g);
    if (!lines) return f;
    return { ...f, geometry: { ...withoutCoordinates(g!), parts: lines.map((line) => runsOf(line, table, extras)) } };
  });

  const masks = [...data.masks].map(([key, mask]) => {
    maskStream.runs(mask);
    return { key, segments: mask.length };
  });

  // Each chunk id as its step from the one before, less one (from −1): runs of consecutive chunks are zeros.
  const tree = new ByteWriter();
  let prev = -1;
  for (const k of data.treeOrder) {
    tree.signed(k - prev - 1);
    prev = k;
  }

  const head: Head = {
    format: 'qinzhou-zone-data',
    version: VERSION,
    zones: foreignMembers(data.zones),
    edges: foreignMembers(data.edges),
    features,
    stretches,
    extras,
    masks,
    streams: [vertices.length, cells.length, maskStream.length, tree.length],
  };
  const json = new TextEncoder().encode(JSON.stringify(head));
  const out = new Uint8Array(8 + json.length + vertices.length + cells.length + maskStream.length + tree.length);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, json.length, true);
  let at = 8;
  for (const part of [json, vertices.toBytes(), cells.toBytes(), maskStream.toBytes(), tree.toBytes()]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
