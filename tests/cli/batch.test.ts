/** The batch's row logic, called directly: one result per input row, errors on their own row. */
import { describe, expect, it } from 'vitest';
import { cellsLine, checkRow, formatRecords, formatRow, isPlainDecimal, runBatch, tenthsText, verdictLine, type Batch } from '../../src/cli/batch';
import { readFileSync } from 'node:fs';
import { checkCells, createEngine, CSV_HEADER, isVerdict, readCheckTable, rowVerdictOf } from '../../src/core/index';
import { fixtureEngine, rng } from '../core/helpers';

const engine = fixtureEngine();
const batch = (over: Partial<Batch> = {}): Batch => ({ engine, columns: ['lat', 'lng', 'at'], shared: {}, json: false, ...over });
const cellsOf = (line: string) => Object.fromEntries(line.split(',').map((v, k) => [CSV_HEADER[k], v]));

describe('checkRow', () => {
  it('reads the row by its columns and applies the shared flags', () => {
    const r = checkRow(batch({ columns: ['at', 'lat', 'lng'], shared: { activity: 'sell' } }), ['2019-06-01T12:00:00+08:00', '21.968', '108.632']);
    expect(r.params).toEqual({ activity: 'sell', at: '2019-06-01T12:00:00+08:00', lat: '21.968', lng: '108.632' });
    expect(r.result).toMatchObject({ status: 'banned', activity: 'sell' });
  });
  it('a missing cell is an error on that row, never "now"', () => {
    expect(checkRow(batch(), ['21.85', '108.5']).result).toMatchObject({ error: 'invalid-input', field: 'at' });
  });
  it('columns that are not parameters are ignored', () => {
    expect(checkRow(batch({ columns: ['id', 'lat', 'lng', 'at'] }), ['7', '21.85', '108.5', '2019-02-06T06:00:00+08:00']).result).toMatchObject({ status: 'allowed' });
  });
});

describe('formatRow', () => {
  it('CSV: a verdict fills the columns, an error echoes the inputs under their own columns', () => {
    const b = batch({ columns: ['at', 'lng', 'lat'] });
    const ok = cellsOf(formatRow(b, 1, checkRow(b, ['2019-02-06T06:00:00+08:00', '108.5', '21.85'])));
    expect(ok).toMatchObject({ row: '1', status: 'allowed', zone: 'restricted', windowStart: '2019-02-06T06:00:00+08:00', error: '' });
    const bad = cellsOf(formatRow(b, 2, checkRow(b, ['2019-02-06T06:00:00+08:00', '108.5', '91'])));
    expect(bad).toMatchObject({ row: '2', lat: '91', lng: '108.5', at: '2019-02-06T06:00:00+08:00', status: '' });
    expect(bad.error).toMatch(/lat/);
  });
  it('JSON: one object per row, the verdict or the input with its error', () => {
    const b = batch({ json: true });
    expect(JSON.parse(formatRow(b, 4, checkRow(b, ['21.85', '108.5', '2019-02-06T06:00:00+08:00'])))).toMatchObject({ row: 4, status: 'allowed' });
    expect(JSON.parse(formatRow(b, 5, checkRow(b, ['x', '108.5', ''])))).toMatchObject({ row: 5, input: ['x', '108.5', ''], error: { field: 'lat' } });
  });
});

describe('runBatch', () => {
  it('rows out equal rows in (plus the CSV header), bad rows counted', () => {
    const rows = [['21.85', '108.5', '2019-02-06T06:00:00+08:00'], ['NaN', '1', ''], ['21.968', '108.632', '2019-02-06T06:00:00+08:00']];
    const records = rows.map((cells, i) => ({ cells, line: i + 1 }));
    expect(runBatch(batch(), records)).toMatchObject({ bad: 1 });
    expect(runBatch(batch(), records).lines).toHaveLength(4);
    expect(runBatch(batch({ json: true }), records).lines).toHaveLength(3);
  });
  it('a record with a quote that never closes is one error row with its line; the rows after it still count', () => {
    const text = '21.85,108.5,2019-02-06T06:00:00+08:00\n21.9,"108.5,2019-02-06T06:00:00+08:00\n21.85,108.5,2019-02-06T06:00:00+08:00\n';
    const { records } = readCheckTable(text);
    const { lines, bad } = runBatch(batch(), records);
    expect(lines).toHaveLength(4);
    expect(bad).toBe(1);
    expect(cellsOf(lines[2]!).error).toMatch(/^line 2: a quoted field is never closed/);
    expect(cellsOf(lines[3]!)).toMatchObject({ row: '3', status: 'allowed' });
  });
});

describe('verdictLine', () => {
  it('writes exactly what the general path writes from the cells, for verdicts of every kind', () => {
    const r = rng(11);
    const kinds = new Set<string>();
    for (let i = 0; i < 3_000; i++) {
      // Over and around the fixture's zones, across years and seasons, both activities, with and without projection.
      const t = Date.UTC(1990 + Math.floor(r() * 45), Math.floor(r() * 12), 1 + Math.floor(r() * 28), Math.floor(r() * 24), Math.floor(r() * 60));
      const input = { lat: 21.4 + r() * 0.9, lng: 108.2 + r() * 0.8, at: new Date(t).toISOString().slice(0, 19) + '+08:00', activity: r() < 0.2 ? 'sell' : 'fire', project: r() < 0.5, accuracyM: r() < 0.5 ? 0 : 50 } as const;
      const v = engine.evaluate(input);
      if (!isVerdict(v)) throw new Error(v.message);
      kinds.add(`${v.status}/${v.zone}/${!!v.window}/${!!v.next}/${v.boundaryDistanceM === null}`);
      const params = { lat: String(input.lat), lng: String(input.lng), at: input.at };
      expect(verdictLine(i + 1, rowVerdictOf(v))).toBe(cellsLine(checkCells(i + 1, params, v)));
      // The batch's lean evaluation gives every field the table prints exactly as evaluate() does.
      expect(engine.evaluateRow(input)).toStrictEqual(rowVerdictOf(v));
    }
    expect(kinds.size).toBeGreaterThan(8);
  });
});

