/** Display helpers for numbers (times are chinaTime.ts's). */
export function formatCoord(n: number): string {
  return n.toFixed(5);
}

export function roundMetres(m: number): number {
  return m < 10 ? Math.round(m) : Math.round(m / 5) * 5;
}
