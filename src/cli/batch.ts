/**
 * `check --csv`: every input row becomes exactly one output row. Rows flow through checkRow()
 * (parameters → result) and formatRow() (result → one output line), one at a time;
 * formatRecords() does a run of them, in this thread or in a worker (batch-stream.ts streams
 * the file through it); runBatch() is the in-memory form for tests. The table's columns and the
 * row logic are the core's (core/check-csv.ts), shared with the app's in-page batch and its
 * check-log export.
 *
 * Output: CSV with the check table's columns, then `line` (where the row starts in the input),
 * as the app's batch writes them; or NDJSON, one object per row with `row` and `line`. Echoed
 * values are escaped where they would act (safe-text.ts), cells that would run as spreadsheet
 * formulas neutralised (core csvCell).
 */
import { checkCells, checkRecord, csvCell, isRowVerdict, readRecord, rowVerdictOf, CSV_HEADER, type CsvCells, type CsvRecord, type Engine, type EvaluateResult, type RowError, type RowVerdict, type StringParams } from '../core';
import { escapeUnsafe, safeJson } from './safe-text';

/** The CLI's CSV columns: the check table's, then the input line the row starts on. */
export const OUTPUT_HEADER: readonly string[] = [...CSV_HEADER, 'line'];

export interface Batch {
  engine: Engine;
  /** Column names of the input rows (from the header, or lat,lng,at). */
  columns: string[];
  /** Flags that apply to every row (crs, activity, accuracy, project), already validated. */
  shared: StringParams;
  json: boolean;
}

export interface CheckedRow {
  cells: string[];
  /** The row's parameters as read (for echoing them back under their own columns). */
  params: StringParams;
  result: EvaluateResult | RowError;
  /** The input line the row starts on. */
  line?: number;
}

/** One record checked (a malformed record is an error row of its own; its line number says where). */
function checkRecordOf(b: Batch, r: CsvRecord): CheckedRow {
  return { cells: r.cells, line: r.line, ...checkRecord(b.engine, b.columns, b.shared, r) };
}

export function checkRow(b: Batch, cells: string[]): CheckedRow {
  const { line: _, ...checked } = checkRecordOf(b, { cells, line: 0 });
  return checked;
}

/**
 * One CSV cell of the CLI's output: unsafe characters escaped (safe-text.ts), then quoted and
 * formula-neutralised by the core's csvCell. Most cells need none of it, which one pass over the
 * text tells: no character below U+0020, no quote or comma, none of the escaped ranges, and no
 * formula sign first.
 */
function safeCell(v: string): string {
  const c0 = v.charCodeAt(0);
  if (c0 === 0x3d || c0 === 0x2b || c0 === 0x2d || c0 === 0x40) return csvCell(escapeUnsafe(v));
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x2c || (c >= 0x7f && c <= 0x9f) || (c >= 0x2028 && c <= 0x2069)) return csvCell(escapeUnsafe(v));
  }
  return v;
}

/**
 * Text cells that repeat from row to row (status, zone, ids, the decisive article), each made
 * safe once: the same few strings, so a bounded map of them spares a scan per cell per row.
 */
const repeated = new Map<string, string>();
function safeRepeated(v: string): string {
  let out = repeated.get(v);
  if (out === undefined) {
    out = safeCell(v);
    if (repeated.size < 4096) repeated.set(v, out);
  }
  return out;
}
const opt = (v: string | null | undefined, safe: (v: string) => string) => (v === null || v === undefined ? '' : safe(v));

/**
 * An instant the engine wrote (formatChina): from year 0 to 9999 it starts with a digit and holds
 * only digits and "-:T.+", none of which a CSV cell escapes, quotes or neutralises; other years
 * ("-000001-…", "+010000-…") go through safeCell.
 */
function instantCell(v: string): string {
  const c0 = v.charCodeAt(0);
  return c0 >= 0x30 && c0 <= 0x39 ? v : safeCell(v);
}

/**
 * True when String(Number(s)) === s: a plain decimal ("-21.5", "108", "21.123456") with a first
 * digit 1–9, no trailing zero after the point and at most 15 digits. A decimal of at most 15
 * significant digits comes back from a double unchanged (DBL_DIG), and no shorter decimal maps to
 * the same double, so its digits are JavaScript's shortest form; from 1 up it is written without
 * an exponent. tests/cli/batch.test.ts checks it against String(Number(s)).
 */
export function isPlainDecimal(s: string): boolean {
  const n = s.length;
  let i = s.charCodeAt(0) === 0x2d ? 1 : 0;
  const first = s.charCodeAt(i);
  if (n > 17 || !(first >= 0x31 && first <= 0x39)) return false;
  let digits = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) break;
    digits++;
  }
  if (i < n) {
    if (s.charCodeAt(i) !== 0x2e || i === n - 1 || s.charCodeAt(n - 1) === 0x30) return false;
    for (i++; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x30 || c > 0x39) return false;
      digits++;
    }
  }
  return digits <= 15;
}

/**
 * A number cell as String(x) writes it, without formatting the double when the row's own text
 * already is that form: `typed` is what the row gave, `read` the number parsed from it. Writing
 * doubles is the costliest part of a table row.
 */
