/**
 * The in-page batch: reads a pasted or opened CSV in slices (core CsvReader), has the engine
 * worker check each slice (the `batch` request), and builds the output as it goes, so a
 * 10,000-row file never holds the main thread for long: each slice is a few milliseconds of
 * parsing and formatting, then the page is free until the worker answers.
 *
 * Output: the `check --csv` columns, then `line` (where the row starts in the input, for error
 * rows above all), then the input's other columns carried through (address, note…). Rows out
 * equal rows in (blank lines aside, as in the CLI); a row that cannot be read is an error row.
 */
import { cellValues, csvCell, CsvReader, CSV_HEADER, errorCells, headerOf, isBlankRecord, readRecord, ROW_PARAMS, type CsvCells, type CsvRecord, type EvaluateInput, type Status, type StringParams } from '../../core';
import type { BatchAnswer } from '../engine/protocol';

/** Rows per request: a single evaluate queued behind one waits for at most this many rows. */
export const SLICE_ROWS = 400;

export interface BatchRow {
  /** Where the row starts in the input (1-based). */
  line: number;
  /** The check --csv cells, in CSV_HEADER order. */
  cells: string[];
  status: Status | null;
  /** The carried-through input cells, in the order of the output's extra columns. */
  extra: string[];
}

export interface BatchProgress {
  rows: number;
  /** Characters read of `length`: the progress bar (the row count is known only at the end). */
  read: number;
  length: number;
}

export interface BatchOutcome {
  header: string[];
  rows: BatchRow[];
  /** The output as CSV text (BOM, header, CRLF lines). */
  csv: () => string;
  counts: Partial<Record<Status | 'error', number>>;
}

const OUTPUT = new Set<string>([...CSV_HEADER, 'line']);
const isRowParam = (c: string) => (ROW_PARAMS as readonly string[]).includes(c);

/** The columns carried through: all but lat, lng, at; renamed input_… where they would clash with an output column. */
function carried(columns: string[] | null): { index: number[]; names: string[] } {
  if (!columns) return { index: [], names: [] };
  const index = columns.flatMap((c, i) => (isRowParam(c) ? [] : [i]));
  return { index, names: index.map((i) => (OUTPUT.has(columns[i]!) ? `input_${columns[i]}` : columns[i]!)) };
}

const yieldToPage = () => new Promise<void>((ok) => setTimeout(ok, 0));

export async function runInPageBatch(
  text: string,
  evaluate: (inputs: EvaluateInput[]) => Promise<BatchAnswer[]>,
  shared: StringParams,
  onProgress: (p: BatchProgress) => void,
  signal: AbortSignal,
): Promise<BatchOutcome | null> {
  const reader = new CsvReader(text);
  const nextRecord = (): CsvRecord | null => {
    for (let r = reader.next(); r; r = reader.next()) if (!isBlankRecord(r)) return r;
    return null;
  };
  const first = nextRecord();
  const header = headerOf(first ?? undefined);
  const columns = header ?? ['lat', 'lng', 'at'];
  const keep = carried(header);
  // Without a header, cells after lat,lng,at are carried as column4, column5…
  let loose = 0;
  const rows: BatchRow[] = [];
  const lines: string[] = [];
  const counts: BatchOutcome['counts'] = {};
  let pending: CsvRecord | null = header ? nextRecord() : first;
  while (pending) {
    if (signal.aborted) return null;
    const slice: CsvRecord[] = [];
    for (; pending && slice.length < SLICE_ROWS; pending = nextRecord()) slice.push(pending);
    // The page reads each row's parameters (bad ones become error rows here); the worker evaluates the rest.
    const read = slice.map((r) => readRecord(columns, shared, r));
    const inputs = read.flatMap((r) => (r.input ? [r.input] : []));
    const answers = await evaluate(inputs);
    if (signal.aborted) return null;
    let next = 0;
    read.forEach(({ params, input, error }, k) => {
      const a = input ? answers[next++]! : null;
      const own: CsvCells = a?.status ? a.cells : errorCells(params, a && !a.status ? a.message : error!.message);
      const cells = cellValues({ ...own, row: rows.length + 1 });
      const src = slice[k]!;
      const extra = header ? keep.index.map((i) => src.cells[i] ?? '') : src.cells.slice(3);
      loose = Math.max(loose, header ? 0 : extra.length);
      const status = a?.status ?? null;
      rows.push({ line: src.line, cells, status, extra });
      lines.push([...cells, String(src.line), ...extra].map(csvCell).join(','));
      const key = status ?? 'error';
      counts[key] = (counts[key] ?? 0) + 1;
    });
    onProgress({ rows: rows.length, read: reader.position, length: reader.length });
    await yieldToPage();
  }
  const names = header ? keep.names : Array.from({ length: loose }, (_, i) => `column${i + 4}`);
  const width = CSV_HEADER.length + 1 + names.length;
  const out = [...CSV_HEADER, 'line', ...names];
  return {
    header: out,
    rows,
    counts,
    // Rows with fewer loose cells than the widest are padded, so every line has every column.
    csv: () => '\uFEFF' + [out.join(','), ...lines.map((l, i) => l + ','.repeat(width - (CSV_HEADER.length + 1 + rows[i]!.extra.length)))].join('\r\n') + '\r\n',
  };
}
