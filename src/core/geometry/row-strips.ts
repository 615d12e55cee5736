/**
 * Per grid row of a polygon, a small polygon that @turf/boolean-point-in-polygon answers exactly
 * as it answers the whole polygon, for every point in that row. Built for a row when a query
 * first needs it.
 *
 * Why that holds: turf's rule (point-in-polygon-hao) counts the edges that cross the point's
 * latitude on one side of it, and calls a point on an edge inside. Only edges whose latitude range
 * reaches the row (edgesReachingRow) can do either for a point in the row. Each run of consecutive such
 * edges (a chain) is kept as it is. Between two chains the ring runs through edges that do not
 * reach the row, so it stays wholly above it or wholly below it, and the two chain ends it joins
 * lie on that same side: the straight shortcut between them stays there too. Each ring's chains,
 * joined by shortcuts, form a closed ring that meets the row exactly where the whole ring does, so
 * every crossing and every boundary contact, and with them turf's answer, is the same.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { edgesReachingRow, type GridFrame } from './polygon-grid';

type Position = GeoJSON.Position;

/** The stand-in for one ring (flat, closed) in one row: its chains, each joined to the next by a shortcut. */
function stripRing(ring: Float64Array, reaching: number[]): Position[] {
  const m = ring.length / 2 - 1;
  const at = (v: number): Position => {
    const k = ((v % m) + m) % m;
    return [ring[k * 2]!, ring[k * 2 + 1]!];
  };
  // Chains as [first edge, last edge]; a chain running over the ring's closing vertex is one chain.
  const chains: [number, number][] = [];
  for (const i of reaching) {
    const last = chains[chains.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else chains.push([i, i]);
  }
  if (chains.length > 1 && chains[0]![0] === 0 && chains[chains.length - 1]![1] === m - 1) {
    chains[0]![0] = chains.pop()![0] - m;
  }
  const out: Position[] = [];
  for (const [a, b] of chains) for (let v = a; v <= b + 1; v++) out.push(at(v));
  if (reaching.length < m) out.push(out[0]!);
  return out;
}

export class RowStrips {
  /** Per row: its polygon, null where no edge reaches the row (every point there is outside), undefined until built. */
  private readonly rows: (GeoJSON.Polygon | null | undefined)[];

  constructor(
    private readonly frame: GridFrame,
    private readonly rings: Float64Array[],
  ) {
    this.rows = new Array(frame.ny);
  }

  private build(row: number): GeoJSON.Polygon | null {
    const coordinates: Position[][] = [];
    for (const ring of this.rings) {
      const reaching = edgesReachingRow(this.frame, row, ring);
      if (reaching.length) coordinates.push(stripRing(ring, reaching));
    }
    return coordinates.length ? { type: 'Polygon', coordinates } : null;
  }

  /** Inside or on the boundary (turf's default), for a point whose grid row is `row`. */
  contains(x: number, y: number, row: number): boolean {
    let polygon = this.rows[row];
    if (polygon === undefined) polygon = this.rows[row] = this.build(row);
    return polygon ? booleanPointInPolygon([x, y], polygon) : false;
  }
}
