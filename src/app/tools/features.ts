/**
 * Which officer tools a page shows. The full app shows them all; an embed shows only those the
 * embedding page asks for in its URL (docs/embedding.md): `patrol=1`, `log=1` (the check log,
 * which also turns on recording), `legal=1` (出示条文), `batch=1`.
 */
export interface Features {
  patrol: boolean;
  log: boolean;
  legal: boolean;
  batch: boolean;
}

export const TOOL_PARAMS = ['patrol', 'log', 'legal', 'batch'] as const;

export function featuresFor(search: string, embed: boolean): Features {
  const q = new URLSearchParams(search);
  const on = (k: (typeof TOOL_PARAMS)[number]) => !embed || q.get(k) === '1';
  return { patrol: on('patrol'), log: on('log'), legal: on('legal'), batch: on('batch') };
}
