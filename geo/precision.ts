/** Output coordinates carry 6 decimals (~0.1 m): far below any source's accuracy, and stable across rebuilds. */
export function round6(v: number): number {
  const r = Math.round(v * 1e6) / 1e6;
  return Object.is(r, -0) ? 0 : r;
}

export function roundPosition(p: readonly number[]): [number, number] {
  return [round6(p[0]!), round6(p[1]!)];
}