describe('the table path writes what the general path writes', () => {
  it('on the real zone data: evaluateRow equals the full verdict\'s row fields over the city, any year, both activities, projected or not', () => {
    const real = createEngine({ compact: readFileSync(new URL('../../public/data/zones.bin', import.meta.url)) });
    const r = rng(31);
    const statuses = new Set<string>();
    for (let i = 0; i < 5_000; i++) {
      const t = Date.UTC(2015 + Math.floor(r() * 20), r() < 0.5 ? Math.floor(r() * 12) : Math.floor(r() * 3), 1 + Math.floor(r() * 28), Math.floor(r() * 24), Math.floor(r() * 60));
      const input = { lat: 21.4 + r() * 1.2, lng: 108.1 + r() * 1.4, at: t, activity: r() < 0.2 ? 'sell' : 'fire', project: r() < 0.5, accuracyM: r() < 0.7 ? 0 : 200 } as const;
      const v = real.evaluate(input);
      if (!isVerdict(v)) throw new Error(v.message);
      statuses.add(v.status);
      expect(real.evaluateRow(input)).toStrictEqual(rowVerdictOf(v));
    }
    expect(statuses.size).toBeGreaterThanOrEqual(5);
  });

  it('formatRecords (evaluateRow, numbers echoed as typed where String() would write the same) = cellsLine(checkCells(evaluate)) on varied rows', () => {
    const r = rng(23);
    // Coordinates typed as people and tools type them: plain, padded, signed, exponent, trailing zeros, long, far out.
    const forms = [
      (x: number) => x.toFixed(6), (x: number) => x.toFixed(2), (x: number) => ` ${x.toFixed(4)} `, (x: number) => `+${x.toFixed(3)}`,
      (x: number) => x.toExponential(5), (x: number) => `${x.toFixed(3)}000`, (x: number) => String(x), (x: number) => x.toFixed(14),
      (x: number) => String(Math.round(x)), (x: number) => `${x.toFixed(1)}.`, (x: number) => x.toFixed(17).slice(0, 18),
    ];
    const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
    const records = [];
    for (let i = 0; i < 4_000; i++) {
      const t = Date.UTC(1990 + Math.floor(r() * 45), Math.floor(r() * 12), 1 + Math.floor(r() * 28), Math.floor(r() * 24), Math.floor(r() * 60));
      const at = r() < 0.9 ? new Date(t).toISOString().slice(0, 19) + '+08:00' : pick(['2019-02-06 06:00', '2019-02-06T06:00:00Z', 'soon', '-000500-01-01T00:00:00+08:00']);
      const lat = r() < 0.02 ? pick(['91', 'x', '', '-0']) : pick(forms)(21.4 + r() * 0.9);
      records.push({ cells: [lat, pick(forms)(108.2 + r() * 0.8), at, pick(['fire', 'sell']), pick(['wgs84', 'gcj02', 'bd09']), pick(['', '0', '35.5']), pick(['', 'yes'])], line: i + 2 });
    }
    const b = batch({ columns: ['lat', 'lng', 'at', 'activity', 'crs', 'accuracy', 'project'] });
    const lines = formatRecords(b, records, 1).text.split('\n');
    records.forEach((rec, i) => {
      const { params, result } = checkRow(b, rec.cells);
      expect(lines[i]).toBe(cellsLine(checkCells(i + 1, params, result)) + ',' + rec.line);
    });
  });
  it('isPlainDecimal(s) only where String(Number(s)) === s', () => {
    const r = rng(5);
    const digits = (n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
    let plain = 0;
    for (let i = 0; i < 50_000; i++) {
      const s = `${r() < 0.3 ? '-' : ''}${r() < 0.1 ? '0' : ''}${digits(1 + Math.floor(r() * 4))}${r() < 0.8 ? '.' + digits(Math.floor(r() * 15)) : ''}`;
      if (isPlainDecimal(s)) {
        plain++;
        expect(String(Number(s))).toBe(s);
      }
    }
    expect(plain).toBeGreaterThan(10_000);
    for (const s of ['0', '-0', '0.5', '21.50', '1e3', '+1', '1.', '.5', '1234567890123456', '123456789012.3456', ' 1', '']) expect(isPlainDecimal(s)).toBe(false);
    for (const s of ['1', '-21.5', '108.123456', '123456789012.345']) expect(isPlainDecimal(s)).toBe(true);
  });
  it('tenthsText(x) = String(x) for every distance the engine writes (tenths of a metre)', () => {
    for (let k = 0; k <= 2_000_000; k++) if (tenthsText(k / 10) !== String(k / 10)) expect(tenthsText(k / 10)).toBe(String(k / 10));
    for (const x of [null, 0, -0, 0.05, 1e15, 123.45, Number.MAX_VALUE]) expect(tenthsText(x)).toBe(x === null ? '' : String(x));
  });
});
