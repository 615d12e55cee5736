/**
 * "Near Qinzhou": the four counties' extent (108.18–109.87 E, 21.59–22.68 N, from
 * public/data/zones.geojson) widened by about 0.5° for the sea, the GCJ-02/BD-09 offsets and a
 * place just over a county line. Only used to tell "21.965,108.63" from "108.63,21.965": the
 * latitude and longitude bands do not overlap, so at most one reading of a pair can fall inside.
 * tests/places/paste.test.ts checks that it still contains every county.
 */
export const QINZHOU_AREA = { west: 107.7, south: 21.0, east: 110.4, north: 23.2 } as const;

export function nearQinzhou(lat: number, lng: number): boolean {
  const a = QINZHOU_AREA;
  return lat >= a.south && lat <= a.north && lng >= a.west && lng <= a.east;
}

/** A real position: finite, latitude within ±90°, longitude within ±180°. */
export function onGlobe(lat: number, lng: number): boolean {
  return Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
}
