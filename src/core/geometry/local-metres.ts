/**
 * Local metres: lng/lat differences scaled to metres on the mean sphere at one latitude (an
 * equirectangular plane around the query). Within the few kilometres that matter for a boundary
 * distance its error is far below any boundary's own error bound.
 */
import { METRES_PER_DEGREE, RAD } from '../earth';

/** Metres per degree of longitude at latitude `lat`. */
export function metresPerDegreeLng(lat: number): number {
  return METRES_PER_DEGREE * Math.cos(lat * RAD);
}

/**
 * Squared distance in local metres from (x, y) to the segment (x1, y1)–(x2, y2), all in lng/lat;
 * `kx` is metres per degree of longitude at the query, latitude uses METRES_PER_DEGREE.
 */
export function segmentDistance2(x: number, y: number, x1: number, y1: number, x2: number, y2: number, kx: number): number {
  const ax = (x1 - x) * kx;
  const ay = (y1 - y) * METRES_PER_DEGREE;
  const dx = (x2 - x) * kx - ax;
  const dy = (y2 - y) * METRES_PER_DEGREE - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? -(ax * dx + ay * dy) / len2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const px = ax + t * dx;
  const py = ay + t * dy;
  return px * px + py * py;
}
