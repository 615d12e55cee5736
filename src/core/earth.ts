/**
 * The Earth as every distance in this repository measures it: a sphere of the mean radius
 * (IUGG, 6 371 008.8 m), the radius Turf uses, so our metres and Turf's agree in the tests.
 * One home for it: the engine (src/core/geometry/local-metres.ts), the zone tracer (geo/geometry.ts) and the
 * map's accuracy ring (src/map/circle.ts) all read it from here.
 */
export const EARTH_RADIUS_M = 6_371_008.8;
/** Radians per degree. */
export const RAD = Math.PI / 180;
/** Metres per degree of latitude (and of longitude at the equator). */
export const METRES_PER_DEGREE = EARTH_RADIUS_M * RAD;
