/** The bounding box of vertices first … last (inclusive) of a flat x0, y0, x1, y1, … array. */
export function flatBox(coords: Float64Array, first = 0, last = coords.length / 2 - 1): [minX: number, minY: number, maxX: number, maxY: number] {
  const box: [number, number, number, number] = [0, 0, 0, 0];
  flatBoxInto(coords, first, last, box, 0);
  return box;
}

/**
 * flatBox written into `out` at `at` (minX, minY, maxX, maxY), making no array: the boundary
 * index boxes every chunk of every boundary at load, on every cold start.
 */
export function flatBoxInto(coords: Float64Array, first: number, last: number, out: { [i: number]: number }, at: number): void {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let o = first * 2; o <= last * 2; o += 2) {
    const x = coords[o]!;
    const y = coords[o + 1]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  out[at] = minX;
  out[at + 1] = minY;
  out[at + 2] = maxX;
  out[at + 3] = maxY;
}

/** The box around boxes (minX, minY, maxX, maxY each); all infinite for none. */
export function unionBox(boxes: readonly (readonly [number, number, number, number])[]): [minX: number, minY: number, maxX: number, maxY: number] {
  return [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
}
