/**
 * CSV in and out for `check --csv`: RFC 4180 parsing, the header rule, and the output columns.
 * Whole-text for now; a streaming reader and writer can replace these without touching the
 * per-row logic in batch.ts.
 */

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF; a leading BOM is dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const src = text.replace(/^\uFEFF/, '');
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
      } else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (c === '\r' && src[i + 1] === '\n') i++;
    } else field += c;
    i++;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Columns of an input row when the file has no header. */
const DEFAULT_COLUMNS = ['lat', 'lng', 'at'];

/**
 * Blank lines dropped; a first row that names at least lat and lng is the header (lower-cased);
 * anything else is data, even if it is bad data.
 */
export function readTable(text: string): { columns: string[]; rows: string[][] } {
  const rows = parseCsv(text).filter((r) => !(r.length === 1 && r[0]!.trim() === ''));
  const names = rows[0]?.map((c) => c.trim().toLowerCase()) ?? [];
  if (names.includes('lat') && names.includes('lng')) return { columns: names, rows: rows.slice(1) };
  return { columns: DEFAULT_COLUMNS, rows };
}

export const CSV_HEADER = ['row', 'lat', 'lng', 'at', 'status', 'zone', 'zoneId', 'ruleSet', 'projected', 'windowStart', 'windowEnd', 'nextStart', 'nextEnd', 'boundaryDistanceM', 'nearBoundary', 'decisive', 'error'] as const;
type CsvColumn = (typeof CSV_HEADER)[number];

export function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One output line, cells by column name (missing ones empty). */
export function csvLine(cells: Partial<Record<CsvColumn, unknown>>): string {
  return CSV_HEADER.map((name) => csvCell(cells[name])).join(',');
}
