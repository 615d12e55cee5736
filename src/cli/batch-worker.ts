/**
 * A worker thread of `check --csv` (batch-stream.ts): builds the engine once from the data the
 * main thread already read and checked, then answers runs of records with their output text,
 * formatted by the same formatRecords() as the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { bundledRuleSets, createEngine, FAST_CHINA_TIME, QueryCellIndex, useFastChinaTime, useQueryCells, validateRuleSet, type EngineData, type StringParams } from '../core';
import { formatRecords } from './batch';
import { unpackRun, type WorkerReply, type WorkerRun } from './batch-pack';

export interface WorkerInit {
  /** Marks the worker's data, so this module does nothing when loaded anywhere else. */
  checkBatch: true;
  data: EngineData;
  /** Rule sets beyond the bundled ones (--ruleset), as validated JSON. */
  extraRuleSets: unknown[];
  shared: StringParams;
  json: boolean;
}

const init = workerData as WorkerInit | null;
if (parentPort && init?.checkBatch) {
  useFastChinaTime(FAST_CHINA_TIME);
  useQueryCells(QueryCellIndex);
  const engine = createEngine(init.data, [...bundledRuleSets(), ...init.extraRuleSets.map(validateRuleSet)]);
  const port = parentPort;
  port.on('message', (run: WorkerRun) => {
    const { text, bad } = formatRecords({ engine, columns: run.columns, shared: init.shared, json: init.json }, unpackRun(run), run.firstRow);
    const bytes = Buffer.from(text, 'utf8');
    const reply: WorkerReply = { id: run.id, bytes, bad };
    // A fresh Buffer of this size owns its ArrayBuffer (larger than the pool's 4 KB), so it can move.
    port.postMessage(reply, bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer] : []);
  });
}
