/**
 * Traces one of the notice's rings: the junction of each consecutive pair of roads, then the
 * named road between its two junctions, closed back to the first road. Every stretch of the
 * result records where it came from (OSM way ids or a waypoint gap id) and its error bound.
 */
import { lineLengthM, type Pos } from './geometry';
import { findJunction, type Junction } from './junctions';
import { followRoad, roadPieces, type PathEdge, type Piece } from './road-network';
import type { GapSpec, RingSpec } from './ring-spec';
import type { RoadWay } from './roads';
import { toPolygonRing } from './ring-cleanup';

export interface Stretch {
  /** Index of the road in the ring's list (a road named twice has two indices). */
  roadIndex: number;
  road: string;
  source: 'osm' | 'waypoint';
  /** OSM way ids in travel order, or the one waypoint gap id. */
  refs: string[];
  coords: Pos[];
  lengthM: number;
  errorM: number;
}

export interface TracedRing {
  spec: RingSpec;
  /** Junction k joins road k and road k+1 (the last joins the last road and the first). */
  junctions: Junction[];
  stretches: Stretch[];
  /** The closed, cleaned, counter-clockwise polygon ring. */
  ring: Pos[];
  usedGaps: string[];
}

export class TraceError extends Error {}

/** Total length of a ring's stretches from one source: traced (`osm`) or hand-placed (`waypoint`). */
export function lengthBySourceM(t: TracedRing, source: Stretch['source']): number {
  return t.stretches.filter((s) => s.source === source).reduce((a, s) => a + s.lengthM, 0);
}

export function traceRing(spec: RingSpec, ways: RoadWay[], gaps: GapSpec[]): TracedRing {
  const n = spec.roads.length;
  const pieces = spec.roads.map((r) => roadPieces(r, spec.id, ways, gaps));
  pieces.forEach((p, i) => {
    if (p.length === 0) throw new TraceError(`${spec.id}: road ${spec.roads[i]!.name} has neither map data nor a waypoint gap`);
  });
  const junctions = spec.roads.map((road, i) => {
    const next = spec.roads[(i + 1) % n]!;
    const j = findJunction(pieces[i]!, pieces[(i + 1) % n]!, road.junctionNear);
    if (!j) throw new TraceError(`${spec.id}: no junction between ${road.name} and ${next.name}; add a waypoint gap that reaches it`);
    return j;
  });
  const stretches: Stretch[] = [];
  for (let k = 0; k < n; k++) {
    const start = junctions[(k - 1 + n) % n]!.point;
    const end = junctions[k]!.point;
    const path = followRoad(pieces[k]!, start, end);
    if (!path) {
      throw new TraceError(`${spec.id}: ${spec.roads[k]!.name} does not connect its junctions (${fmt(start)} → ${fmt(end)}); add a waypoint gap`);
    }
    stretches.push(...toStretches(path, k, spec.roads[k]!.name, pieces[k]!));
  }
  const boundary: Pos[] = [];
  for (const s of stretches) for (const p of s.coords) boundary.push(p);
  const usedGaps = [...new Set(stretches.filter((s) => s.source === 'waypoint').flatMap((s) => s.refs))];
  return { spec, junctions, stretches, ring: toPolygonRing(boundary), usedGaps };
}

const fmt = (p: Pos) => `${p[0].toFixed(5)},${p[1].toFixed(5)}`;

interface Label {
  source: 'osm' | 'waypoint';
  ref: string;
  errorM: number;
}

/** Groups path edges into stretches; connectors join the neighbouring stretch with the larger error bound. */
export function toStretches(path: PathEdge[], roadIndex: number, road: string, pieces: Piece[]): Stretch[] {
  const own: Array<Label | null> = path.map((e) => (e.piece ? { source: e.piece.source, ref: e.piece.ref, errorM: e.piece.errorM } : null));
  const labels: Label[] = own.map((l, i) => {
    if (l) return l;
    let left: Label | null = null, right: Label | null = null;
    for (let a = i - 1; a >= 0 && !left; a--) left = own[a] ?? null;
    for (let b = i + 1; b < own.length && !right; b++) right = own[b] ?? null;
    const pick = left && right ? (left.errorM >= right.errorM ? left : right) : left ?? right;
    return pick ?? { source: pieces[0]!.source, ref: pieces[0]!.ref, errorM: pieces[0]!.errorM };
  });
  const stretches: Stretch[] = [];
  path.forEach((e, i) => {
    const l = labels[i]!;
    const last = stretches[stretches.length - 1];
    const sameRun = last && last.source === l.source && (l.source === 'osm' || last.refs[0] === l.ref);
    if (sameRun) {
      last.coords.push(e.to);
      last.errorM = Math.max(last.errorM, l.errorM);
      if (l.source === 'osm' && e.piece && !last.refs.includes(l.ref)) last.refs.push(l.ref);
    } else {
      stretches.push({
        roadIndex,
        road,
        source: l.source,
        refs: e.piece || l.source === 'waypoint' ? [l.ref] : [],
        coords: [e.from, e.to],
        lengthM: 0,
        errorM: l.errorM,
      });
    }
  });
  for (const s of stretches) s.lengthM = lineLengthM(s.coords);
  return stretches;
}
