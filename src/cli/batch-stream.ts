/**
 * `check --csv` as a stream: the file (or stdin) is read in pieces through the core's
 * CheckTableReader, checked in runs of BATCH_ROWS rows and written as it goes, with
 * node:stream's pipeline carrying backpressure from the output back to the reading, so memory
 * stays bounded at any size and the first rows come out before the input ends.
 *
 * More cores where they pay: the first IN_THREAD_ROWS rows are checked in this thread (a small
 * file never pays for starting workers); after that, with workers (defaultThreads(), or
 * --threads), runs go to worker_threads (batch-worker.ts), each with its own engine built from
 * the same data, and come back in order: this thread then only reads, parses and writes.
 * Workers cost CPU time of their own (records copied across, an engine each), so they buy wall
 * time, not CPU time.
 */
import { availableParallelism } from 'node:os';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Worker } from 'node:worker_threads';
import { CheckTableReader, type CsvRecord, type Engine } from '../core';
import { formatRecords, headerLine, type Batch } from './batch';
import type { WorkerInit } from './batch-worker';
import { packRun, type WorkerReply } from './batch-pack';

/**
 * Rows per run. Small: a run's records and output outlive a few young-generation collections, and
 * what outlives them is copied to the old generation; 250 measured less CPU time and memory than
 * 1,000 or 4,000 (measured when written; the figures were not kept), and a message per 250 rows still costs little.
 */
export const BATCH_ROWS = 250;
/** Rows checked in this thread before any worker starts (a small file never pays for workers). */
export const IN_THREAD_ROWS = 20_000;
/** Runs in flight per worker: one being checked, one waiting. */
const IN_FLIGHT_PER_WORKER = 2;


export interface StreamOptions {
  input: Readable;
  output: Writable;
  engine: Engine;
  shared: Batch['shared'];
  json: boolean;
  /** How a worker builds the same engine; null: every row in this thread. */
  workers: WorkerInit | null;
  /** Worker count; default defaultThreads(). 0: every row in this thread. */
  threads?: number;
  /** Rows checked here before workers start (default IN_THREAD_ROWS; tests use 0). */
  inThreadRows?: number;
}

/**
 * Workers by default: one per core but the one that reads and writes, at most 3 — and none on
 * two cores or fewer. Measured on two cores, a worker costs about a third more CPU time than the
 * same rows in this thread (records copied across, a second engine and query-cell cache) and
 * ~100 MB, while the two threads share the cores they have: it buys no time there.
 */
export function defaultThreads(): number {
  const cores = availableParallelism();
  return cores >= 3 ? Math.min(cores - 1, 3) : 0;
}

interface Run {
  firstRow: number;
  columns: string[];
  records: CsvRecord[];
}

/** The input as runs of data records, with the columns they are read by. */
async function* runsOf(input: AsyncIterable<Buffer | string>): AsyncGenerator<Run> {
  const decoder = new TextDecoder('utf-8');
  const table = new CheckTableReader('', { stream: true });
  let records: CsvRecord[] = [];
  let row = 1;
  const take = function* (): Generator<Run> {
    for (let r = table.next(); r; r = table.next()) {
      records.push(r);
      if (records.length === BATCH_ROWS) {
        yield { firstRow: row, columns: table.columns!, records };
        row += records.length;
        records = [];
      }
    }
  };
  for await (const chunk of input) {
    table.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    yield* take();
  }
  table.push(decoder.decode());
  table.end();
  yield* take();
  if (records.length) yield { firstRow: row, columns: table.columns!, records };
}

/**
 * The worker's first code. `npm run check` runs the CLI bundled (scripts/cli-bundle.mjs, whose
 * batch-worker.mjs sits beside this module's chunk): the worker imports that. Run from the
 * TypeScript (tests, tsx), a worker does not inherit tsx's loader before its entry module loads
 * (Node 20), so it registers tsx itself, then imports batch-worker.ts. As ES modules, not through
 * tsx's require hook: compiled to CommonJS, every use of an imported binding becomes a getter
 * call, which measured 60 % more CPU time.
 */
const WORKER_BOOT = import.meta.url.endsWith('.ts')
  ? `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./batch-worker.ts', import.meta.url).href)}); })`
  : `import(${JSON.stringify(new URL('./batch-worker.mjs', import.meta.url).href)})`;

/** A pool of workers answering runs; each reply resolves its run's promise. */
class Pool {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly waiting = new Map<number, { resolve: (r: WorkerReply) => void; reject: (e: Error) => void }>();
  private nextId = 0;

  constructor(init: WorkerInit, size: number) {
    for (let k = 0; k < size; k++) {
      const worker = new Worker(WORKER_BOOT, { eval: true, workerData: init});
      const slot = { worker, busy: 0 };
      worker.on('message', (m: WorkerReply) => {
        slot.busy--;
        this.waiting.get(m.id)?.resolve(m);
        this.waiting.delete(m.id);
      });
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => code !== 0 && this.fail(new Error(`a batch worker stopped (exit ${code})`)));
      this.workers.push(slot);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  private fail(e: Error): void {
    for (const w of this.waiting.values()) w.reject(e);
    this.waiting.clear();
  }

  check(run: Run): Promise<WorkerReply> {
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    const id = this.nextId++;
    const msg = packRun(id, run.firstRow, run.columns, run.records);
    const reply = new Promise<WorkerReply>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      slot.worker.postMessage(msg);
    });
    // Awaited in input order, maybe after a later run has failed: never an unhandled rejection.
    reply.catch(() => {});
    return reply;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

/** Streams the table from input to output; resolves with the row and error-row counts. */
export async function streamBatch(o: StreamOptions): Promise<{ rows: number; bad: number }> {
  let rows = 0;
  let bad = 0;
  let pool: Pool | null = null;
  const threads = o.threads ?? defaultThreads();
  const inThread = o.inThreadRows ?? IN_THREAD_ROWS;
  async function* checked(runs: AsyncIterable<Run>): AsyncGenerator<string | Uint8Array> {
    const header = headerLine(o.json);
    if (header) yield header;
    // Replies in input order: a FIFO of promises, at most a few runs in flight.
    const inFlight: Promise<{ text: string | Uint8Array; bad: number; rows: number }>[] = [];
    for await (const run of runs) {
      if (!pool && o.workers && threads > 0 && run.firstRow > inThread) pool = new Pool(o.workers, threads);
      if (pool) {
        inFlight.push(pool.check(run).then((r) => ({ text: r.bytes, bad: r.bad, rows: run.records.length })));
      } else {
        const b: Batch = { engine: o.engine, columns: run.columns, shared: o.shared, json: o.json };
        inFlight.push(Promise.resolve({ ...formatRecords(b, run.records, run.firstRow), rows: run.records.length }));
      }
      while (inFlight.length > (pool ? pool.size * IN_FLIGHT_PER_WORKER : 0)) {
        const r = await inFlight.shift()!;
        rows += r.rows;
        bad += r.bad;
        yield r.text;
      }
    }
    while (inFlight.length) {
      const r = await inFlight.shift()!;
      rows += r.rows;
      bad += r.bad;
      yield r.text;
    }
  }
  try {
    await pipeline(o.input, runsOf, checked, o.output);
  } finally {
    await (pool as Pool | null)?.close();
  }
  return { rows, bad };
}

/** A Writable over a plain text sink (tests, or an Io without a stream). */
export function sinkStream(out: (text: string) => void): Writable {
  return new Writable({
    write(chunk: Buffer | string, _enc, done) {
      out(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      done();
    },
  });
}
