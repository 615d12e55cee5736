/** Runs of check-table records as they cross to a batch worker (batch-stream.ts → batch-worker.ts). */
import type { CsvMalformation, CsvRecord } from '../core';

/**
 * A run of records, packed flat: structured clone copies a few arrays of strings and numbers
 * about five times faster than two thousand small objects.
 */
export interface WorkerRun {
  id: number;
  firstRow: number;
  columns: string[];
  /** Every record's cells, one after another. */
  cells: string[];
  /** Per record: its number of cells, its line, its malformation (index in MALFORMATIONS + 1, or 0). */
  counts: Uint32Array;
  lines: Uint32Array;
  malformed: Uint8Array;
}

const MALFORMATIONS: CsvMalformation[] = ['unterminated-quote', 'text-after-quote', 'line-break'];

export function packRun(id: number, firstRow: number, columns: string[], records: readonly CsvRecord[]): WorkerRun {
  const cells: string[] = [];
  const counts = new Uint32Array(records.length);
  const lines = new Uint32Array(records.length);
  const malformed = new Uint8Array(records.length);
  records.forEach((r, i) => {
    for (const c of r.cells) cells.push(c);
    counts[i] = r.cells.length;
    lines[i] = r.line;
    malformed[i] = r.malformed ? MALFORMATIONS.indexOf(r.malformed) + 1 : 0;
  });
  return { id, firstRow, columns, cells, counts, lines, malformed };
}

export function unpackRun(run: WorkerRun): CsvRecord[] {
  const out: CsvRecord[] = new Array(run.counts.length);
  let at = 0;
  for (let i = 0; i < run.counts.length; i++) {
    const cells = run.cells.slice(at, (at += run.counts[i]!));
    out[i] = run.malformed[i] ? { cells, line: run.lines[i]!, malformed: MALFORMATIONS[run.malformed[i]! - 1]! } : { cells, line: run.lines[i]! };
  }
  return out;
}

/**
 * A run checked: its output lines as UTF-8 (the worker encodes them and hands the buffer over,
 * so no text is copied between threads) and how many are error rows.
 */
export interface WorkerReply {
  id: number;
  bytes: Uint8Array;
  bad: number;
}

