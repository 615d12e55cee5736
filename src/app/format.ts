import type { Strings } from '../i18n';

/** Splits a positive duration for the countdown; seconds are dropped once it is over a day. */
export function formatDuration(ms: number, s: Strings): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(total / 86400);
  const h = Math.floor((total % 86400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  return s.duration(days, h, m, total % 60);
}

export function formatCoord(n: number): string {
  return n.toFixed(5);
}

export function roundMetres(m: number): number {
  return m < 10 ? Math.round(m) : Math.round(m / 5) * 5;
}
