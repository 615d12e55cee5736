/**
 * The season strip's axis, as data (tests/app/season-axis.test.ts): one tick per day, the
 * lunar days people plan by (廿七, 除夕, 初一, 初二, 元宵, 十六, 廿四) and weekly Gregorian dates,
 * each label on the first row where it does not overlap the one before.
 */
import { inChina } from '../chinaTime';
import { lunarShort } from './lunar';

/** A China day: always 24 h (China keeps UTC+8 all year, the app's fixed zone). */
export const DAY = 86_400_000;

export interface AxisLabel {
  /** Position of the labelled day's middle, 0…1 across the period. */
  x: number;
  text: string;
  row: number;
  /** Labels at the edges are aligned to the strip's edge instead of centred. */
  align: 'start' | 'middle' | 'end';
}

/**
 * The strip's width and the axis' font size as rendered, and each label's rendered width in em
 * where it has been drawn once; labels are laid out to clear each other at these.
 */
export interface AxisFit {
  widthPx: number;
  fontPx: number;
  /** Rendered width of a label's text in em (fonts differ between machines; the estimate is the fallback). */
  labelEm?: Readonly<Record<string, number>>;
}

/** Lunar days worth a label on the axis, by their short names. */
const LUNAR_MARKS = new Set(['除夕', '初一', '初二', '元宵', '十六']);

/** Width of a label in px at the axis' font size: as rendered if known, else CJK ~1em, digits and "/" ~0.6em. */
function labelWidth(text: string, fontPx: number, labelEm?: AxisFit['labelEm']): number {
  const measured = labelEm?.[text];
  if (measured !== undefined) return measured * fontPx + 4;
  let w = 0;
  for (const ch of text) w += /[\u3000-\u9fff]/.test(ch) ? fontPx : fontPx * 0.6;
  return w + 4;
}

/**
 * Greedy rows: each label goes on the lowest row where it clears the previous label by a few px.
 * The defaults are the strip on a 320 px screen at 100 % text; the strip passes its rendered
 * width, font size and label widths (AxisFit), so larger text, a narrower strip or a wider font
 * takes more rows instead of overlapping.
 */
export function layoutRows<T extends { x: number; text: string }>(items: T[], fit: Partial<AxisFit> = {}): (T & { row: number; align: AxisLabel['align'] })[] {
  const { widthPx = 280, fontPx = 11, labelEm } = fit;
  const ends: number[] = [];
  return items.map((it, i) => {
    const w = labelWidth(it.text, fontPx, labelEm);
    const align: AxisLabel['align'] = i === 0 && it.x * widthPx < w / 2 ? 'start' : i === items.length - 1 && (1 - it.x) * widthPx < w / 2 ? 'end' : 'middle';
    const left = align === 'start' ? 0 : align === 'end' ? widthPx - w : it.x * widthPx - w / 2;
    let row = ends.findIndex((end) => left >= end + 2);
    if (row < 0) row = ends.length;
    ends[row] = left + w;
    return { ...it, row, align };
  });
}

/** Lunar labels for the days of the period [start, end): its first and last day and the marked days between. */
export function lunarLabels(start: number, end: number, fit?: AxisFit): AxisLabel[] {
  const span = end - start;
  const items: { x: number; text: string }[] = [];
  for (let t = start; t < end; t += DAY) {
    const name = lunarShort(t);
    if (!name) continue;
    if (t === start || t + DAY >= end || LUNAR_MARKS.has(name)) items.push({ x: (t + DAY / 2 - start) / span, text: name });
  }
  return layoutRows(items, fit);
}

/** Gregorian dates "2/3", "2/10", … a week apart from the first day, and the last day. */
export function dateLabels(start: number, end: number, fit?: AxisFit): AxisLabel[] {
  const span = end - start;
  const items: { x: number; text: string }[] = [];
  const days = Math.round(span / DAY);
  for (let d = 0; d < days; d += 7) if (days - 1 - d >= 3) items.push(dayItem(start + d * DAY, start, span));
  items.push(dayItem(end - DAY, start, span));
  return layoutRows(items, fit);
}

function dayItem(t: number, start: number, span: number) {
  const c = inChina(t);
  return { x: (t + DAY / 2 - start) / span, text: `${c.getMonth() + 1}/${c.getDate()}` };
}
