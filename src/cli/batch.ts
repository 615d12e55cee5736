/**
 * `check --csv`: every input row becomes exactly one output row. Rows flow through checkRow()
 * (parameters → result) and formatRow() (result → one output line), one at a time; runBatch()
 * is the in-memory reader/writer around them, which a streaming version can replace while the
 * row logic stays as it is.
 */
import { isInputError, isVerdict, parseEvaluateParams, PARAM_NAMES, type Engine, type EvaluateResult, type StringParams } from '../core';
import { ROW_PARAMS } from './args';
import { CSV_HEADER, csvLine } from './csv';

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
  result: EvaluateResult;
}

const isParam = (name: string): name is keyof StringParams => (PARAM_NAMES as readonly string[]).includes(name);

export function checkRow(b: Batch, cells: string[]): CheckedRow {
  const params: StringParams = { ...b.shared };
  b.columns.forEach((name, k) => {
    if (isParam(name) && cells[k] !== undefined) params[name] = cells[k];
  });
  // A row without a value is an error on that row, never "now".
  for (const need of ROW_PARAMS) params[need] ??= '';
  const parsed = parseEvaluateParams(params);
  return { cells, params, result: isInputError(parsed) ? parsed : b.engine.evaluate(parsed) };
}

/** The output line for the row numbered `row` (1-based, header not counted). */
export function formatRow(b: Batch, row: number, { cells, params, result }: CheckedRow): string {
  if (b.json) return JSON.stringify({ row, ...(isVerdict(result) ? result : { input: cells, error: result }) });
  // Error rows echo the row's own values, whatever column order its header gave them.
  if (!isVerdict(result)) return csvLine({ row, lat: params.lat, lng: params.lng, at: params.at, error: result.message });
  const v = result;
  return csvLine({
    row, lat: v.position.lat, lng: v.position.lng, at: v.at, status: v.status, zone: v.zone, zoneId: v.zoneId,
    ruleSet: v.ruleSet, projected: v.projected, windowStart: v.window?.start, windowEnd: v.window?.end,
    nextStart: v.next?.start, nextEnd: v.next?.end, boundaryDistanceM: v.boundaryDistanceM, nearBoundary: v.nearBoundary,
    decisive: v.reasons.find((r) => r.role === 'decisive')?.cite,
  });
}

/** Output lines (header first, for CSV) and the number of rows that had errors. */
export function runBatch(b: Batch, rows: string[][]): { lines: string[]; bad: number } {
  const lines: string[] = b.json ? [] : [CSV_HEADER.join(',')];
  let bad = 0;
  rows.forEach((cells, i) => {
    const checked = checkRow(b, cells);
    if (!isVerdict(checked.result)) bad++;
    lines.push(formatRow(b, i + 1, checked));
  });
  return { lines, bad };
}
