/**
 * `check --csv`: every input row becomes exactly one output row. Rows flow through checkRow()
 * (parameters → result) and formatRow() (result → one output line), one at a time; runBatch()
 * is the in-memory reader/writer around them, which a streaming version can replace while the
 * row logic stays as it is. The table's columns and the row logic are the core's
 * (core/check-csv.ts), shared with the app's in-page batch and its check-log export.
 */
import { checkCells, checkRecord, csvLine, isRowVerdict, CSV_HEADER, type CsvRecord, type Engine, type EvaluateResult, type RowError, type StringParams } from '../core';

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
}

/** One record checked (a malformed record is an error row of its own; its line number says where). */
function checkRecordOf(b: Batch, r: CsvRecord): CheckedRow {
  return { cells: r.cells, ...checkRecord(b.engine, b.columns, b.shared, r) };
}

export function checkRow(b: Batch, cells: string[]): CheckedRow {
  return checkRecordOf(b, { cells, line: 0 });
}

/** The output line for the row numbered `row` (1-based, header not counted). */
export function formatRow(b: Batch, row: number, checked: CheckedRow): string {
  const { cells, params, result } = checked;
  if (b.json) return JSON.stringify({ row, ...(isRowVerdict(result) ? result : { input: cells, error: result }) });
  // Error rows echo the row's own values, whatever column order its header gave them.
  return csvLine(checkCells(row, params, result));
}

/** Output lines (header first, for CSV) and the number of rows that had errors. */
export function runBatch(b: Batch, records: CsvRecord[]): { lines: string[]; bad: number } {
  const lines: string[] = b.json ? [] : [CSV_HEADER.join(',')];
  let bad = 0;
  records.forEach((r, i) => {
    const checked = checkRecordOf(b, r);
    if (!isRowVerdict(checked.result)) bad++;
    lines.push(formatRow(b, i + 1, checked));
  });
  return { lines, bad };
}
