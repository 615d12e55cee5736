/**
 * Reads the compact zone data (layout.ts, docs/data-format.md): for the engine as flat arrays
 * (modelFromFile), for the map and for people as the two FeatureCollections exactly as
 * zones.geojson and zone-edges.geojson hold them (geoJsonFromFile). Anything malformed in the zones
 * (head, features, vertex or cell stream) throws one message starting "zone data:"; no verdict
 * comes from a file whose zones do not read cleanly. The boundary part — the stretches, their
 * extra vertices, the relevance masks — is read apart: when it is missing or broken the file
 * still answers, without boundary distances, and says why (`boundaryProblem`).
 */
import { errorBoundOf, outlineLines, type BoundaryLine } from '../geometry/boundary-lines';
import { unionBox } from '../geometry/flat-box';
import type { GridCells, ZoneShape } from '../geometry/zone-index';
import { ByteReader } from './bytes';
import { MAGIC, VERSION, type Head, type PolygonHead, type RingRef, type Run } from './layout';
import { zoneIdOf, type ZoneModel } from './model';

type Position = GeoJSON.Position;
type Box = [number, number, number, number];
type HeadFeature = GeoJSON.Feature & { geometry: ({ type: string; polygons?: PolygonHead[]; parts?: Run[][] } & Record<string, unknown>) | null };

/** The file read: its head, every zone ring (flat, closed, in vertex-stream order) with its box, the cells and masks. */
export interface ZoneFile {
  head: Head;
  rings: Float64Array[];
  /** Per ring: minX, minY, maxX, maxY, found while reading it. */
  boxes: Box[];
  cells: (GridCells | null)[][];
  masks: Map<string, Uint8Array>;
  /** The boundary tree's leaf order, from the tree stream; absent when the boundary part does not read. */
  treeOrder?: Uint32Array;
  /** Why the boundary part could not be read (then no stretches and no masks); absent when it reads. */
  boundaryProblem?: string;
}

function fail(msg: string): never {
  throw new Error(`zone data: ${msg}`);
}

function readRing([n, q]: RingRef, vertices: ByteReader): { ring: Float64Array; box: Box } {
  if (!Number.isInteger(n) || n < 3 || !(q > 0)) fail(`bad ring ${JSON.stringify([n, q])}`);
  const ring = new Float64Array(n * 2 + 2);
  const [minX, maxX] = vertices.coordinates(n, q, ring, 0, 2);
  const [minY, maxY] = vertices.coordinates(n, q, ring, 1, 2);
  ring[n * 2] = ring[0]!;
  ring[n * 2 + 1] = ring[1]!;
  return { ring, box: [minX, minY, maxX, maxY] };
}

/** True when the bytes start as a compact zone data file does (its magic), whatever follows. */
export function isZoneFile(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && String.fromCharCode(...bytes.subarray(0, 4)) === MAGIC;
}

/** The head alone (zone and edge properties, layout), without reading the streams. */
export function readHead(input: ArrayBuffer | Uint8Array): Head {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length < 8 || !isZoneFile(bytes)) fail('not a compact zone data file');
  const headLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  let head: Head;
  try {
    head = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(8, 8 + headLength)));
  } catch {
    fail('the head is not JSON');
  }
  if (head?.format !== 'qinzhou-zone-data' || head.version !== VERSION) fail(`format ${head?.format} version ${head?.version}; this engine reads version ${VERSION}`);
  const lengths = head.streams;
  if (!Array.isArray(head.features) || !Array.isArray(lengths) || lengths.length !== 4 || !lengths.every((n) => Number.isSafeInteger(n) && n >= 0)) fail('the head lacks its lists or stream lengths');
  return head;
}

