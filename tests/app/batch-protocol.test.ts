/**
 * The in-page batch (app/batch/run.ts) through the worker's batch request (app/engine host),
 * called directly: rows out equal rows in, cell for cell what `check --csv` prints, then the
 * line numbers and the carried-through columns.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { engineHost } from '../../src/app/engine/host';
import { answers } from '../../src/app/engine/protocol';
import { runInPageBatch, SLICE_ROWS } from '../../src/app/batch/run';
import { CSV_HEADER, parseCsv, readCheckTable, type EvaluateInput } from '../../src/core/index';
import { runBatch } from '../../src/cli/batch';
import { compactOf, fixtureData, fixtureEngine } from '../core/helpers';

/** The fixture zones as the bytes the app fetches (public/data/zones.bin's format). */
const bytes = compactOf(fixtureData());
const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
/** The notices as the app fetches them (public/data/rulesets.json). */
const ruleSets = readFileSync(new URL('../../public/data/rulesets.json', import.meta.url), 'utf8');

function worker() {
  const handle = engineHost();
  handle({ id: 1, type: 'init', args: { data, ruleSets } });
  let id = 2;
  let calls = 0;
  const evaluate = async (inputs: EvaluateInput[]) => {
    calls++;
    const r = handle({ id: id++, type: 'batch', args: { inputs } });
    if (!answers(r, 'batch')) throw new Error('no batch answer');
    return r.answer;
  };
  return { evaluate, calls: () => calls };
}

const INPUT = [
  '\uFEFFLat,lng,at,address,status',
  '21.85,108.5,2019-02-06T06:00:00+08:00,"钦南区, 某路",x',
  '',
  '21.968,108.632,2019-02-06T06:00:00+08:00,"line\r\nbreak",y',
  'x,108.5,2019-02-06T06:00:00+08:00,bad lat,z',
  '21.85,"108.5,never closed',
  '21.85,108.5,,no time',
].join('\r\n');

const never = new AbortController().signal;

describe('in-page batch', () => {
  it('rows out equal rows in: the CLI’s cells, then line and the carried columns (a clash renamed)', async () => {
    const w = worker();
    const out = await runInPageBatch(INPUT, w.evaluate, {}, () => {}, never);
    if (!out) throw new Error('cancelled');
    expect(out.header).toEqual([...CSV_HEADER, 'line', 'address', 'input_status']);
    const csv = parseCsv(out.csv().replace(/^\uFEFF/, '')).filter((r) => r.length > 1);
    expect(csv[0]).toEqual(out.header);
    const { columns, records } = readCheckTable(INPUT);
    const cli = parseCsv(runBatch({ engine: fixtureEngine(), columns, shared: {}, json: false }, records).lines.join('\n'));
    // The CLI writes `line` after the check columns too: the two agree on it as well.
    expect(csv.slice(1).map((r) => r.slice(0, CSV_HEADER.length + 1))).toEqual(cli.slice(1));
    expect(csv.slice(1).map((r) => r.slice(CSV_HEADER.length))).toEqual([
      ['2', '钦南区, 某路', 'x'],
      ['4', 'line\r\nbreak', 'y'],
      ['6', 'bad lat', 'z'],
      ['7', '', ''],
      ['8', 'no time', ''],
    ]);
    expect(out.rows.map((r) => r.status)).toEqual(['allowed', 'banned', null, null, null]);
    expect(out.counts).toEqual({ allowed: 1, banned: 1, error: 3 });
    expect(out.rows[3]!.cells[CSV_HEADER.indexOf('error')]).toMatch(/^line 7:/);
  });
  it('no header: lat,lng,at and the loose cells after them as column4…, every line padded to the widest', async () => {
    const out = await runInPageBatch('21.85,108.5,2019-02-06T06:00:00+08:00,a,b\n21.85,108.5,2019-02-06T06:00:00+08:00\n', worker().evaluate, {}, () => {}, never);
    expect(out!.header.slice(CSV_HEADER.length)).toEqual(['line', 'column4', 'column5']);
    const lines = out!.csv().trim().split('\r\n');
    expect(lines.map((l) => parseCsv(l)[0]!.length)).toEqual([20, 20, 20]);
  });
  it('a large file goes in slices, with progress after each, and can be cancelled between them', async () => {
    const rows = Array.from({ length: SLICE_ROWS * 3 + 7 }, (_, i) => `21.85,108.5,2019-02-06T06:00:00+08:00,r${i}`).join('\n');
    const w = worker();
    const seen: number[] = [];
    const out = await runInPageBatch(rows, w.evaluate, {}, (p) => seen.push(p.rows), never);
    expect(out!.rows).toHaveLength(SLICE_ROWS * 3 + 7);
    expect(w.calls()).toBe(4);
    expect(seen).toEqual([SLICE_ROWS, SLICE_ROWS * 2, SLICE_ROWS * 3, SLICE_ROWS * 3 + 7]);
    const stop = new AbortController();
    const cancelled = await runInPageBatch(rows, w.evaluate, {}, (p) => p.rows >= SLICE_ROWS && stop.abort(), stop.signal);
    expect(cancelled).toBeNull();
  });
  it('the worker answers a batch only after init', () => {
    const r = engineHost()({ id: 1, type: 'batch', args: { inputs: [] } });
    expect(r).toMatchObject({ ok: false, failure: { kind: 'not-ready' } });
  });
});
