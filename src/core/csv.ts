/**
 * RFC 4180 CSV, read one record at a time: quoted fields, doubled quotes, commas and line breaks
 * inside quotes, CRLF, CR or LF, a leading BOM dropped. The reader is resumable, so a caller can
 * read a large paste in slices (the app's batch yields to the page between them) and the CLI can
 * read a whole file; both get each record's line number for error rows. In streaming mode the
 * text arrives in pieces (push, then end): a record the text so far cuts off waits for the rest,
 * so the CLI reads files of any size with one piece and one record in memory.
 *
 * Nothing is lost and no rows are merged. A record that cannot be read comes back as malformed,
 * with the line it started on, and reading resumes on the next line, so the rows that follow are
 * still rows:
 * - `unterminated-quote`: a quote that never closes (by the end of the text, or within
 *   `maxRecordChars`) would swallow the rest of the file into one field;
 * - `text-after-quote`: text right after a closing quote (`"a"b`). RFC 4180 allows only a comma
 *   or a line break there; a stray quote that pairs with a quote lines below shows up this way;
 * - `line-break`: a quoted line break in a column that takes none (`lineBreakIn`): the check
 *   table's lat, lng and at, where a line break can only mean a stray quote merging lines.
 */

export type CsvMalformation = 'unterminated-quote' | 'text-after-quote' | 'line-break';

export interface CsvRecord {
  cells: string[];
  /** 1-based line on which the record starts. */
  line: number;
  /** Set when the record could not be read; its cells are then empty. */
  malformed?: CsvMalformation;
}

export interface CsvReaderOptions {
  /** Text arrives in pieces: push() each, end() after the last. */
  stream?: boolean;
  /** A record still open after this many characters is an unterminated quote (bounds memory). */
  maxRecordChars?: number;
  /** Whether a quoted field in column k (0-based) may hold a line break; all may by default. */
  lineBreakIn?: (column: number) => boolean;
}

/** Far more than any honest record; a quote open this long never closes. */
const MAX_RECORD_CHARS = 1 << 20;
const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/** Returned by the parse step when the text so far ends inside the record (streaming only). */
const MORE = null;

export class CsvReader {
  private src: string;
  /** Position in `src`; `src` is the unread rest of the text in streaming mode. */
  private pos: number;
  /** Characters dropped from the front of `src` (streaming), for position. */
  private dropped = 0;
  private line = 1;
  private ended: boolean;
  private bomChecked = false;
  /** After a malformed record: skip the rest of its first line before reading on. */
  private skipLine = false;
  private readonly maxRecord: number;
  private readonly lineBreakIn: ((column: number) => boolean) | undefined;

  constructor(text: string, opts: CsvReaderOptions = {}) {
    this.src = text;
    this.pos = 0;
    this.ended = !opts.stream;
    this.maxRecord = opts.maxRecordChars ?? MAX_RECORD_CHARS;
    this.lineBreakIn = opts.lineBreakIn;
    this.checkBom();
  }

  /** Characters read so far, of `length` (for a progress bar while reading). */
  get position(): number {
    return this.dropped + this.pos;
  }

  get length(): number {
    return this.dropped + this.src.length;
  }

  /** Streaming: the next piece of text. */
  push(text: string): void {
    if (this.ended) throw new Error('CsvReader: push after end');
    this.dropped += this.pos;
    this.src = this.pos < this.src.length ? this.src.slice(this.pos) + text : text;
    this.pos = 0;
    this.checkBom();
  }

  /** Streaming: no more text comes; the last record may end without a line break. */
  end(): void {
    this.ended = true;
  }

  /** True once the text has ended and every record was read. */
  get done(): boolean {
    return this.ended && this.pos >= this.src.length;
  }