export function readZoneFile(input: ArrayBuffer | Uint8Array): ZoneFile {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const head = readHead(bytes);
  const headLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  const [nv, nc, nm, nt] = head.streams;
  if (8 + headLength + nv + nc + nm + nt !== bytes.length) fail('the file is truncated or has trailing bytes');
  let at = 8 + headLength;
  const stream = (length: number, what: string) => new ByteReader(bytes.subarray(at, (at += length)), what);
  const vertices = stream(nv, 'the vertex stream');
  const cellStream = stream(nc, 'the cell stream');
  const maskStream = stream(nm, 'the mask stream');
  const treeStream = stream(nt, 'the tree stream');

  const rings: Float64Array[] = [];
  const boxes: Box[] = [];
  const cells = (head.features as HeadFeature[]).map((f) =>
    (f.geometry?.polygons ?? []).map((p) => {
      for (const ref of p.rings) {
        const { ring, box } = readRing(ref, vertices);
        rings.push(ring);
        boxes.push(box);
      }
      if (!p.grid) return null;
      const [nx, ny] = p.grid;
      return { nx, ny, cells: cellStream.runs(nx * ny) };
    }),
  );
  if (!vertices.done || !cellStream.done) fail('a stream has bytes left over');
  let masks = new Map<string, Uint8Array>();
  let treeOrder: Uint32Array | undefined;
  let boundaryProblem: string | undefined;
  try {
    if (!Array.isArray(head.stretches) || !Array.isArray(head.extras) || !Array.isArray(head.masks)) fail('the head lacks its boundary lists (stretches, extras, masks)');
    const read = new Map(head.masks.map((m) => [m.key, maskStream.runs(m.segments)] as const));
    if (!maskStream.done) fail('the mask stream has bytes left over');
    const order: number[] = [];
    let k = -1;
    while (!treeStream.done) order.push((k += treeStream.signed() + 1));
    masks = read;
    treeOrder = Uint32Array.from(order);
  } catch (e) {
    boundaryProblem = (e as Error).message;
  }
  return { head, rings, boxes, cells, masks, ...(treeOrder ? { treeOrder } : {}), ...(boundaryProblem ? { boundaryProblem } : {}) };
}

/** A line's positions, flat, from its runs along the rings: a view of the ring where one forward run covers it. */
function lineOf(runs: Run[], rings: Float64Array[], extras: [number, number][]): Float64Array {
  const only = runs.length === 1 ? runs[0]! : null;
  const whole = only && only[0] >= 0 ? rings[only[0]] : undefined;
  if (only && whole && only[3] === 1 && only[1] >= 0 && (only[1] + only[2]) * 2 <= whole.length) return whole.subarray(only[1] * 2, (only[1] + only[2]) * 2);
  const out = new Float64Array(runs.reduce((n, r) => n + r[2], 0) * 2);
  let o = 0;
  for (const [r, from, count, step] of runs) {
    const ring = r === -1 ? null : rings[r];
    if (r !== -1 && !ring) fail(`a run refers to ring ${r} of ${rings.length}`);
    const n = ring ? ring.length / 2 - 1 : extras.length;
    let c = 0;
    // A forward run within the ring is copied as a block (most of the boundary); the rest vertex by vertex.
    if (ring && step === 1 && from >= 0 && from < n) {
      c = Math.min(count, n - from);
      out.set(ring.subarray(from * 2, (from + c) * 2), o);
      o += c * 2;
    }
    for (; c < count; c++) {
      const k = from + step * c;
      if (ring) {
        const v = ((k % n) + n) % n;
        out[o++] = ring[v * 2]!;
        out[o++] = ring[v * 2 + 1]!;
      } else {
        const p = extras[k] ?? fail(`a run refers to extra vertex ${k} of ${extras.length}`);
        out[o++] = p[0];
        out[o++] = p[1];
      }
    }
  }
  return out;
}

/** Calls `each` with every zone feature, its polygons' rings (flat) and the polygons' boxes, in vertex-stream order. */
function eachZone(file: ZoneFile, each: (f: HeadFeature, polygons: Float64Array[][], boxes: Box[], index: number) => void): void {
  let r = 0;
  (file.head.features as HeadFeature[]).forEach((f, i) => {
    const boxes: Box[] = [];
    const polygons = (f.geometry?.polygons ?? []).map((p) => {
      const first = r;
      r += p.rings.length;
      boxes.push(unionBox(file.boxes.slice(first, r)));
      return file.rings.slice(first, r);
    });
    each(f, polygons, boxes, i);
  });
}

