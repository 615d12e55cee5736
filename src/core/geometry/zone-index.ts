/**
 * Which zone features contain a point. Per polygon, a grid prefilter (polygon-grid.ts) answers
 * most queries with one array read; in a MIXED cell @turf/boolean-point-in-polygon decides over
 * that grid row's strip (row-strips.ts). The answers are turf's over every whole feature,
 * boundary points (inside) included. Features of any kind are indexed; what a zone means is for
 * the rule sets to say.
 */
import { cellAt, decideCells, gridFrame, gridSide, INSIDE, MIXED, rowOf, type PolygonGrid } from './polygon-grid';
import { RowStrips } from './row-strips';

/** A zone feature as the engine indexes it. */
export interface ZoneShape {
  id: string;
  properties: Record<string, unknown>;
  /** Polygons (outer ring, then holes), each ring flat x0, y0, x1, y1, … and closed. */
  polygons: Float64Array[][];
  /** The polygons' bounding boxes (minX, minY, maxX, maxY), where the reader already knows them. */
  boxes?: [number, number, number, number][];
}

/** A polygon's decided cells, as the compact file carries them. */
export interface GridCells {
  nx: number;
  ny: number;
  cells: Uint8Array;
}

interface PreparedPolygon {
  grid: PolygonGrid;
  strips: RowStrips;
}

interface PreparedFeature {
  id: string;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  polygons: PreparedPolygon[];
}

export class ZoneIndex {
  private readonly features: PreparedFeature[] = [];
  /** Per zone, per polygon: the decided cells, or null for a polygon without edges. */
  readonly cells: (GridCells | null)[][];

  /** `given`: cells decided at data-build time (the compact file); otherwise they are decided here. */
  constructor(zones: ZoneShape[], given?: (GridCells | null)[][]) {
    this.cells = zones.map((z, i) => {
      const polygons: PreparedPolygon[] = [];
      const cells = z.polygons.map((rings, p) => {
        const known = given?.[i]?.[p];
        const side = known ? 0 : gridSide(rings);
        const frame = gridFrame(rings, known?.nx ?? side, known?.ny ?? side, z.boxes?.[p]);
        if (!frame) return null;
        if (given && known?.cells.length !== frame.nx * frame.ny) throw new Error(`zone data: ${z.id}: grid cells do not match the polygon`);
        const strips = new RowStrips(frame, rings);
        const grid = { ...frame, cells: known?.cells ?? decideCells(frame, rings, (x, y, row) => strips.contains(x, y, row)) };
        polygons.push({ grid, strips });
        return { nx: grid.nx, ny: grid.ny, cells: grid.cells };
      });
      if (polygons.length) {
        this.features.push({
          id: z.id,
          minX: Math.min(...polygons.map((p) => p.grid.minX)),
          minY: Math.min(...polygons.map((p) => p.grid.minY)),
          maxX: Math.max(...polygons.map((p) => p.grid.maxX)),
          maxY: Math.max(...polygons.map((p) => p.grid.maxY)),
          polygons,
        });
      }
      return cells;
    });
  }

  /** Ids of every zone feature containing the point (boundary counts as inside), in file order. */
  containing(lng: number, lat: number): string[] {
    const out: string[] = [];
    for (const f of this.features) {
      if (lng < f.minX || lng > f.maxX || lat < f.minY || lat > f.maxY) continue;
      for (const { grid, strips } of f.polygons) {
        if (lng < grid.minX || lng > grid.maxX || lat < grid.minY || lat > grid.maxY) continue;
        const s = cellAt(grid, lng, lat);
        if (s === MIXED ? strips.contains(lng, lat, rowOf(grid, lat)) : s === INSIDE) {
          out.push(f.id);
          break;
        }
      }
    }
    return out;
  }
}
