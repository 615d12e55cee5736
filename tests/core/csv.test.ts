import { describe, expect, it } from 'vitest';
/** core/csv.ts and core/check-csv.ts: the reader, and the `check --csv` table shared by the CLI and the app. */
import { CsvReader, csvCell, csvLine, CSV_HEADER, parseCsv, readCheckTable, readCsvRecords, rowParams } from '../../src/core/index';

describe('parseCsv (RFC 4180)', () => {
  it('quoted fields, doubled quotes, commas and line breaks inside quotes', () => {
    expect(parseCsv('a,"b,c","d""e"\n"x\ny",2\n')).toEqual([['a', 'b,c', 'd"e'], ['x\ny', '2']]);
  });
  it('CRLF, CR and LF end rows; a BOM is dropped; a last row without a newline counts', () => {
    expect(parseCsv('\uFEFFa,b\r\nc,d\re,f\ng,h')).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f'], ['g', 'h']]);
  });
  it('empty cells stay empty', () => {
    expect(parseCsv(',,\n')).toEqual([['', '', '']]);
  });
});

/** The table's columns and each data record's cells. */
const readTable = (text: string) => {
  const { columns, records } = readCheckTable(text);
  return { columns, rows: records.map((r) => r.cells) };
};

describe('readCheckTable', () => {
  it('a first row naming lat and lng is the header, in any order and case', () => {
    expect(readTable('AT, Lng ,lat\n1,2,3\n')).toEqual({ columns: ['at', 'lng', 'lat'], rows: [['1', '2', '3']] });
  });
  it('without one, rows are lat,lng,at; blank lines are dropped', () => {
    expect(readTable('abc,108.5,x\n\n  \n21.9,108.6,\n')).toEqual({ columns: ['lat', 'lng', 'at'], rows: [['abc', '108.5', 'x'], ['21.9', '108.6', '']] });
  });
});

describe('output cells', () => {
  it('quotes only what needs quoting', () => {
    expect([csvCell('plain'), csvCell('a,b'), csvCell('say "hi"'), csvCell(null), csvCell(0), csvCell(false)]).toEqual(['plain', '"a,b"', '"say ""hi"""', '', '0', 'false']);
  });
  it('a line has every column, in header order, missing ones empty', () => {
    const line = csvLine({ error: 'x', row: 3 });
    expect(line.split(',')).toHaveLength(CSV_HEADER.length);
    expect(line.startsWith('3,')).toBe(true);
    expect(line.endsWith(',x')).toBe(true);
  });
});

describe('CsvReader: line numbers, slices, malformed records', () => {
  it('each record knows the line it starts on, also after quoted line breaks and CRLF', () => {
    const recs = readCsvRecords('\uFEFFa,b\r\n"x\r\ny",2\n\nlast');
    expect(recs.map((r) => [r.line, r.cells])).toEqual([
      [1, ['a', 'b']],
      [2, ['x\r\ny', '2']],
      [4, ['']],
      [5, ['last']],
    ]);
  });
  it('reading in slices gives the same records as reading at once', () => {
    const text = Array.from({ length: 50 }, (_, i) => `${i},"q ""${i}""","a\nb"`).join('\r\n');
    const reader = new CsvReader(text);
    const sliced = [];
    while (reader.position < reader.length) {
      for (let k = 0; k < 7; k++) {
        const r = reader.next();
        if (r) sliced.push(r);
      }
    }
    expect(sliced).toEqual(readCsvRecords(text));
    expect(sliced).toHaveLength(50);
    expect(sliced[49]).toEqual({ cells: ['49', 'q "49"', 'a\nb'], line: 99 });
  });
  it('a quote that never closes is one malformed record; reading resumes on the next line', () => {
    expect(readCsvRecords('a,b\n1,"2\n3,4\r\n5,6').map((r) => [r.line, r.cells, r.malformed])).toEqual([
      [1, ['a', 'b'], undefined],
      [2, [], 'unterminated-quote'],
      [3, ['3', '4'], undefined],
      [4, ['5', '6'], undefined],
    ]);
  });
  it('readCheckTable keeps malformed records as rows, so rows out equal rows in', () => {
    const t = readCheckTable('lat,lng,at,note\n21.9,108.6,,"ok"\n21.9,108.6,,"broken\n21.9,108.6,,fine\n');
    expect(t.columns).toEqual(['lat', 'lng', 'at', 'note']);
    expect(t.records.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(t.records[1]!.malformed).toBe('unterminated-quote');
  });
});

describe('rowParams', () => {
  it('row columns override the shared ones; a missing lat, lng or at is empty, never "now"', () => {
    expect(rowParams(['lng', 'note', 'lat'], ['108.6', 'x'], { crs: 'gcj02' })).toEqual({ crs: 'gcj02', lng: '108.6', lat: '', at: '' });
  });
});
