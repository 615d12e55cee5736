/**
 * Coordinates written as text: "21.965,108.63", "21.965 108.63", "21°57'54\"N 108°37'48\"E",
 * "N21°57.9' E108°37.8'", "北纬21度57分54秒 东经108度37分48秒", "纬度：21.96 经度：108.63",
 * "21 57 54 N 108 37 48 E", in either order, with or without hemisphere letters.
 *
 * Our own parser, not a library's: geo-coordinates-parser (the best kept one on npm) rejects
 * 度分秒 and 北纬/东经, longitude-first text ("E108… N21…"), "21.965°N", negative decimals and
 * plain pairs with unequal decimals ("21.965,108.63"); coordinate-parser (last release 2016)
 * assigns latitude by position whatever the letters say and accepts longitudes over 180. Both
 * throw English errors. This one returns typed results and never throws.
 */
export type Axis = 'lat' | 'lng';
export type CoordTextError = 'one-number' | 'too-many-numbers' | 'bad-minutes-seconds' | 'conflicting-axes' | 'unreadable';

export interface CoordPart {
  value: number;
  /** Set when a hemisphere letter or a label says which coordinate this is. */
  axis?: Axis;
  /** Written in degrees-minutes(-seconds) rather than decimal degrees. */
  dms: boolean;
}

export type CoordText = { kind: 'pair'; a: CoordPart; b: CoordPart } | { kind: 'error'; code: CoordTextError } | { kind: 'none' };

type Unit = 0 | 1 | 2; // degrees, minutes, seconds
type Token =
  | { t: 'num'; text: string; unit?: Unit }
  | { t: 'axis'; axis: Axis; negative: boolean }
  | { t: 'sep' }
  | { t: 'space' }
  | { t: 'other' };

