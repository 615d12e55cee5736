/**
 * core/csv.ts in streaming mode and the strict rules that keep rows from merging: the same records
 * however the text is cut into pieces (a CRLF or a doubled quote split between two), text after a closing quote and quoted line breaks in the check table's parameter
 * columns as malformed records that resume on the next line, and a record length bound.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CheckTableReader, CsvReader, readCsvRecords, type CsvRecord } from '../../src/core/index';

/** Every record of `text`, pushed in pieces cut at `cuts`. */
function streamed(text: string, cuts: number[], opts = {}): CsvRecord[] {
  const r = new CsvReader('', { stream: true, ...opts });
  const out: CsvRecord[] = [];
  let at = 0;
  for (const c of [...cuts.filter((c) => c > 0 && c < text.length)].sort((a, b) => a - b).concat(text.length)) {
    r.push(text.slice(at, c));
    at = c;
    for (let rec = r.next(); rec; rec = r.next()) out.push(rec);
  }
  r.end();
  for (let rec = r.next(); rec; rec = r.next()) out.push(rec);
  expect(r.done).toBe(true);
  return out;
}

const TRICKY = '\uFEFFa,"b,""c"""\r\n"x\r\ny",2\r\r\n\n1,"2\n3,4\r\n"q"z,5\n6,"7"\nlast,"x"';

describe('CsvReader, streaming', () => {
  it('gives the records of the whole text at every cut, one character at a time too', () => {
    const whole = readCsvRecords(TRICKY);
    for (let c = 0; c <= TRICKY.length; c++) expect(streamed(TRICKY, [c]), `cut at ${c}`).toEqual(whole);
    expect(streamed(TRICKY, Array.from({ length: TRICKY.length }, (_, i) => i))).toEqual(whole);
  });
  it('random texts, random cuts: the same records (fast-check)', () => {
    const chars = fc.constantFrom('a', '1', ',', '"', '\r', '\n', ' ', '钦');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }).map((a) => a.join('')), fc.array(fc.nat(60)), (text, cuts) => {
        expect(streamed(text, cuts)).toEqual(readCsvRecords(text));
      }),
      { numRuns: 2_000 },
    );
  });
  it('text after a closing quote is one malformed record; the next line is read', () => {
    expect(readCsvRecords('"a"b,1\n2,3').map((r) => [r.line, r.cells, r.malformed])).toEqual([
      [1, [], 'text-after-quote'],
      [2, ['2', '3'], undefined],
    ]);
  });
  it('a quote open longer than maxRecordChars is unterminated (memory stays bounded)', () => {
    const text = '1,"' + 'x'.repeat(100) + '\n2,3\n';
    expect(streamed(text, [10, 50, 90], { maxRecordChars: 40 }).map((r) => [r.line, r.malformed])).toEqual([
      [1, 'unterminated-quote'],
      [2, undefined],
    ]);
  });
});

describe('CheckTableReader', () => {
  const table = (text: string) => {
    const t = new CheckTableReader(text);
    const out: CsvRecord[] = [];
    for (let r = t.next(); r; r = t.next()) out.push(r);
    return { columns: t.columns, header: t.header, records: out };
  };
  it('a stray quote in lat/lng/at that closes lines below is one error row, not merged rows', () => {
    const text = ['lat,lng,at,note', '21.9,"108.6,2019-02-06T08:00:00+08:00,a', '21.9,108.6,2019-02-06T08:00:00+08:00,b', '21.9,108.6,2019-02-06T08:00:00+08:00",c', '21.9,108.6,,d'].join('\n');
    // Plain RFC 4180 reads lines 2–4 as one record.
    expect(readCsvRecords(text)).toHaveLength(3);
    const { records } = table(text);
    expect(records.map((r) => [r.line, r.malformed ?? r.cells.at(-1)])).toEqual([
      [2, 'line-break'],
      [3, 'b'],
      [4, 'c'],
      [5, 'd'],
    ]);
  });
  it('a quoted line break in another column (an address) is one record, as RFC 4180 says', () => {
    const { records, header } = table('lat,lng,at,address\n21.9,108.6,,"钦南区\n某路"\n21.9,108.6,,x\n');
    expect(header).toEqual(['lat', 'lng', 'at', 'address']);
    expect(records.map((r) => [r.line, r.cells[3]])).toEqual([
      [2, '钦南区\n某路'],
      [4, 'x'],
    ]);
  });
});
