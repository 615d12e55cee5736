/**
 * check --csv as a stream (src/cli/batch-stream.ts), called in this process with real streams:
 * 50,000 rows with stray and unterminated quotes, CRLF, CR, a BOM and blank lines, cut into
 * pieces at random bytes (multi-byte characters split too): rows out equal rows in, every row
 * carries its input line, every bad record is one error row naming its line. NDJSON streams (the
 * first rows come out before the input ends); workers answer in order, exactly as this thread;
 * echoed text is escaped and formula cells neutralised.
 */
import { readFileSync } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { defaultThreads, sinkStream, streamBatch } from '../../src/cli/batch-stream';
import { createEngine, parseCsv } from '../../src/core/index';
import { rng } from '../core/helpers';

const data = { compact: readFileSync(new URL('../../public/data/zones.bin', import.meta.url)) };
const engine = createEngine(data);
const workers = { checkBatch: true as const, data, extraRuleSets: [], shared: {}, json: false };

type Kind = 'ok' | 'bad value' | 'malformed';
interface Input {
  text: string;
  /** Per data row, in order: its line and what it must come out as. */
  rows: { line: number; kind: Kind }[];
}

/** 50,000 data rows of every kind, lines ended by CRLF, LF or CR, blank lines between, a BOM and a header first. */
function messyInput(n: number, seed: number): Input {
  const r = rng(seed);
  const at = '2019-02-06T08:00:00+08:00';
  const kinds: [Kind, (lat: string, lng: string) => string][] = [
    ['ok', (lat, lng) => `${lat},${lng},${at},钦州 ${lat}`],
    ['ok', (lat, lng) => `"${lat}","${lng}","${at}","引号 ""内"" 的,逗号"`],
    // A stray quote at the end of a value: a character of the value, which then does not parse.
    ['bad value', (lat, lng) => `${lat},${lng},${at}",x`],
    // A stray quote opening lat, closed lines below if at all: one malformed record, not merged rows.
    ['malformed', (lat, lng) => `"${lat},${lng},${at},x`],
    // A quote that never closes, in the last parameter column.
    ['malformed', (lat, lng) => `${lat},${lng},"${at},x`],
    // Text after a closing quote.
    ['malformed', (lat, lng) => `"${lat}"9,${lng},${at},x`],
    ['bad value', (lat) => `${lat},east,${at},x`],
  ];
  const ends = ['\r\n', '\n', '\r'];
  let text = '\uFEFFlat,lng,at,note\r\n';
  let line = 2;
  const rows: Input['rows'] = [];
  // A line end; after a CR, a lone LF would join it into one CRLF, so CRLF it is.
  const end = () => {
    let e = ends[Math.floor(r() * 3)]!;
    if (e === '\n' && text.endsWith('\r')) e = '\r\n';
    text += e;
  };
  for (let i = 0; i < n; i++) {
    while (r() < 0.05) {
      end();
      line++;
    }
    const k = r() < 0.8 ? kinds[r() < 0.5 ? 0 : 1]! : kinds[2 + Math.floor(r() * (kinds.length - 2))]!;
    const lat = (21.7 + r() * 0.6).toFixed(5);
    const lng = (108.4 + r() * 0.8).toFixed(5);
    text += k[1](lat, lng);
    end();
    rows.push({ line, kind: k[0] });
    line++;
  }
  return { text, rows };
}

/** The text as UTF-8 pieces cut at random bytes (so CRLF, quotes and multi-byte characters split). */
function pieces(text: string, seed: number): Readable {
  const bytes = Buffer.from(text, 'utf8');
  const r = rng(seed);
  const out: Buffer[] = [];
  for (let at = 0; at < bytes.length; ) {
    const len = 1 + Math.floor(r() * 5000);
    out.push(bytes.subarray(at, at + len));
    at += len;
  }
  return Readable.from(out);
}

async function run(input: Readable, opts: { json?: boolean; threads?: number; inThreadRows?: number } = {}) {
  let out = '';
  const counts = await streamBatch({ input, output: sinkStream((s) => (out += s)), engine, shared: {}, json: !!opts.json, workers: { ...workers, json: !!opts.json }, threads: opts.threads ?? 0, inThreadRows: opts.inThreadRows });
  return { out, ...counts };
}