/** Marks and words folded to one spelling before tokenizing. */
function fold(s: string): string {
  return s
    .replace(/[º˚]/g, '°') // before NFKC, which turns º into "o"
    .normalize('NFKC') // full-width digits and commas; ″ becomes ′′
    .replace(/纬度|緯度/g, ' lat ') // before 度 becomes °
    .replace(/经度|經度/g, ' lng ')
    .replace(/′′|[″”“]|''/g, '"')
    .replace(/[′’‘´`]/g, "'")
    .replace(/度/g, '°')
    .replace(/分/g, "'")
    .replace(/秒/g, '"');
}

const AXIS_WORDS: [RegExp, Axis, boolean][] = [
  [/^(北纬|北緯)/, 'lat', false],
  [/^(南纬|南緯)/, 'lat', true],
  [/^(东经|東經|東经)/, 'lng', false],
  [/^(西经|西經)/, 'lng', true],
  [/^(latitude|lat)(?![a-z])/i, 'lat', false],
  [/^(longitude|long|lng|lon)(?![a-z])/i, 'lng', false],
];
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)/;
const HEMI: Record<string, [Axis, boolean]> = { N: ['lat', false], S: ['lat', true], E: ['lng', false], W: ['lng', true] };

function tokenize(s: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const rest = s.slice(i);
    const prevLetter = i > 0 && /[a-z]/i.test(s[i - 1]!);
    const num = rest.match(NUMBER);
    if (num) {
      out.push({ t: 'num', text: num[0] });
      i += num[0].length;
      continue;
    }
    const ch = s[i]!;
    const unit = '°\'"'.indexOf(ch);
    if (unit >= 0) {
      // The mark belongs to the number before it, even across a space ("21 °").
      let j = out.length - 1;
      while (j >= 0 && out[j]!.t === 'space') j--;
      const last = out[j];
      if (last?.t === 'num' && last.unit === undefined) last.unit = unit as Unit;
      i++;
      continue;
    }
    const word = prevLetter ? null : AXIS_WORDS.find(([re]) => re.test(rest));
    if (word) {
      out.push({ t: 'axis', axis: word[1], negative: word[2] });
      i += rest.match(word[0])![0].length;
      continue;
    }
    const hemi = HEMI[ch.toUpperCase()];
    if (hemi && !prevLetter && !/[a-z]/i.test(s[i + 1] ?? '')) {
      out.push({ t: 'axis', axis: hemi[0], negative: hemi[1] });
      i++;
      continue;
    }
    if (/[,;/|、]/.test(ch)) out.push({ t: 'sep' });
    else if (/\s/.test(ch)) out.push({ t: 'space' });
    else if (!/[:=()[\]{}<>]/.test(ch)) out.push({ t: 'other' });
    i++;
  }
  return out;
}

interface Group {
  nums: { text: string; unit?: Unit }[];
  axis?: Axis;
  negative?: boolean;
}

/** Numbers of one run of coordinate text, grouped into coordinates. */
function groups(run: Token[]): Group[] | CoordTextError {
  const hasAxis = run.some((t) => t.t === 'axis');
  const hasSep = run.some((t) => t.t === 'sep');
  const hasUnit = run.some((t) => t.t === 'num' && t.unit !== undefined);
  // "21.965 108.63": with nothing else to go by, a space separates the two numbers.
  const spaceSplits = !hasAxis && !hasSep && !hasUnit;
  const firstAxis = run.findIndex((t) => t.t === 'axis');
  const firstNum = run.findIndex((t) => t.t === 'num');
  const prefixStyle = firstAxis >= 0 && firstAxis < firstNum;
  const out: Group[] = [];
  let cur: Group | null = null;
  let pending: { axis: Axis; negative: boolean } | null = null;
  let closed = false;
  for (const tok of run) {
    if (tok.t === 'num') {
      const last = cur?.nums[cur.nums.length - 1];
      const fresh =
        !cur || closed || cur.nums.length >= 3 || last?.unit === 2 || (tok.unit === 0 && cur.nums.length > 0) || (spaceSplits && cur.nums.length > 0);
      if (fresh) {
        cur = { nums: [], ...(pending ?? {}) };
        out.push(cur);
        pending = null;
        closed = false;
      }
      cur!.nums.push({ text: tok.text, unit: tok.unit });
    } else if (tok.t === 'sep') {
      closed = true;
    } else if (tok.t === 'axis') {
      if (!prefixStyle && cur && !closed && cur.axis === undefined) {
        cur.axis = tok.axis;
        cur.negative = tok.negative;
        closed = true;
      } else {
        if (pending) return 'conflicting-axes';
        pending = { axis: tok.axis, negative: tok.negative };
        closed = true;
      }
    }
  }
  if (pending) return 'unreadable'; // a letter or label with no number after it
  return out;
}

/** Degrees from one group: decimal degrees, or degrees with minutes and seconds. */
function valueOf(g: Group): number | CoordTextError {
  let expected: Unit = 0;
  const parts: number[] = [0, 0, 0];
  for (const [i, n] of g.nums.entries()) {
    const unit = n.unit ?? expected;
    if (unit < expected) return 'unreadable';
    const v = Number(n.text);
    if (!Number.isFinite(v)) return 'unreadable';
    if (unit > 0 && (/^[+-]/.test(n.text) || v >= 60)) return 'bad-minutes-seconds';
    // Only the last written part may carry a fraction: 21.5°30' means nothing.
    if (i < g.nums.length - 1 && n.text.includes('.')) return 'bad-minutes-seconds';
    parts[unit] = v;
    expected = (unit + 1) as Unit;
    if (expected > 3) return 'unreadable';
  }
  const [deg, min, sec] = parts as [number, number, number];
  const negativeSign = g.nums[0]!.text.startsWith('-');
  if (negativeSign && g.axis !== undefined) return 'unreadable'; // "-21°S": which is it?
  const abs = Math.abs(deg) + min / 60 + sec / 3600;
  return negativeSign || g.negative ? -abs : abs;
}

function pairOf(run: Token[]): CoordText {
  const gs = groups(run);
  if (typeof gs === 'string') return { kind: 'error', code: gs };
  if (gs.length < 2) return { kind: 'error', code: 'one-number' };
  if (gs.length > 2) return { kind: 'error', code: 'too-many-numbers' };
  const parts: CoordPart[] = [];
  for (const g of gs) {
    const value = valueOf(g);
    if (typeof value === 'string') return { kind: 'error', code: value };
    parts.push({ value, axis: g.axis, dms: g.nums.length > 1 || g.nums.some((n) => n.unit !== undefined && n.unit > 0) });
  }
  const [a, b] = parts as [CoordPart, CoordPart];
  if (a.axis && b.axis && a.axis === b.axis) return { kind: 'error', code: 'conflicting-axes' };
  if (a.axis && !b.axis) b.axis = a.axis === 'lat' ? 'lng' : 'lat';
  if (b.axis && !a.axis) a.axis = b.axis === 'lat' ? 'lng' : 'lat';
  return { kind: 'pair', a, b };
}

/**
 * Finds the coordinates in a text. Other words may stand around them ("我在 21.96,108.63"),
 * but text with fewer than two numbers among other words is a name, not a place ("325国道"):
 * that comes back as `none`, so the caller searches it by name.
 */
export function parseCoordText(input: string): CoordText {
  const tokens = tokenize(fold(input));
  const runs: Token[][] = [[]];
  for (const t of tokens) {
    if (t.t === 'other') runs.push([]);
    else runs[runs.length - 1]!.push(t);
  }
  const hasOther = runs.length > 1;
  const withNumbers = runs.filter((r) => r.some((t) => t.t === 'num'));
  if (withNumbers.length === 0) return { kind: 'none' };
  const candidates = withNumbers.filter((r) => r.filter((t) => t.t === 'num').length >= 2);
  if (candidates.length === 0) return hasOther ? { kind: 'none' } : { kind: 'error', code: 'one-number' };
  const parsed = candidates.map(pairOf);
  const pairs = parsed.filter((p) => p.kind === 'pair');
  if (pairs.length === 1) return pairs[0]!;
  if (pairs.length > 1) return { kind: 'error', code: 'too-many-numbers' };
  return parsed[0]!;
}