/** The boundary stretches of the file, or why they cannot be read (runs that point nowhere, a stretch of no zone). */
function stretchLines(file: ZoneFile, zoneIds: ReadonlySet<string>): BoundaryLine[] | { problem: string } {
  if (file.boundaryProblem) return { problem: file.boundaryProblem };
  try {
    const lines: BoundaryLine[] = [];
    for (const f of file.head.stretches as HeadFeature[]) {
      const parts = f?.geometry?.parts;
      if (!parts) continue;
      const p = (f.properties ?? {}) as Record<string, unknown>;
      const stretch = { zone: String(p.zone ?? ''), road: String(p.road ?? ''), source: String(p.source ?? ''), maxErrorM: errorBoundOf(p) };
      if (!zoneIds.has(stretch.zone)) fail(`a boundary stretch bounds zone ${stretch.zone}, which is not in the file`);
      lines.push({ parts: parts.map((runs) => lineOf(runs, file.rings, file.head.extras)), stretch, ref: String(p.ref ?? '') });
    }
    return lines;
  } catch (e) {
    return { problem: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * The engine's model of the file. Zones must read; a broken boundary part leaves no lines and no
 * masks, with `boundaryProblem` saying why (the engine then answers without boundary distance).
 */
export function modelFromFile(file: ZoneFile): ZoneModel & Required<Pick<ZoneModel, 'cells' | 'masks'>> {
  const zones: ZoneShape[] = [];
  eachZone(file, (f, polygons, boxes, i) => zones.push({ id: zoneIdOf(f, i), properties: (f.properties ?? {}) as Record<string, unknown>, polygons, boxes }));
  const lines = stretchLines(file, new Set(zones.map((z) => z.id)));
  const meta = file.head.zones ?? {};
  if (!Array.isArray(lines)) return { zones, lines: [], cells: file.cells, masks: new Map(), meta, boundaryProblem: lines.problem };
  return { zones, lines: lines.length ? lines : outlineLines(zones), cells: file.cells, masks: file.masks, meta, ...(file.treeOrder ? { treeOrder: file.treeOrder } : {}) };
}

function positions(flat: Float64Array): Position[] {
  const out: Position[] = [];
  for (let k = 0; k < flat.length; k += 2) out.push([flat[k]!, flat[k + 1]!]);
  return out;
}

/** The two FeatureCollections, equal to the GeoJSON files the compact file was built from. */
export function geoJsonFromFile(file: ZoneFile): { zones: GeoJSON.FeatureCollection; edges: GeoJSON.FeatureCollection } {
  const zoneFeatures: GeoJSON.Feature[] = [];
  eachZone(file, (f, polygons) => {
    if (!f.geometry?.polygons) return void zoneFeatures.push(f);
    const { polygons: _, ...geometry } = f.geometry;
    const coords = polygons.map((rings) => rings.map(positions));
    zoneFeatures.push({ ...f, geometry: { ...geometry, coordinates: geometry.type === 'Polygon' ? coords[0] : coords } } as GeoJSON.Feature);
  });
  // A broken boundary part (boundaryProblem) draws no edges; the zones are still drawn.
  const readable = !file.boundaryProblem && Array.isArray(stretchLines(file, new Set(file.head.features.map((f, i) => zoneIdOf(f as HeadFeature, i)))));
  const edgeFeatures = (readable ? (file.head.stretches as HeadFeature[]) : []).map((f) => {
    if (!f.geometry?.parts) return f as GeoJSON.Feature;
    const { parts, ...geometry } = f.geometry;
    const lines = parts.map((runs) => positions(lineOf(runs, file.rings, file.head.extras)));
    return { ...f, geometry: { ...geometry, coordinates: geometry.type === 'LineString' ? lines[0] : lines } } as GeoJSON.Feature;
  });
  return {
    zones: { type: 'FeatureCollection', ...file.head.zones, features: zoneFeatures } as GeoJSON.FeatureCollection,
    edges: { type: 'FeatureCollection', ...file.head.edges, features: edgeFeatures } as GeoJSON.FeatureCollection,
  };
}