describe('50,000 messy rows, streamed', () => {
  const input = messyInput(50_000, 42);
  const expectBad = input.rows.filter((x) => x.kind !== 'ok').length;

  it('CSV: rows out equal rows in, each with its input line; every bad record one error row naming its line', async () => {
    const { out, rows, bad } = await run(pieces(input.text, 7));
    const table = parseCsv(out);
    const header = table[0]!;
    const col = (name: string) => header.indexOf(name);
    const body = table.slice(1);
    expect([rows, body.length]).toEqual([input.rows.length, input.rows.length]);
    expect(bad).toBe(expectBad);
    body.forEach((cells, i) => {
      const want = input.rows[i]!;
      expect(cells[col('row')]).toBe(String(i + 1));
      expect(cells[col('line')]).toBe(String(want.line));
      if (want.kind === 'ok') expect(cells[col('status')], `line ${want.line}`).not.toBe('');
      else expect(cells[col('status')], `line ${want.line}`).toBe('');
      if (want.kind === 'malformed') expect(cells[col('error')]).toMatch(new RegExp(`^line ${want.line}: `));
      if (want.kind === 'bad value') expect(cells[col('error')]).not.toBe('');
    });
  });

  it('NDJSON: the same rows, one JSON object per line, with row and line', async () => {
    const { out } = await run(pieces(input.text, 9), { json: true });
    const lines = out.split('\n').filter(Boolean);
    expect(lines).toHaveLength(input.rows.length);
    lines.forEach((l, i) => {
      const o = JSON.parse(l);
      expect([o.row, o.line]).toEqual([i + 1, input.rows[i]!.line]);
      expect('status' in o).toBe(input.rows[i]!.kind === 'ok');
    });
  });

  it('workers answer in order, exactly as this thread does', async () => {
    const first = messyInput(3_000, 5);
    const here = await run(pieces(first.text, 1));
    const there = await run(pieces(first.text, 2), { threads: 2, inThreadRows: 0 });
    expect(there.out).toBe(here.out);
    expect([there.rows, there.bad]).toEqual([here.rows, here.bad]);
  });
});

describe('streaming', () => {
  it('NDJSON: the first rows come out before the input ends', async () => {
    const input = new PassThrough();
    let out = '';
    let firstOut: () => void = () => {};
    const seen = new Promise<void>((ok) => (firstOut = ok));
    const done = streamBatch({
      input,
      output: sinkStream((s) => {
        out += s;
        firstOut();
      }),
      engine, shared: {}, json: true, workers: null, threads: 0,
    });
    const row = '21.9,108.55,2019-02-06T08:00:00+08:00\n';
    input.write('lat,lng,at\n' + row.repeat(600));
    await seen;
    const before = out.split('\n').filter(Boolean).length;
    expect(before).toBeGreaterThan(0);
    input.end(row);
    const counts = await done;
    expect(before).toBeLessThan(601);
    expect(counts.rows).toBe(601);
  });
  it('an empty input: the header alone (CSV), nothing (NDJSON)', async () => {
    expect((await run(Readable.from([]))).out).toMatch(/^row,lat,lng,at,status,.*,error,line\n$/);
    expect((await run(Readable.from(['lat,lng,at\r\n']), { json: true })).out).toBe('');
  });
  it('workers are a choice of the machine: none on two cores or fewer', () => {
    expect(defaultThreads()).toBeGreaterThanOrEqual(0);
    expect(defaultThreads()).toBeLessThanOrEqual(3);
  });
});

