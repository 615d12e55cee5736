/**
 * The boundary stretches the engine measures distances to, with their provenance: the lines of
 * zone-edges.geojson, or, for zone data without edges, the zone outlines themselves.
 */
import type { BoundaryStretch } from '../types';
import type { ZoneShape } from './zone-index';

export interface BoundaryLine {
  /** The line's parts (a LineString has one), each flat x0, y0, x1, y1, … (lng/lat). */
  parts: Float64Array[];
  stretch: BoundaryStretch;
  /** The stretch's OSM ways or waypoint id (EdgeProperties.ref), or the zone id for an outline. */
  ref: string;
}

/** A stretch's error bound from its properties: a finite maxErrorM, else 0. */
export function errorBoundOf(p: Record<string, unknown>): number {
  const v = Number(p.maxErrorM);
  return Number.isFinite(v) ? v : 0;
}

/** Every ring of every polygon, each polygon one stretch with its zone's maxErrorM. */
export function outlineLines(zones: ZoneShape[]): BoundaryLine[] {
  return zones.flatMap((z) =>
    z.polygons.map((rings) => ({
      parts: rings,
      stretch: { zone: z.id, road: String(z.properties.name ?? ''), source: z.properties.kind === 'county' ? 'outline' : 'zone', maxErrorM: errorBoundOf(z.properties) },
      ref: z.id,
    })),
  );
}
