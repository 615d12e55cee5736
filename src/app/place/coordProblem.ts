/**
 * Words for a coordinate the engine refused (parseEvaluateParams decides; this only says what
 * is wrong, in terms a person typing can act on): empty, a whole pair in one field, a number out
 * of range (and whether the two look swapped), or not a number.
 */
import type { InputError } from '../../core';
import type { CoordProblem } from '../../i18n/place';

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const LIMIT = { lat: 90, lng: 180 } as const;
/** Two numbers with a separator between them: "21.965,108.63", "21.965 108.63". */
const PAIR = /\d\s*[,，;；\s]\s*[+-]?\.?\d/;

/** Full-width digits, points and minus signs (as Chinese keyboards type them) become ASCII. */
export const foldDigits = (s: string): string => s.normalize('NFKC').replace(/[−–]/g, '-').trim();

/** What to say about `e` (a lat or lng error) given both typed values; null for other fields. */
export function coordProblem(e: InputError, typed: { lat: string; lng: string }): CoordProblem | null {
  if (e.field !== 'lat' && e.field !== 'lng') return null;
  const field = e.field;
  const other = field === 'lat' ? 'lng' : 'lat';
  const v = foldDigits(typed[field]);
  if (v === '') return { field, kind: 'empty' };
  if (PAIR.test(v)) return { field, kind: 'pair' };
  if (!NUMBER.test(v)) return { field, kind: 'not-number', value: v.slice(0, 24) };
  const n = Math.abs(Number(v));
  const o = foldDigits(typed[other]);
  const swapped = NUMBER.test(o) && n <= LIMIT[other] && Math.abs(Number(o)) <= LIMIT[field];
  return { field, kind: 'range', value: v, swapped };
}
