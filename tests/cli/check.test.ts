/**
 * The `check` CLI as a user runs it: flags in, stdout / stderr / exit code out. Most cases call
 * main() in this process (same code path, milliseconds each); the few marked "spawned" run the
 * real process, for what only a process shows: exit codes, the host time zone, real streams.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** What `npm run check` runs: the CLI's prebuilt bundle (scripts/cli-bundle.mjs), rebuilt when stale. */
const CHECK = join(ROOT, 'scripts/check.mjs');
const FIXTURE = ['--zones', 'tests/fixtures/zones-fixture.geojson', '--edges', 'tests/fixtures/edges-fixture.geojson'];

interface Run { code: number; stdout: string; stderr: string }
async function check(args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { out: (s) => (stdout += s), err: (s) => (stderr += s) });
  return { code, stdout, stderr };
}
/** The real process, as `npm run -s check` starts it, in a host zone far from China. */
function spawned(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CHECK, ...args], { cwd: ROOT, maxBuffer: 1 << 24, env: { ...process.env, TZ: 'America/New_York' } }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

const good: Record<string, string> = { lat: '21.85', lng: '108.5', at: '2019-02-06T06:00:00+08:00', crs: 'wgs84', activity: 'fire', accuracy: '10' };
const argsWith = (flag: string, value: string) => {
  const out: string[] = [];
  for (const [k, v] of Object.entries(good)) if (k !== flag) out.push(`--${k}`, v);
  out.push(`--${flag}=${value}`);
  return [...out, '--json', ...FIXTURE];
};
const BAD_VALUES: [string, string][] = [
  ['NaN', 'NaN'], ['Infinity', 'Infinity'], ['1e309', '1e309'], ['empty', ''], ['text', 'north'], ['huge', '9'.repeat(100_000)],
];
const FLAGS = ['lat', 'lng', 'at', 'crs', 'activity', 'accuracy', 'project'];

describe('bad flags → one line on stderr naming the flag, exit 2, nothing on stdout', () => {
  const cases = FLAGS.flatMap((f) => BAD_VALUES.map(([name, v]) => [f, name, v] as const));
  it.each(cases)('--%s %s', async (flag, _name, value) => {
    const r = await check(argsWith(flag, value));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`--${flag}`);
    expect(lines[0]!.length).toBeLessThan(300);
  });

  const other: [string, string[], string][] = [
    ['unknown flag', ['--lat', '1', '--lng', '2', '--colour', 'red'], '--colour'],
    ['missing value', ['--lng', '2', '--lat'], '--lat'],
    ['value-looking flag', ['--lat', '--lng', '2'], '--lat'],
    ['duplicate flag', ['--lat', '1', '--lat', '2', '--lng', '2'], '--lat'],
    ['missing --lat', ['--lng', '2'], '--lat'],
    ['latitude out of range', ['--lat', '91', '--lng', '2'], '--lat'],
    ['--json with a value', ['--lat', '1', '--lng', '2', '--json=yes'], '--json'],
    ['newline inside a value', ['--lat', '1\n2', '--lng', '2'], '--lat'],
    ['--csv with --lat', ['--csv', 'x.csv', '--lat', '1'], '--lat'],
    ['--csv file missing', ['--csv', 'no-such-file.csv'], '--csv'],
    ['--csv with bad --crs', ['--csv', 'x.csv', '--crs', 'utm'], '--crs'],
  ];
  it.each(other)('%s', async (_name, args, flag) => {
    const r = await check([...args, ...FIXTURE]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(flag);
  });
});