describe('safe text out', () => {
  // Values that are errors (so they are echoed): characters within them, formulas, a tab first.
  const bad = ['21\u20289', '21.9\u0085x', '\u202e21.9', '=HYPERLINK("http://x")', '+1+1', '@SUM(A1)', '-2+3', '\tx', '21.9\u0007', '21\u2066.9'];
  const text = 'lat,lng,at\n' + bad.map((v) => `"${v.replace(/"/g, '""')}",108.5,2019-02-06T08:00:00+08:00`).join('\n') + '\n';

  it('CSV: controls, line separators and bidi characters escaped, formula cells neutralised; one line per row', async () => {
    const { out } = await run(Readable.from([text]));
    const lines = out.split('\n').filter(Boolean);
    expect(lines).toHaveLength(bad.length + 1);
    // eslint-disable-next-line no-control-regex -- control characters are what must not come out
    expect(out).not.toMatch(/[\u2028\u2029\u0085\u202a-\u202e\u2066-\u2069\u0000-\u0009\u000b-\u001f]/);
    const cells = parseCsv(out).slice(1).map((r) => r[1]);
    expect(cells).toEqual(['21\\u20289', '21.9\\x85x', '\\u202e21.9', `'=HYPERLINK("http://x")`, "'+1+1", "'@SUM(A1)", "'-2+3", '\\x09x', '21.9\\x07', '21\\u2066.9']);
    // Every error message names the value as escaped text too.
    for (const row of parseCsv(out).slice(1)) expect(row.at(-2)).not.toBe('');
  });
  it('NDJSON: the same characters as JSON escapes, so a parser reads back the very value', async () => {
    const { out } = await run(Readable.from([text]), { json: true });
    expect(out).not.toMatch(/[\u2028\u2029\u0085\u202a-\u202e\u2066-\u2069]/);
    const inputs = out.split('\n').filter(Boolean).map((l) => JSON.parse(l).input[0]);
    expect(inputs).toEqual(bad);
  });
});

describe('spawned: the process itself', () => {
  it('npm run check (the prebuilt bundle; for CSV a worker past the first 20,000 rows) writes byte for byte what the TypeScript writes here', async () => {
    const { execFile } = await import('node:child_process');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const root = new URL('../..', import.meta.url).pathname;
    const dir = mkdtempSync(join(tmpdir(), 'qz-bundle-'));
    // CSV past the worker threshold; NDJSON (3 KB a row) on fewer rows, in this thread.
    for (const [json, rows] of [[false, 21_000], [true, 2_000]] as const) {
      const input = messyInput(rows, 77);
      const file = join(dir, `rows-${rows}.csv`);
      writeFileSync(file, input.text);
      const here = await run(Readable.from([input.text]), { json });
      const flags = ['--csv', file, '--threads', '1', ...(json ? ['--json'] : [])];
      const out = await new Promise<string>((ok, fail) =>
        execFile(process.execPath, [`${root}scripts/check.mjs`, ...flags], { cwd: root, maxBuffer: 1 << 28 }, (err, stdout) => (err ? fail(err) : ok(stdout))),
      );
      expect(out.length).toBeGreaterThan(0);
      expect(out === here.out, json ? 'NDJSON' : 'CSV').toBe(true);
    }
  }, 60_000);

  it('--csv - --json reads stdin and answers before stdin ends; bad rows summed up on stderr, exit 0', async () => {
    const { spawn } = await import('node:child_process');
    const root = new URL('../..', import.meta.url).pathname;
    const child = spawn(process.execPath, [`${root}scripts/check.mjs`, '--csv', '-', '--json'], { cwd: root });
    let out = '';
    let err = '';
    child.stderr.on('data', (b) => (err += b));
    const first = new Promise<void>((ok) => child.stdout.once('data', () => ok()));
    child.stdout.on('data', (b) => (out += b));
    child.stdin.write('lat,lng,at\n' + '21.9,108.55,2019-02-06T08:00:00+08:00\n'.repeat(300));
    await first;
    const before = out.split('\n').filter(Boolean).length;
    child.stdin.end('north,108.55,2019-02-06T08:00:00+08:00\n');
    const code = await new Promise<number | null>((ok) => child.on('close', ok));
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThanOrEqual(300);
    expect(code).toBe(0);
    expect(out.split('\n').filter(Boolean)).toHaveLength(301);
    expect(err).toBe('check: 1 of 301 rows had errors (see the error column)\n');
  });
});
