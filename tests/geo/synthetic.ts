/** Small synthetic road networks in metres around an origin, for tracer tests. */
import { metresPerDegree, type Pos } from '../../geo/geometry';
import type { RoadWay } from '../../geo/roads';
import type { GapSpec, RingSpec } from '../../geo/ring-spec';

const ORIGIN: Pos = [108.6, 21.9];
const [KX, KY] = metresPerDegree(ORIGIN[1]);

/** WGS-84 position x metres east and y metres north of the origin. */
export function at(x: number, y: number): Pos {
  return [ORIGIN[0] + x / KX, ORIGIN[1] + y / KY];
}

let nextId = 1;
export function way(name: string, points: Array<[number, number]>, highway = 'secondary'): RoadWay {
  return { id: `way/${nextId++}`, name, highway, coords: points.map(([x, y]) => at(x, y)) };
}

export function ring(id: string, names: string[]): RingSpec {
  return { id, article: 'test', part: 'ring', name: id, roads: names.map((n) => ({ name: n, aliases: [{ name: n }] })) };
}

export function gap(id: string, ringId: string, road: string, points: Array<[number, number]>, errorM = 500): GapSpec {
  return { id, ring: ringId, road, points: points.map(([x, y]) => at(x, y)), errorM, why: 'test gap', evidence: 'test' };
}

/** Position back in metres from the origin, for readable assertions. */
export function metres(p: Pos): [number, number] {
  return [(p[0] - ORIGIN[0]) * KX, (p[1] - ORIGIN[1]) * KY];
}