describe('spawned: the process itself', () => {
  it.concurrent('a bad flag: exit 2, one line on stderr, nothing on stdout', async () => {
    const r = await spawned(['--lat', '1', '--lng', '2', '--colour', 'red', ...FIXTURE]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--colour');
  });
});

describe('answers', () => {
  it.concurrent('--json prints the docs/DESIGN.md contract fields (spawned; host TZ New York, China time out)', async () => {
    const r = await spawned(['--lat', '21.85', '--lng', '108.5', '--at', '2019-02-06T06:00:00+08:00', '--json', ...FIXTURE]);
    expect(r.code).toBe(0);
    const v = JSON.parse(r.stdout);
    expect(v).toMatchObject({
      status: 'allowed', zone: 'restricted', ruleSet: 'qinzhou-2019-1', projected: false,
      window: { start: '2019-02-06T06:00:00+08:00', end: '2019-02-07T00:00:00+08:00' },
      next: { start: '2019-02-07T06:00:00+08:00', end: '2019-02-08T00:00:00+08:00' },
      nearBoundary: false,
    });
    expect(typeof v.boundaryDistanceM).toBe('number');
    for (const reason of v.reasons) expect(Object.keys(reason)).toEqual(expect.arrayContaining(['cite', 'text']));
  });

  it.concurrent('human output is Chinese and quotes the decisive article', async () => {
    const r = await check(['--lat', '21.968', '--lng', '108.632', '--at', '2019-02-06T06:00:00+08:00', ...FIXTURE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('结论：禁止燃放');
    expect(r.stdout).toContain('「2019年2月1日至2月28日期间禁放区域内禁止燃放烟花爆竹。」');
    expect(r.stdout).toContain('土地庙');
  });

  it.concurrent('--activity sell, --crs gcj02, --project, --accuracy are honoured', async () => {
    const sell = JSON.parse((await check(['--lat', '21.968', '--lng', '108.632', '--at', '2019-06-01T12:00:00+08:00', '--activity', 'sell', '--json', ...FIXTURE])).stdout);
    expect([sell.status, sell.activity]).toEqual(['banned', 'sell']);
    const proj = JSON.parse((await check(['--lat', '21.85', '--lng', '108.5', '--at', '2025-01-28T12:00:00+08:00', '--project', '--json', ...FIXTURE])).stdout);
    expect([proj.status, proj.projected]).toEqual(['allowed', true]);
    const g = JSON.parse((await check(['--lat', '21.847', '--lng', '108.505', '--crs', 'gcj02', '--accuracy', '30000', '--json', '--at', '2019-02-06T06:00:00+08:00', ...FIXTURE])).stdout);
    expect(g.position.lng).toBeLessThan(108.505);
    expect(g.nearBoundary).toBe(true);
  });

  it.concurrent('1900 is an answer (no-notice), not an error', async () => {
    const r = await check(['--lat', '21.85', '--lng', '108.5', '--at', '1900-02-01T00:00:00+08:00', '--json', ...FIXTURE]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).status).toBe('no-notice');
  });

  it.concurrent('--csv: one output row per input row, bad rows carry an error column (spawned)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-csv-'));
    const file = join(dir, 'rows.csv');
    writeFileSync(file, [
      'lat,lng,at',
      '21.968,108.632,2019-02-06T06:00:00+08:00',
      'NaN,108.5,2019-02-06T06:00:00+08:00',
      '21.85,108.5,2019-02-06T05:59:59+08:00',
      '21.85,108.5,',
      '21.85,108.5,"2019-02-06T06:00:00+08:00"',
      '1e309,1,2019-02-06T06:00:00+08:00',
    ].join('\r\n') + '\r\n');
    const r = await spawned(['--csv', file, ...FIXTURE]);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n');
    expect(rows).toHaveLength(7);
    const header = rows[0]!.split(',');
    const col = (row: string, name: string) => row.split(',')[header.indexOf(name)];
    expect(rows.slice(1).map((row) => col(row, 'status'))).toEqual(['banned', '', 'banned', '', 'allowed', '']);
    expect(col(rows[2]!, 'error')).toMatch(/lat/);
    expect(col(rows[4]!, 'error')).toMatch(/at/);
    expect(r.stderr).toContain('3 of 6 rows');
  });

  it.concurrent('--csv with a header in another column order: error rows echo each input under its own column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-csv-'));
    const file = join(dir, 'rows.csv');
    writeFileSync(file, 'at,lng,lat\n2019-02-06T06:00:00+08:00,108.5,91\n2019-02-06T06:00:00+08:00,108.5,21.85\n');
    const r = await check(['--csv', file, ...FIXTURE]);
    const rows = r.stdout.trim().split('\n');
    const header = rows[0]!.split(',');
    const cells = (row: string) => Object.fromEntries(row.split(',').map((v, k) => [header[k], v]));
    expect(cells(rows[1]!)).toMatchObject({ row: '1', lat: '91', lng: '108.5', at: '2019-02-06T06:00:00+08:00', status: '' });
    expect(cells(rows[1]!).error).toMatch(/lat/);
    expect(cells(rows[2]!)).toMatchObject({ row: '2', lat: '21.85', lng: '108.5', status: 'allowed', error: '' });
  });

  it.concurrent('--csv without a header: a bad first row is a data row, not a header', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-csv-'));
    const file = join(dir, 'rows.csv');
    writeFileSync(file, 'abc,108.5,2019-02-06T06:00:00+08:00\n21.85,108.5,2019-02-06T06:00:00+08:00\n');
    const r = await check(['--csv', file, '--json', ...FIXTURE]);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(2);
    expect(rows[0].error.field).toBe('lat');
    expect(rows[1].status).toBe('allowed');
  });

  it.concurrent('--ruleset loads another notice as data (the fictional 2020 test notice)', async () => {
    const args = ['--lat', '21.85', '--lng', '108.5', '--at', '2020-01-24T18:00:00+08:00', '--json', ...FIXTURE];
    const without = JSON.parse((await check(args)).stdout);
    expect(without.status).toBe('no-notice');
    const withIt = JSON.parse((await check([...args, '--ruleset', 'tests/fixtures/rulesets/test-2020-fictional.json'])).stdout);
    expect([withIt.status, withIt.ruleSet]).toEqual(['allowed', 'test-2020-fictional']);
    const bad = await check([...args, '--ruleset', 'package.json']);
    expect([bad.code, bad.stdout]).toEqual([2, '']);
    expect(bad.stderr).toMatch(/^--ruleset: /);
  });

  it.concurrent('December, village (real data): --project gives the coming 除夕 as next, projected; without it, the legal status only', async () => {
    const args = ['--lat', '22.15', '--lng', '108.45', '--at', '2026-12-01T12:00:00+08:00', '--json'];
    const projected = JSON.parse((await check([...args, '--project'])).stdout);
    expect(projected).toMatchObject({
      status: 'no-notice', projected: false,
      next: { start: '2027-02-05T00:00:00+08:00', end: '2027-02-07T00:00:00+08:00', projected: true, ruleSet: 'qinzhou-2019-1' },
      period: { start: '2027-02-03T00:00:00+08:00', end: '2027-03-02T00:00:00+08:00', projected: true, zone: 'restricted', year: 2027 },
      until: '2027-02-03T00:00:00+08:00',
    });
    const legal = JSON.parse((await check(args)).stdout);
    expect([legal.status, legal.next, legal.period, legal.until]).toEqual(['no-notice', null, null, null]);
  });

  it.concurrent('--help says why projection is off by default', async () => {
    const r = await check(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--project');
    expect(r.stdout).toMatch(/默认关闭：命令行与批量核查给出的是法定状态/);
  });

  it.concurrent('missing zone data → exit 1 with a message, nothing on stdout (spawned)', async () => {
    const r = await spawned(['--lat', '21.85', '--lng', '108.5', '--zones', 'no/such/zones.geojson']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('zone data not found');
  });

  it.concurrent('by default the compact public/data/zones.bin answers, exactly as the published GeoJSON does', async () => {
    const args = ['--lat', '21.968', '--lng', '108.632', '--at', '2019-02-10T20:00:00+08:00', '--json'];
    const compact = await check(args);
    const geojson = await check([...args, '--zones', 'public/data/zones.geojson', '--edges', 'public/data/zone-edges.geojson']);
    expect([compact.code, compact.stderr]).toEqual([0, '']);
    expect(JSON.parse(compact.stdout)).toMatchObject({ status: 'banned', zone: 'prohibited' });
    expect(compact.stdout).toBe(geojson.stdout);
  });

  it.concurrent('zone data that does not read or is broken → exit 1, one line, nothing on stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-zones-'));
    const notJson = join(dir, 'zones.geojson');
    writeFileSync(notJson, '{"type": "FeatureCollection", ');
    const openRing = join(dir, 'open.geojson');
    const square = [[108, 21], [109, 21], [109, 22], [108, 22]];
    writeFileSync(openRing, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'z', kind: 'county', name: 'z' }, geometry: { type: 'Polygon', coordinates: [square] } }] }));
    // The file schema (core/file-schemas.ts) names the ring before the engine sees it.
    for (const [file, message] of [[notJson, /^check: zone data unreadable \(.*zones\.geojson\): /], [openRing, /^check: zone data unreadable \(.*open\.geojson\): features\[0\]\.geometry\.coordinates\[0\]: the ring is not closed/]] as const) {
      const r = await check(['--lat', '21.85', '--lng', '108.5', '--zones', file]);
      expect([r.code, r.stdout]).toEqual([1, '']);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
