/**
 * The `check --csv` table, in one place for everyone who writes or reads it: the CLI's batch,
 * the app's in-page batch (in the engine worker) and the app's check-log export. Input: rows of
 * lat,lng,at (a header may name them in any order, with more columns); output: one line per
 * input row with the columns below, a verdict's fields or the row's own values and an error.
 */
import { PARAM_NAMES, parseEvaluateParams, type StringParams } from './params';
import { isInputError, type EvaluateInput, type EvaluateResult, type Verdict } from './types';
import type { Engine } from './engine';
import { csvCell, isBlankRecord, readCsvRecords, type CsvRecord } from './csv';

export const CSV_HEADER = ['row', 'lat', 'lng', 'at', 'status', 'zone', 'zoneId', 'ruleSet', 'projected', 'windowStart', 'windowEnd', 'nextStart', 'nextEnd', 'boundaryDistanceM', 'nearBoundary', 'decisive', 'error'] as const;
export type CsvColumn = (typeof CSV_HEADER)[number];
export type CsvCells = Partial<Record<CsvColumn, unknown>>;

/** Columns of an input row when the file has no header. */
const DEFAULT_COLUMNS = ['lat', 'lng', 'at'];
/** Evaluation parameters given per row, never for the whole batch. */
export const ROW_PARAMS = ['lat', 'lng', 'at'] as const;

/** A first record that names at least lat and lng is the header (its names trimmed, lower-cased). */
export function headerOf(first: CsvRecord | undefined): string[] | null {
  const names = first && !first.malformed ? first.cells.map((c) => c.trim().toLowerCase()) : [];
  return names.includes('lat') && names.includes('lng') ? names : null;
}

/** The input's columns and its data records: blank lines dropped, the header (if any) taken off. */
export function readCheckTable(text: string): { columns: string[]; records: CsvRecord[] } {
  const records = readCsvRecords(text).filter((r) => !isBlankRecord(r));
  const header = headerOf(records[0]);
  return header ? { columns: header, records: records.slice(1) } : { columns: DEFAULT_COLUMNS, records };
}

const isParam = (name: string): name is keyof StringParams => (PARAM_NAMES as readonly string[]).includes(name);

/** The evaluation parameters of one row: the shared ones, overridden by the row's own columns. */
export function rowParams(columns: readonly string[], cells: readonly string[], shared: StringParams): StringParams {
  const params: StringParams = { ...shared };
  columns.forEach((name, k) => {
    if (isParam(name) && cells[k] !== undefined) params[name] = cells[k];
  });
  // A row without a value is an error on that row, never "now".
  for (const need of ROW_PARAMS) params[need] ??= '';
  return params;
}

/** A row that got no verdict: what was wrong, in one line (an InputError, an InternalError, a parse error). */
export interface RowError {
  message: string;
}

/** Why a malformed record has no values: said with its line, since its cells could not be read. */
function malformedMessage(r: CsvRecord): string {
  return `line ${r.line}: a quoted field is never closed (the row is left out; reading resumed on the next line)`;
}

/** The output cells of a verdict (row number aside). */
export function verdictCells(v: Verdict): CsvCells {
  return {
    lat: v.position.lat, lng: v.position.lng, at: v.at, status: v.status, zone: v.zone, zoneId: v.zoneId,
    ruleSet: v.ruleSet, projected: v.projected, windowStart: v.window?.start, windowEnd: v.window?.end,
    nextStart: v.next?.start, nextEnd: v.next?.end, boundaryDistanceM: v.boundaryDistanceM, nearBoundary: v.nearBoundary,
    decisive: v.reasons.find((r) => r.role === 'decisive')?.cite,
  };
}

/** True when a row's result is a verdict (not an InputError, an InternalError or a RowError). */
export const isRowVerdict = (r: EvaluateResult | RowError): r is Verdict => !('error' in r) && 'status' in r;

/** An error row's cells: the row's own values under their own columns, and what was wrong. */
export function errorCells(params: StringParams, message: string): CsvCells {
  return { lat: params.lat, lng: params.lng, at: params.at, error: message };
}

/** The cells of the row numbered `row`: a verdict's, or (error rows) the row's own values and the error. */
export function checkCells(row: number, params: StringParams, result: EvaluateResult | RowError): CsvCells {
  return { row, ...(isRowVerdict(result) ? verdictCells(result) : errorCells(params, result.message)) };
}

/** Reads one record's parameters: what to evaluate, or why the row is an error row. */
export function readRecord(columns: readonly string[], shared: StringParams, r: CsvRecord): { params: StringParams; input: EvaluateInput | null; error: RowError | null } {
  const params = rowParams(columns, r.cells, shared);
  if (r.malformed) return { params, input: null, error: { message: malformedMessage(r) } };
  const parsed = parseEvaluateParams(params);
  return isInputError(parsed) ? { params, input: null, error: parsed } : { params, input: parsed, error: null };
}

/** Checks one input record: its parameters as read, and the verdict or why there is none. */
export function checkRecord(engine: Engine, columns: readonly string[], shared: StringParams, r: CsvRecord): { params: StringParams; result: EvaluateResult | RowError } {
  const { params, input, error } = readRecord(columns, shared, r);
  return { params, result: input ? engine.evaluate(input) : error! };
}

/** The cells in column order, as the text a CSV cell holds before quoting (missing ones empty). */
export function cellValues(cells: CsvCells): string[] {
  return CSV_HEADER.map((name) => (cells[name] === null || cells[name] === undefined ? '' : String(cells[name])));
}

/** One output line, cells by column name (missing ones empty), then any extra cells. */
export function csvLine(cells: CsvCells, extra: readonly unknown[] = []): string {
  return [...cellValues(cells), ...extra].map(csvCell).join(',');
}