function numberCell(x: number, typed: string | undefined, read: number): string {
  if (typed !== undefined && x === read) {
    const t = typed.trim();
    if (isPlainDecimal(t)) return t;
  }
  return String(x);
}

/**
 * A boundary distance (a whole number of tenths of a metre, engine distanceOf) as String(x)
 * writes it, from the whole number of tenths: integers are cheap to write, doubles are not.
 */
export function tenthsText(x: number | null): string {
  if (x === null) return '';
  const k = Math.round(x * 10);
  if (!(k > 0 && k < 1e15 && k / 10 === x)) return String(x);
  const d = k % 10;
  return d === 0 ? String(k / 10) : `${(k - d) / 10}.${d}`;
}

/** How a row was read, for writing its numbers back as given (numberCell). */
interface Typed {
  params: StringParams;
  input: { lat: number; lng: number };
}

/**
 * A verdict's CSV cells in CSV_HEADER's order without the cells object, from the row verdict
 * (engine evaluateRow, or rowVerdictOf a full verdict): exactly what cellsLine(checkCells(…))
 * writes from the full verdict (tests/cli/batch.test.ts compares them), at a fraction of the
 * cost — this runs once per row of a million-row batch. `typed`: the row's own lat/lng text,
 * written back where it is exactly what String() would write.
 */
export function verdictLine(row: number, v: RowVerdict, typed?: Typed): string {
  const { lat, lng } = v.position;
  const latText = typed ? numberCell(lat, typed.params.lat, typed.input.lat) : String(lat);
  const lngText = typed ? numberCell(lng, typed.params.lng, typed.input.lng) : String(lng);
  const w = v.window;
  const next = v.next;
  return (
    `${row},${latText},${lngText},${instantCell(v.at)},${safeRepeated(v.status)},${opt(v.zone, safeRepeated)},${opt(v.zoneId, safeRepeated)},` +
    `${opt(v.ruleSet, safeRepeated)},${v.projected},${w ? instantCell(w.start) : ''},${w ? instantCell(w.end) : ''},${next ? instantCell(next.start) : ''},` +
    `${next ? instantCell(next.end) : ''},${tenthsText(v.boundaryDistanceM)},${v.nearBoundary},${safeRepeated(v.decisive)},`
  );
}

/** The CSV cells of a row by column name, in CSV_HEADER's order (missing ones empty). */
export function cellsLine(own: CsvCells): string {
  let out = '';
  for (let k = 0; k < CSV_HEADER.length; k++) {
    const v = own[CSV_HEADER[k]!];
    // Numbers and booleans as JavaScript writes them (nothing to escape or quote), text made safe.
    const text = v === null || v === undefined ? '' : typeof v === 'string' ? safeCell(v) : String(v);
    out = k ? out + ',' + text : text;
  }
  return out;
}

/** The output line for the row numbered `row` (1-based, header not counted). */
export function formatRow(b: Batch, row: number, checked: CheckedRow): string {
  const { cells, params, result, line } = checked;
  if (b.json) return safeJson({ ...(line === undefined ? { row } : { row, line }), ...(isRowVerdict(result) ? result : { input: cells, error: result }) });
  // Error rows echo the row's own values, whatever column order its header gave them.
  const out = isRowVerdict(result) ? verdictLine(row, rowVerdictOf(result)) : cellsLine(checkCells(row, params, result));
  return line === undefined ? out : out + ',' + line;
}

/**
 * The output lines (each ending in a line break) of records numbered from `firstRow`, and how
 * many are error rows. CSV rows are answered by the engine's evaluateRow (the fields the table
 * prints, the same values), NDJSON rows by evaluate (the whole verdict).
 */
export function formatRecords(b: Batch, records: readonly CsvRecord[], firstRow: number): { text: string; bad: number } {
  let text = '';
  let bad = 0;
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    if (b.json) {
      const checked = checkRecordOf(b, r);
      if (!isRowVerdict(checked.result)) bad++;
      text += formatRow(b, firstRow + i, checked) + '\n';
      continue;
    }
    const { params, input, error } = readRecord(b.columns, b.shared, r);
    const result = input ? b.engine.evaluateRow(input) : error!;
    if (isRowVerdict(result)) text += verdictLine(firstRow + i, result, { params, input: input! }) + ',' + r.line + '\n';
    else {
      bad++;
      text += cellsLine(checkCells(firstRow + i, params, result)) + ',' + r.line + '\n';
    }
  }
  return { text, bad };
}

/** The CSV header line (NDJSON has none). */
export const headerLine = (json: boolean): string => (json ? '' : OUTPUT_HEADER.join(',') + '\n');

/** Output lines (header first, for CSV) and the number of rows that had errors: the whole batch in memory, for tests. */
export function runBatch(b: Batch, records: CsvRecord[]): { lines: string[]; bad: number } {
  const { text, bad } = formatRecords(b, records, 1);
  const lines = (headerLine(b.json) + text).split('\n');
  lines.pop();
  return { lines, bad };
}
