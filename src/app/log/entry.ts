/**
 * One check in the device's log, and the log's exports. Pure (tests/app/log-entry.test.ts): the
 * store (store.ts) keeps these records, the list view shows them.
 *
 * The CSV has the `check --csv` columns first, from the core's one definition (verdictCells,
 * csvLine), so a row of the log and the CLI's row for the same place and instant are equal cell
 * for cell; the log's own fields follow as extra columns (LOG_COLUMNS).
 */
import { csvLine, formatChina, verdictCells, CSV_HEADER, type Activity, type Crs, type CsvCells, type Status, type Verdict, type ZoneClass } from '../../core';

export type LogSource = 'manual' | 'patrol';

export interface LogEntry {
  /** IndexedDB key (autoIncrement); absent before the entry is stored. */
  id?: number;
  /** When it was stored, device clock (epoch ms). */
  savedAt: number;
  source: LogSource;
  /** The position as given: its own coordinate system, and its accuracy if known. */
  input: { lat: number; lng: number; crs: Crs; accuracyM: number | null };
  activity: Activity;
  /** What the list view shows (also inside `cells`). */
  status: Status;
  zone: ZoneClass;
  zoneName: string | null;
  /** The verdict's check --csv cells (WGS-84 position, instant, status, zone, rule set, projected, windows…). */
  cells: CsvCells;
  /** The zone data the verdict was computed from (the About panel's data version). */
  dataVersion: string;
  note: string;
}

export interface CheckInput {
  verdict: Verdict;
  place: { lat: number; lng: number; crs: Crs; accuracyM?: number };
  zoneName: string | null;
  source: LogSource;
  dataVersion: string;
  savedAt: number;
}

export function entryOf({ verdict, place, zoneName, source, dataVersion, savedAt }: CheckInput): LogEntry {
  return {
    savedAt,
    source,
    input: { lat: place.lat, lng: place.lng, crs: place.crs, accuracyM: place.accuracyM ?? null },
    activity: verdict.activity,
    status: verdict.status,
    zone: verdict.zone,
    zoneName,
    cells: verdictCells(verdict),
    dataVersion,
    note: '',
  };
}

/** The log's own columns, after the check --csv ones. */
export const LOG_COLUMNS = ['source', 'activity', 'accuracyM', 'crs', 'inputLat', 'inputLng', 'zoneName', 'dataVersion', 'savedAt', 'note'] as const;

function logFields(e: LogEntry): Record<(typeof LOG_COLUMNS)[number], string | number | null> {
  return {
    source: e.source,
    activity: e.activity,
    accuracyM: e.input.accuracyM,
    crs: e.input.crs,
    inputLat: e.input.lat,
    inputLng: e.input.lng,
    zoneName: e.zoneName,
    dataVersion: e.dataVersion,
    savedAt: formatChina(e.savedAt),
    note: e.note,
  };
}

const oldestFirst = (entries: LogEntry[]) => [...entries].sort((a, b) => a.savedAt - b.savedAt || (a.id ?? 0) - (b.id ?? 0));

/** CSV, oldest check first, `row` numbering them; CRLF line ends and a BOM so spreadsheet programs read the Chinese. */
export function logCsv(entries: LogEntry[]): string {
  const lines = [[...CSV_HEADER, ...LOG_COLUMNS].join(',')];
  oldestFirst(entries).forEach((e, i) => {
    const own = logFields(e);
    lines.push(csvLine({ ...e.cells, row: i + 1 }, LOG_COLUMNS.map((c) => own[c])));
  });
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** GeoJSON: one WGS-84 point per check, oldest first, with the same fields as the CSV. */
export function logGeoJson(entries: LogEntry[]): string {
  const features = oldestFirst(entries).map((e, i) => {
    const cells: CsvCells = { ...e.cells, row: i + 1 };
    const lng = Number(cells.lng);
    const lat = Number(cells.lat);
    const properties: Record<string, unknown> = {};
    for (const c of CSV_HEADER) if (c !== 'lat' && c !== 'lng') properties[c] = cells[c] ?? null;
    Object.assign(properties, logFields(e));
    return { type: 'Feature', geometry: { type: 'Point', coordinates: [lng, lat] }, properties };
  });
  return JSON.stringify({ type: 'FeatureCollection', features }, null, 1) + '\n';
}
