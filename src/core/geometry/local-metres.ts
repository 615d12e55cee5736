/**
 * Local metres: lng/lat differences scaled to metres on the mean sphere at one latitude (an
 * equirectangular plane around the query). Within the few kilometres that matter for a boundary
 * distance its error is far below any boundary's own error bound.
 */
import { EARTH_RADIUS_M } from '../earth';

/** Metres per degree of latitude. */
export const M_PER_DEG_LAT = (EARTH_RADIUS_M * Math.PI) / 180;

/** Metres per degree of longitude at latitude `lat`. */
export function metresPerDegreeLng(lat: number): number {
  return M_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180);
}

/**
 * Squared distance in local metres from (x, y) to the segment (x1, y1)–(x2, y2), all in lng/lat;
 * `kx` is metres per degree of longitude at the query, latitude uses M_PER_DEG_LAT.
 */
export function segmentDistance2(x: number, y: number, x1: number, y1: number, x2: number, y2: number, kx: number): number {
  const ax = (x1 - x) * kx;
  const ay = (y1 - y) * M_PER_DEG_LAT;
  const dx = (x2 - x) * kx - ax;
  const dy = (y2 - y) * M_PER_DEG_LAT - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? -(ax * dx + ay * dy) / len2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const px = ax + t * dx;
  const py = ay + t * dy;
  return px * px + py * py;
}
