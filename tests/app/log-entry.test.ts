/** app/log/entry.ts: a logged check exports the CLI's check --csv cells, then the log's own. */
import { describe, expect, it } from 'vitest';
import { isVerdict, parseCsv, readCheckTable, CSV_HEADER } from '../../src/core/index';
import { runBatch } from '../../src/cli/batch';
import { entryOf, logCsv, logGeoJson, LOG_COLUMNS, type LogEntry } from '../../src/app/log/entry';
import { fixtureEngine } from '../core/helpers';

const engine = fixtureEngine();
const PLACES = [
  { lat: 21.85, lng: 108.5, at: '2019-02-06T06:00:00+08:00' },
  { lat: 21.968, lng: 108.632, at: '2019-02-10T20:00:00+08:00' },
];

function logged(): LogEntry[] {
  return PLACES.map((p, i) => {
    const v = engine.evaluate({ lat: p.lat, lng: p.lng, at: p.at, accuracyM: 20 });
    if (!isVerdict(v)) throw new Error('no verdict');
    // Stored newest-first order must not matter: the export is oldest first.
    return { ...entryOf({ verdict: v, place: { ...p, crs: 'wgs84', accuracyM: 20 }, zoneName: null, source: i ? 'patrol' : 'manual', dataVersion: 'abc123', savedAt: 1_000 + i }), id: i + 1 };
  });
}

describe('check log export', () => {
  it('CSV: the check --csv columns cell for cell as the CLI prints them, then the log’s columns', () => {
    const csv = logCsv(logged().reverse());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(csv).filter((r) => r.length > 1);
    expect(header).toEqual([...CSV_HEADER, ...LOG_COLUMNS]);
    const cli = parseCsv(runBatch({ engine, columns: ['lat', 'lng', 'at'], shared: { accuracy: '20' }, json: false }, readCheckTable(PLACES.map((p) => `${p.lat},${p.lng},${p.at}`).join('\n')).records).lines.join('\n'));
    expect(rows.map((r) => r.slice(0, CSV_HEADER.length))).toEqual(cli.slice(1));
    expect(rows.map((r) => r[CSV_HEADER.length])).toEqual(['manual', 'patrol']);
    expect(rows[0]!.slice(CSV_HEADER.length + 1)).toEqual(['fire', '20', 'wgs84', '21.85', '108.5', '', 'abc123', '1970-01-01T08:00:01+08:00', '']);
  });
  it('GeoJSON: one WGS-84 point per check, with the same fields', () => {
    const fc = JSON.parse(logGeoJson(logged()));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(2);
    expect(fc.features[1].geometry).toEqual({ type: 'Point', coordinates: [108.632, 21.968] });
    expect(fc.features[1].properties).toMatchObject({ row: 2, status: 'banned', zone: 'prohibited', source: 'patrol', dataVersion: 'abc123', projected: false });
  });
});