  private checkBom(): void {
    if (this.bomChecked || this.src.length === 0) return;
    this.bomChecked = true;
    if (this.src.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  /** The next record; null at the end of the text, or (streaming) when the rest has not arrived yet. */
  next(): CsvRecord | null {
    if (this.skipLine && !this.skipToNextLine()) return null;
    if (this.pos >= this.src.length) return null;
    return this.parse();
  }

  /** Moves past the next line break; false when the text so far ends first (streaming). */
  private skipToNextLine(): boolean {
    const src = this.src;
    for (let i = this.pos; i < src.length; i++) {
      const c = src.charCodeAt(i);
      if (c === LF || c === CR) {
        if (c === CR && i + 1 >= src.length && !this.ended) {
          this.pos = i;
          return false;
        }
        this.pos = c === CR && src.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
        this.skipLine = false;
        return true;
      }
    }
    this.pos = src.length;
    if (this.ended) this.skipLine = false;
    return this.ended;
  }

  /** A malformed record at `line`; reading resumes after the line it started on. */
  private malformed(start: number, line: number, kind: CsvMalformation): CsvRecord {
    this.pos = start;
    this.line = line + 1;
    this.skipLine = true;
    return { cells: [], line, malformed: kind };
  }

  private parse(): CsvRecord | null {
    const src = this.src;
    const n = src.length;
    const start = this.pos;
    const startLine = this.line;
    const more = !this.ended;
    const cells: string[] = [];
    let i = start;
    let line = startLine;
    for (;;) {
      if (i < n && src.charCodeAt(i) === QUOTE) {
        // A quoted field: up to the quote not doubled; line breaks inside count as lines.
        const breaks = this.lineBreakIn ? this.lineBreakIn(cells.length) : true;
        let value = '';
        let from = i + 1;
        let j = from;
        for (;;) {
          const q = src.indexOf('"', j);
          const end = q < 0 ? n : q;
          for (let k = j; k < end; k++) {
            const c = src.charCodeAt(k);
            if (c === LF || (c === CR && src.charCodeAt(k + 1) !== LF)) {
              if (!breaks) return this.malformed(start, startLine, 'line-break');
              if (c === CR && k + 1 >= n && more) return this.wait(start, startLine);
              line++;
            }
          }
          if (q < 0) {
            if (more && n - start <= this.maxRecord) return this.wait(start, startLine);
            return this.malformed(start, startLine, 'unterminated-quote');
          }
          if (q + 1 >= n && more) return this.wait(start, startLine);
          if (src.charCodeAt(q + 1) === QUOTE) {
            value += src.slice(from, q + 1);
            j = from = q + 2;
            continue;
          }
          value += src.slice(from, q);
          i = q + 1;
          break;
        }
        cells.push(value);
        const c = i < n ? src.charCodeAt(i) : -1;
        if (c === COMMA) {
          i++;
          continue;
        }
        if (c === LF || c === CR || c === -1) return this.finish(cells, i, line, startLine, start);
        return this.malformed(start, startLine, 'text-after-quote');
      }
      // An unquoted field: up to the next comma or line break (a quote inside is a character).
      let j = i;
      let c = -1;
      for (; j < n; j++) {
        c = src.charCodeAt(j);
        if (c === COMMA || c === LF || c === CR) break;
      }
      if (j >= n) {
        if (more) return this.wait(start, startLine);
        c = -1;
      }
      cells.push(src.slice(i, j));
      if (c === COMMA) {
        i = j + 1;
        continue;
      }
      return this.finish(cells, j, line, startLine, start);
    }
  }

  /** The record ends at `i` (a line break, or the end of the text). */
  private finish(cells: string[], i: number, line: number, startLine: number, start: number): CsvRecord | null {
    const src = this.src;
    if (i >= src.length) {
      this.pos = i;
      this.line = line;
      return { cells, line: startLine };
    }
    if (src.charCodeAt(i) === CR && i + 1 >= src.length && !this.ended) return this.wait(start, startLine);
    this.pos = src.charCodeAt(i) === CR && src.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
    this.line = line + 1;
    return { cells, line: startLine };
  }

  /** The text so far ends inside this record: keep it for the next piece. */
  private wait(start: number, line: number): null {
    this.pos = start;
    this.line = line;
    return MORE;
  }
}

/** Every record of the text, in order. */
export function readCsvRecords(text: string): CsvRecord[] {
  const reader = new CsvReader(text);
  const out: CsvRecord[] = [];
  for (let r = reader.next(); r; r = reader.next()) out.push(r);
  return out;
}

/** The cells of every record (a malformed record has none). */
export function parseCsv(text: string): string[][] {
  return readCsvRecords(text).map((r) => r.cells);
}

/** A plain decimal number (what a spreadsheet reads as a number, not as a formula). */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * One output cell: quoted only when it holds a quote, a comma or a line break. A cell a
 * spreadsheet would run as a formula — starting with =, +, -, @, a tab or a CR (OWASP, CSV
 * injection) — gets a leading apostrophe, so it opens as the text it is; plain numbers
 * (-12.5) stay numbers.
 */
export function csvCell(v: unknown): string {
  if (typeof v === 'number') return String(v);
  let s = v === null || v === undefined ? '' : String(v);
  const c = s.charCodeAt(0);
  if ((c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40 || c === 0x09 || c === 0x0d) && !NUMBER.test(s)) s = `'${s}`;
  return needsQuotes(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A quote, a comma or a line break (one pass, no regular expression: a batch writes millions of cells). */
function needsQuotes(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === QUOTE || c === COMMA || c === LF || c === CR) return true;
  }
  return false;
}

/** A blank line (no cells but one empty or all-space one) is not a row. */
export function isBlankRecord(r: CsvRecord): boolean {
  return !r.malformed && r.cells.length === 1 && r.cells[0]!.trim() === '';
}
