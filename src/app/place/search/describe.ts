/**
 * Words for a found place: its context line in the result list, which zones a road runs through
 * ("禁放区 2.1 km · 限放区 3.4 km", from the index's measured lengths), and what the map is
 * asked to show. Pure, tested in tests/app/search.test.ts.
 */
import type { AnswerClass, Place } from '../../../places';
import type { SearchStrings } from '../../../i18n/search';
import type { MapFocus } from '../../../map/focus';

/** Stretches shorter than this are measuring noise at a boundary, not a fact worth a line. */
const MIN_STRETCH_M = 50;
const ORDER: AnswerClass[] = ['prohibited', 'restricted', 'county-rules', 'outside'];

/** Kilometres with one decimal; the number and its unit never split across lines. */
export const km = (m: number): string => `${(m / 1000).toFixed(1)}\u00a0km`;

/** "道路 · 钦北区、钦南区" under the name in the result list. */
export function contextLine(p: Place, t: SearchStrings): string {
  const kind = p.kind === 'county' && p.answer ? `${t.kinds.county} · ${t.answers[p.answer]}` : t.kinds[p.kind];
  const where = p.counties.length ? ` · ${p.counties.join(t.listSeparator)}` : '';
  const part = p.partOf ? ` · ${t.partOf(p.partOf)}` : '';
  return kind + where + part;
}

/** "禁放区 6.9 km · 限放区 3.3 km": a road's length in each answer class, longest class first in the notice's order. */
export function lengthsLine(p: Place, t: SearchStrings): string | null {
  const by = p.lengths?.byAnswer;
  if (!by) return null;
  const parts = ORDER.filter((a) => by[a] >= MIN_STRETCH_M).map((a) => `${t.answers[a]} ${km(by[a])}`);
  return parts.length ? parts.join(' · ') : null;
}

/** The part of a road within a boundary's error band, when it is worth saying. */
export function nearBoundaryLine(p: Place, t: SearchStrings): string | null {
  const m = p.lengths?.nearBoundaryM ?? 0;
  return m >= MIN_STRETCH_M ? t.nearBoundary(km(m)) : null;
}

/** What the map highlights and fits to for a chosen place; its one-line caption. */
export function focusFor(p: Place, t: SearchStrings): MapFocus {
  const lengths = lengthsLine(p, t);
  if (p.osm?.length) return { bbox: p.bbox, osm: p.osm, label: lengths ? `${p.name} · ${lengths}` : p.name };
  const answer = p.answer ? ` · ${t.answers[p.answer]}` : '';
  const approx = p.approximate ? ` · ${t.approximate}` : '';
  return { bbox: p.bbox, zoneId: p.zoneId, label: `${p.name}${answer}${approx}` };
}
