/** Small planar helpers shared by the map-data builders (lengths at Qinzhou's latitude, ≈22° N). */
import type { LineString, MultiLineString, Position } from 'geojson';

/** Metres per degree of latitude (and of longitude at the equator). */
export const M_PER_DEG = 111_320;

export const lines = (g: LineString | MultiLineString): Position[][] => (g.type === 'LineString' ? [g.coordinates] : g.coordinates);

/** Equirectangular metres: exact enough over one segment of a road, and the same on every machine. */
export function metres(a: Position, b: Position): number {
  const k = Math.cos((((a[1]! + b[1]!) / 2) * Math.PI) / 180);
  return Math.hypot((b[0]! - a[0]!) * k, b[1]! - a[1]!) * M_PER_DEG;
}
