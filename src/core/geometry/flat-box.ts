/** The bounding box of vertices first … last (inclusive) of a flat x0, y0, x1, y1, … array. */
export function flatBox(coords: Float64Array, first = 0, last = coords.length / 2 - 1): [minX: number, minY: number, maxX: number, maxY: number] {
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
  return [minX, minY, maxX, maxY];
}

/** The box around boxes (minX, minY, maxX, maxY each); all infinite for none. */
export function unionBox(boxes: readonly (readonly [number, number, number, number])[]): [minX: number, minY: number, maxX: number, maxY: number] {
  return [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
}
