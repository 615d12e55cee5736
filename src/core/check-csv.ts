/**
 * The `check --csv` table, in one place for everyone who writes or reads it: the CLI's batch,
 * the app's in-page batch (in the engine worker) and the app's check-log export. Input: rows of
 * lat,lng,at (a header may name them in any order, with more columns); output: one line per
 * input row with the columns below, a verdict's fields or the row's own values and an error.
 */
import { PARAM_NAMES, parseEvaluateParams, type StringParams } from './params';
import { isInputError, type EvaluateInput, type EvaluateResult, type Verdict } from './types';
import type { Engine, RowVerdict } from './engine';
import { csvCell, CsvReader, isBlankRecord, type CsvMalformation, type CsvRecord } from './csv';

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

const isParam = (name: string | undefined): name is keyof StringParams => (PARAM_NAMES as readonly string[]).includes(name as string);

/**
 * The check table's data records as the text arrives (CsvReader, streaming or whole): blank lines
 * dropped, the header (if the first record is one) taken off. A quoted line break in a parameter
 * column (lat, lng, at, …) is a malformed record, not a merged one: those values hold no line
 * breaks, so one can only come from a stray quote.
 */
export class CheckTableReader {
  /** The columns: from the header, or lat,lng,at; null until the first record is read. */
  columns: string[] | null = null;
  /** The header's names, when the first record was a header. */
  header: string[] | null = null;
  private readonly reader: CsvReader;

  constructor(text = '', opts: { stream?: boolean } = {}) {
    this.reader = new CsvReader(text, { stream: opts.stream, lineBreakIn: (k) => !isParam((this.columns ?? DEFAULT_COLUMNS)[k]) });
  }

  push(text: string): void {
    this.reader.push(text);
  }

  end(): void {
    this.reader.end();
  }

  get done(): boolean {
    return this.reader.done;
  }

  /** Characters read so far, of `length` (a progress bar). */
  get position(): number {
    return this.reader.position;
  }

  get length(): number {
    return this.reader.length;
  }

  /** The next data record; null at the end, or (streaming) until more text arrives. */
  next(): CsvRecord | null {
    for (let r = this.reader.next(); r; r = this.reader.next()) {
      if (isBlankRecord(r)) continue;
      if (!this.columns) {
        this.header = headerOf(r);
        this.columns = this.header ?? DEFAULT_COLUMNS;
        if (this.header) continue;
      }
      return r;
    }
    return null;
  }
}

/** The input's columns and its data records: blank lines dropped, the header (if any) taken off. */
export function readCheckTable(text: string): { columns: string[]; records: CsvRecord[] } {
  const table = new CheckTableReader(text);
  const records: CsvRecord[] = [];
  for (let r = table.next(); r; r = table.next()) records.push(r);
  return { columns: table.columns ?? DEFAULT_COLUMNS, records };
}

/** The evaluation parameters of one row: the shared ones, overridden by the row's own columns. */
export function rowParams(columns: readonly string[], cells: readonly string[], shared: StringParams): StringParams {
  const params: StringParams = { ...shared };
  // Plain loops: a batch calls this once per row.
  for (let k = 0; k < columns.length; k++) {
    const name = columns[k];
    if (isParam(name) && cells[k] !== undefined) params[name] = cells[k];
  }
  // A row without a value is an error on that row, never "now".
  for (let k = 0; k < ROW_PARAMS.length; k++) params[ROW_PARAMS[k]!] ??= '';
  return params;
}

/** A row that got no verdict: what was wrong, in one line (an InputError, an InternalError, a parse error). */
export interface RowError {
  message: string;
}

const MALFORMED: Record<CsvMalformation, string> = {
  'unterminated-quote': 'a quoted field is never closed',
  'text-after-quote': 'text follows a closing quote (a stray quote?)',
  'line-break': 'a quoted field is never closed on its line (lat/lng/at hold no line breaks: a stray quote?)',
};

/** Why a malformed record has no values: said with its line, since its cells could not be read. */
function malformedMessage(r: CsvRecord): string {
  return `line ${r.line}: ${MALFORMED[r.malformed!]} (the row is left out; reading resumed on the next line)`;
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

/** The row verdict (engine evaluateRow) of a full verdict: the fields a table row prints, the decisive reason's citation. */
export function rowVerdictOf(v: Verdict): RowVerdict {
  let decisive = '';
  for (const r of v.reasons) {
    if (r.role === 'decisive') {
      decisive = r.cite;
      break;
    }
  }
  const { status, zone, zoneId, ruleSet, projected, window, next, boundaryDistanceM, nearBoundary, position, at } = v;
  return { status, zone, zoneId, ruleSet, projected, window, next, boundaryDistanceM, nearBoundary, position, at, decisive };
}

/**
 * True when a row's result is a verdict — evaluate()'s or evaluateRow()'s — not an InputError, an
 * InternalError or a RowError.
 */
export const isRowVerdict = <V extends Verdict | RowVerdict>(r: V | Exclude<EvaluateResult, Verdict> | RowError): r is V => !('error' in r) && 'status' in r;

/** An error row's cells: the row's own values under their own columns, and what was wrong. */
export function errorCells(params: StringParams, message: string): CsvCells {
  return { lat: params.lat, lng: params.lng, at: params.at, error: message };
}

/** The cells of the row numbered `row`: a verdict's, or (error rows) the row's own values and the error. */
export function checkCells(row: number, params: StringParams, result: EvaluateResult | RowError): CsvCells {
  const cells = isRowVerdict(result) ? verdictCells(result) : errorCells(params, result.message);
  cells.row = row;
  return cells;
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
  // A plain loop: a batch calls this once per row.
  const out = new Array<string>(CSV_HEADER.length);
  for (let k = 0; k < CSV_HEADER.length; k++) {
    const v = cells[CSV_HEADER[k]!];
    out[k] = v === null || v === undefined ? '' : String(v);
  }
  return out;
}

/** One output line, cells by column name (missing ones empty), then any extra cells. */
export function csvLine(cells: CsvCells, extra: readonly unknown[] = []): string {
  return [...cellValues(cells), ...extra].map(csvCell).join(',');
}
