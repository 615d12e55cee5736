/**
 * One named road as a routable network: the OSM ways carrying its name (any alias) plus the
 * hand-placed gap pieces standing in for missing stretches. Routing minimises hand-placed
 * length first and only then total length, so wherever real geometry connects two points the
 * waypoints are not used — a fuller extract replaces them without any code change.
 */
import FlatQueue from 'flatqueue';
import { closestOnSegment, haversineM, type Pos } from './geometry';
import type { RoadWay } from './roads';
import type { GapSpec, RingRoad } from './ring-spec';

/** Error bound for a stretch traced from OSM: half the width of a wide city road plus mapping error. */
export const OSM_STRETCH_ERROR_M = 30;
/** How far apart two pieces of the same road may end and still be joined (dual carriageways, cut ways). */
export const SNAP_TOLERANCE_M = 60;
/** How far a junction point may be from the road it is joined to. */
export const JOIN_TOLERANCE_M = 80;

export interface Piece {
  source: 'osm' | 'waypoint';
  /** `way/<id>` or the waypoint gap id. */
  ref: string;
  coords: Pos[];
  errorM: number;
}

export function matchesAlias(way: RoadWay, road: RingRoad): boolean {
  return road.aliases.some(
    (a) =>
      (a.name === undefined || a.name === way.name) &&
      (a.ref === undefined || a.ref === way.ref) &&
      (a.highway === undefined || a.highway === way.highway) &&
      (a.name !== undefined || a.ref !== undefined),
  );
}

export function roadPieces(road: RingRoad, ringId: string, ways: RoadWay[], gaps: GapSpec[]): Piece[] {
  const osm: Piece[] = ways
    .filter((w) => matchesAlias(w, road))
    .map((w) => ({ source: 'osm', ref: w.id, coords: w.coords, errorM: OSM_STRETCH_ERROR_M }));
  const hand: Piece[] = gaps
    .filter((g) => g.ring === ringId && g.road === road.name)
    .map((g) => ({ source: 'waypoint', ref: g.id, coords: g.points, errorM: g.errorM }));
  return [...osm, ...hand];
}

export interface PathEdge {
  from: Pos;
  to: Pos;
  /** null for the short connectors that join pieces or reach a junction point. */
  piece: Piece | null;
  lengthM: number;
}

interface Node {
  pos: Pos;
  edges: Array<{ to: number; edge: PathEdge; cost: number }>;
}

/** Hand-placed metres always outweigh real ones (no road is 1000 km long). */
const WAYPOINT_COST_FACTOR = 1e6;

function closestOnPiece(p: Pos, piece: Piece): { seg: number; t: number; point: Pos; distM: number } {
  let best = { seg: 0, t: 0, point: piece.coords[0]!, distM: Infinity };
  for (let i = 0; i + 1 < piece.coords.length; i++) {
    const c = closestOnSegment(p, piece.coords[i]!, piece.coords[i + 1]!);
    if (c.distM < best.distM) best = { seg: i, t: c.t, point: c.point, distM: c.distM };
  }
  return best;
}

const key = (p: Pos) => `${p[0]},${p[1]}`;

/**
 * Shortest path along the road from `start` to `end` (both junction points near the road).
 * Returns the edges in order, or null when the pieces do not connect the two points.
 */
export function followRoad(pieces: Piece[], start: Pos, end: Pos): PathEdge[] | null {
  const nodes: Node[] = [];
  const index = new Map<string, number>();
  const nodeId = (p: Pos, shared = true): number => {
    const k = key(p);
    if (shared && index.has(k)) return index.get(k)!;
    nodes.push({ pos: p, edges: [] });
    if (shared) index.set(k, nodes.length - 1);
    return nodes.length - 1;
  };
  const link = (a: number, b: number, piece: Piece | null, waypointish: boolean) => {
    const lengthM = haversineM(nodes[a]!.pos, nodes[b]!.pos);
    const cost = waypointish ? lengthM * WAYPOINT_COST_FACTOR : lengthM;
    nodes[a]!.edges.push({ to: b, cost, edge: { from: nodes[a]!.pos, to: nodes[b]!.pos, piece, lengthM } });
    nodes[b]!.edges.push({ to: a, cost, edge: { from: nodes[b]!.pos, to: nodes[a]!.pos, piece, lengthM } });
  };

  // Points to insert into pieces: junction projections and snaps of other pieces' ends.
  const inserts = pieces.map(() => [] as Array<{ seg: number; t: number; point: Pos; attach: () => number; waypointish: boolean }>);
  const startId = nodeId(start, false);
  const endId = nodeId(end, false);
  pieces.forEach((piece, pi) => {
    for (const [jid, jp] of [[startId, start], [endId, end]] as const) {
      const c = closestOnPiece(jp, piece);
      if (c.distM <= JOIN_TOLERANCE_M) inserts[pi]!.push({ ...c, attach: () => jid, waypointish: piece.source === 'waypoint' });
    }
  });
  pieces.forEach((piece, pi) => {
    for (const endPos of [piece.coords[0]!, piece.coords[piece.coords.length - 1]!]) {
      pieces.forEach((other, oi) => {
        if (oi === pi) return;
        const c = closestOnPiece(endPos, other);
        if (c.distM > SNAP_TOLERANCE_M) return;
        const waypointish = piece.source === 'waypoint' || other.source === 'waypoint';
        inserts[oi]!.push({ ...c, attach: () => nodeId(endPos), waypointish });
      });
    }
  });

  pieces.forEach((piece, pi) => {
    const extra = inserts[pi]!.slice().sort((a, b) => a.seg - b.seg || a.t - b.t);
    const waypointish = piece.source === 'waypoint';
    let prev = nodeId(piece.coords[0]!);
    let k = 0;
    for (let s = 0; s + 1 < piece.coords.length; s++) {
      while (k < extra.length && extra[k]!.seg === s) {
        const ins = extra[k++]!;
        const mid = nodeId(ins.point);
        if (mid !== prev) link(prev, mid, piece, waypointish);
        const other = ins.attach();
        if (other !== mid) link(mid, other, null, ins.waypointish);
        prev = mid;
      }
      const next = nodeId(piece.coords[s + 1]!);
      if (next !== prev) link(prev, next, piece, waypointish);
      prev = next;
    }
  });

  return dijkstra(nodes, startId, endId);
}

function dijkstra(nodes: Node[], from: number, to: number): PathEdge[] | null {
  const dist = new Float64Array(nodes.length).fill(Infinity);
  const via: Array<{ prev: number; edge: PathEdge } | undefined> = new Array(nodes.length);
  const done = new Uint8Array(nodes.length);
  dist[from] = 0;
  // Nodes by tentative distance; a node is pushed again when its distance drops, and the stale
  // entries are skipped when they come out.
  const queue = new FlatQueue<number>();
  queue.push(from, 0);
  while (queue.length) {
    const d = queue.peekValue()!;
    const u = queue.pop()!;
    if (done[u]) continue;
    done[u] = 1;
    if (u === to) break;
    for (const e of nodes[u]!.edges) {
      const nd = d + e.cost;
      if (nd < dist[e.to]!) {
        dist[e.to] = nd;
        via[e.to] = { prev: u, edge: e.edge };
        queue.push(e.to, nd);
      }
    }
  }
  if (!Number.isFinite(dist[to]!)) return null;
  const path: PathEdge[] = [];
  for (let v = to; v !== from; ) {
    const step = via[v]!;
    path.push(step.edge);
    v = step.prev;
  }
  return path.reverse();
}
