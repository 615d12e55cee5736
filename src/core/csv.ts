/**
 * RFC 4180 CSV, read one record at a time: quoted fields, doubled quotes, commas and line breaks
 * inside quotes, CRLF, CR or LF, a leading BOM dropped. The reader is resumable, so a caller can
 * read a large paste in slices (the app's batch yields to the page between them) and the CLI can
 * read a whole file; both get each record's line number for error rows.
 *
 * A quote that never closes would swallow the rest of the file into one field (and one row):
 * instead that record comes back as malformed, with the line it started on, and reading resumes
 * on the next line, so the rows that follow are still rows.
 */

export interface CsvRecord {
  cells: string[];
  /** 1-based line on which the record starts. */
  line: number;
  /** Set when the record could not be read; its cells are then empty. */
  malformed?: 'unterminated-quote';
}

export class CsvReader {
  private readonly src: string;
  private pos: number;
  private line = 1;

  constructor(text: string) {
    this.src = text;
    this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  /** Characters read so far, of `length` (for a progress bar while reading). */
  get position(): number {
    return this.pos;
  }

  get length(): number {
    return this.src.length;
  }

  /** The next record, or null at the end of the text. */
  next(): CsvRecord | null {
    const src = this.src;
    if (this.pos >= src.length) return null;
    const startPos = this.pos;
    const startLine = this.line;
    const row: string[] = [];
    let field = '';
    let quoted = false;
    let i = this.pos;
    let line = this.line;
    while (i < src.length) {
      const c = src[i]!;
      if (quoted) {
        if (c === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          quoted = false;
        } else {
          if (c === '\n' || (c === '\r' && src[i + 1] !== '\n')) line++;
          field += c;
        }
        i++;
        continue;
      }
      if (c === '"' && field === '') quoted = true;
      else if (c === ',') {
        row.push(field);
        field = '';
      } else if (c === '\n' || c === '\r') {
        row.push(field);
        this.pos = c === '\r' && src[i + 1] === '\n' ? i + 2 : i + 1;
        this.line = line + 1;
        return { cells: row, line: startLine };
      } else field += c;
      i++;
    }
    if (quoted) {
      // Unterminated quote: report this record and resume after the line it started on.
      const nl = src.slice(startPos).search(/\r\n|\r|\n/);
      this.pos = nl < 0 ? src.length : startPos + nl + (src.startsWith('\r\n', startPos + nl) ? 2 : 1);
      this.line = startLine + 1;
      return { cells: [], line: startLine, malformed: 'unterminated-quote' };
    }
    row.push(field);
    this.pos = src.length;
    this.line = line;
    return { cells: row, line: startLine };
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

/** One output cell: quoted only when it holds a quote, a comma or a line break. */
export function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A blank line (no cells but one empty or all-space one) is not a row. */
export function isBlankRecord(r: CsvRecord): boolean {
  return !r.malformed && r.cells.length === 1 && r.cells[0]!.trim() === '';
}
