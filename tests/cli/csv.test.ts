import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, CSV_HEADER, parseCsv, readTable } from '../../src/cli/csv';

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

describe('readTable', () => {
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
