/** The worker's batch request (app/engine host), called directly: the same cells as `check --csv`. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { engineHost } from '../../src/app/engine/host';
import { answers } from '../../src/app/engine/protocol';
import { CSV_HEADER, csvCell, readCheckTable } from '../../src/core/index';
import { runBatch } from '../../src/cli/batch';
import { fixtureEngine } from '../core/helpers';

const text = (p: string) => readFileSync(new URL(p, import.meta.url), 'utf8');
const zones = text('../fixtures/zones-fixture.geojson');
const edges = text('../fixtures/edges-fixture.geojson');

const INPUT = [
  'lat,lng,at,address',
  '21.85,108.5,2019-02-06T06:00:00+08:00,"钦南区, 某路"',
  '21.968,108.632,2019-02-06T06:00:00+08:00,main urban',
  'x,108.5,2019-02-06T06:00:00+08:00,bad lat',
  '21.85,"108.5,never closed',
  '21.85,108.5,,no time',
].join('\r\n');

describe('engine host: batch', () => {
  it('answers a slice with the CLI’s cells for the same rows, numbered from `first`, with line numbers', () => {
    const handle = engineHost();
    handle({ id: 1, type: 'init', args: { zones, edges } });
    const { columns, records } = readCheckTable(INPUT);
    // Two slices, as the page sends them.
    const a = handle({ id: 2, type: 'batch', args: { columns, shared: {}, rows: records.slice(0, 2), first: 1 } });
    const b = handle({ id: 3, type: 'batch', args: { columns, shared: {}, rows: records.slice(2), first: 3 } });
    if (!answers(a, 'batch') || !answers(b, 'batch')) throw new Error('no batch answer');
    const rows = [...a.answer, ...b.answer];
    expect(rows).toHaveLength(5);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6]);
    expect(rows.map((r) => r.status)).toEqual(['allowed', 'banned', null, null, null]);
    // Cell for cell what `check --csv` prints for the same file.
    const cli = runBatch({ engine: fixtureEngine(), columns, shared: {}, json: false }, records).lines.slice(1);
    const ours = rows.map((r) => r.cells.map(csvCell).join(','));
    expect(ours).toEqual(cli);
    expect(rows[3]!.cells[CSV_HEADER.indexOf('error')]).toMatch(/^line 5:/);
  });
  it('before init it fails as not-ready', () => {
    const r = engineHost()({ id: 1, type: 'batch', args: { columns: ['lat', 'lng', 'at'], shared: {}, rows: [], first: 1 } });
    expect(r).toMatchObject({ ok: false, failure: { kind: 'not-ready' } });
  });
});
