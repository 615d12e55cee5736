/** The mean Earth radius (IUGG R₁), metres: the one sphere every metre figure in the engine is measured on. */
export const EARTH_RADIUS_M = 6_371_008.8;
