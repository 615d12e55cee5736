/** Types and loaders for the reviewed inputs: geo/rings.json and geo/waypoints.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pos } from './geometry';
import { GEO_DIR } from './paths';

export interface RoadAlias {
  name?: string;
  /** Restrict the alias to one highway class (e.g. the trunk 钦江大桥, not the city's secondary one). */
  highway?: string;
  /** Match an OSM `ref` instead of a name (e.g. G325 in a fuller extract). */
  ref?: string;
}

export interface RingRoad {
  /** The road as the notice spells it. */
  name: string;
  aliases: RoadAlias[];
  note?: string;
  /** Optional [lon, lat] to pick among several junctions with the next road. */
  junctionNear?: Pos;
}

export interface RingSpec {
  id: string;
  article: string;
  part: 'ring';
  name: string;
  roads: RingRoad[];
}

/** A position the cited evidence puts on the road or in the area (an OSM node, a coastline vertex…). */
export interface EvidencePoint {
  at: Pos;
  what: string;
}

export interface GapSpec {
  id: string;
  ring: string;
  /** The notice road this gap stands for. */
  road: string;
  points: Pos[];
  errorM: number;
  why: string;
  evidence: string;
  /** Positions the evidence puts on this road; each lies within errorM of the drawn line. */
  evidencePoints?: EvidencePoint[];
}

export interface AreaSpec {
  id: string;
  article: string;
  part: 'operation-area' | 'bonded-port';
  name: string;
  ring: Pos[];
  errorM: number;
  why: string;
  evidence: string;
  /** Positions the evidence puts in this area (at least one); each lies within errorM of the drawn area. */
  evidencePoints: EvidencePoint[];
}

export interface Waypoints {
  gaps: GapSpec[];
  areas: AreaSpec[];
}

export function loadRings(path = join(GEO_DIR, 'rings.json')): RingSpec[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { rings: RingSpec[] }).rings;
}

/** Every hand-placed entry, gap or area, carries an error bound, a reason and its evidence. */
function requireProvenance(kind: string, e: GapSpec | AreaSpec): void {
  if (!(e.errorM > 0)) throw new Error(`${kind} ${e.id}: errorM must be > 0`);
  if (!e.why || !e.evidence) throw new Error(`${kind} ${e.id}: say why and on what evidence`);
}

export function loadWaypoints(path = join(GEO_DIR, 'waypoints.json')): Waypoints {
  const w = JSON.parse(readFileSync(path, 'utf8')) as Waypoints;
  for (const g of w.gaps) {
    if (g.points.length < 2) throw new Error(`waypoint gap ${g.id}: needs at least two points`);
    requireProvenance('waypoint gap', g);
  }
  for (const a of w.areas) {
    requireProvenance('approximate area', a);
    if (!a.evidencePoints?.length) throw new Error(`approximate area ${a.id}: cite at least one evidence point`);
  }
  return w;
}
