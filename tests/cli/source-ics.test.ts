/**
 * Issue 13 in the CLI: `--json` carries the verdict's `source`, the human text ends with the
 * same source line as the card and its details, and `--ics` prints the place's season as a
 * calendar that ical.js reads back to the engine's windows (exit 3 where there is none).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { createEngine, isVerdict, type Verdict } from '../../src/core/index';
import { CARD_FOOT_WORDS } from '../../src/i18n/card-foot';
import { parseIcs } from '../core/ics-parse';

async function check(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { out: (s) => (stdout += s), err: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const engine = createEngine({ compact: readFileSync('public/data/zones.bin') });
const zonesHead = JSON.parse(readFileSync('public/data/zones.geojson', 'utf8')) as { dataVersion: string; dataDate: string };

describe('check: source and --ics', () => {
  it('--json has the source; the human text ends with the card’s source line and its details', async () => {
    const at = ['--lat', '21.95', '--lng', '108.6', '--at', '2019-02-06T10:00:00+08:00'];
    const v = JSON.parse((await check([...at, '--json'])).stdout) as Verdict;
    expect(v.source).toMatchObject({ notice: { docNo: '钦政规〔2019〕1号', published: '2019-01-17' }, projected: false, zoneData: { version: zonesHead.dataVersion, date: zonesHead.dataDate } });
    expect(v.source!.nearest).toMatchObject({ provenance: 'waypoint', ref: 'main-chengfeng', maxErrorM: 800 });
    const text = (await check(at)).stdout;
    expect(text).toContain(`来源：${CARD_FOOT_WORDS['zh-CN'].sourceLine(v.source!)}\n`);
    expect(text).toContain(`来源：依据 钦政规〔2019〕1号 · 区域数据 ${zonesHead.dataDate} 版 · 最近边界：人工放置 ±800 米`);
    expect(text).toContain('  道路数据：qinzhou-osm-main-roads.geojson，© OpenStreetMap contributors，ODbL-1.0');
    expect(text).toContain('  最近边界：乘风大道：人工放置（geo/waypoints.json：main-chengfeng');
    expect((await check(['--lat', '22.005', '--lng', '108.63', '--at', '2019-02-06T10:00:00+08:00'])).stdout).toContain('最近边界：OSM 实测 ±30 米');
  });

  const cases = [
    { name: 'restricted, notice', lat: '21.95', lng: '108.6', at: '2019-02-06T10:00:00+08:00', project: false, banned: false },
    { name: 'restricted, projected', lat: '21.95', lng: '108.6', at: '2026-12-01T10:00:00+08:00', project: true, banned: false },
    { name: 'prohibited, notice', lat: '21.968', lng: '108.632', at: '2019-02-10T20:00:00+08:00', project: false, banned: true },
    { name: 'prohibited, projected', lat: '21.968', lng: '108.632', at: '2027-02-06T10:00:00+08:00', project: true, banned: true },
  ];
  it.each(cases)('--ics, $name: the events are the engine’s spans to the second', async ({ lat, lng, at, project, banned }) => {
    const r = await check(['--ics', '--lat', lat, '--lng', lng, '--at', at, ...(project ? ['--project'] : [])]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const v = engine.evaluate({ lat: Number(lat), lng: Number(lng), at, project });
    if (!isVerdict(v)) throw new Error('no verdict');
    const season = engine.seasonWindows(v.period!.year, { project: v.period!.projected });
    const want = (banned ? [v.period!] : season.windows).map((w) => [Date.parse(w.start), Date.parse(w.end)]);
    const { events } = parseIcs(r.stdout);
    expect(events.map((e) => [e.start, e.end])).toEqual(want);
    expect(events.every((e) => e.summary.includes('推算') === project && e.description.includes('依据 钦政规〔2019〕1号'))).toBe(true);
  });

  it('--ics: exit 3 with one line where the place has no calendar; refused with --json or --csv', async () => {
    const county = await check(['--ics', '--lat', '22.42', '--lng', '109.29', '--project']);
    expect([county.code, county.stdout, county.stderr]).toEqual([3, '', 'check: no calendar for this place (county-rules)\n']);
    const none = await check(['--ics', '--lat', '21.95', '--lng', '108.6', '--at', '2027-02-06T10:00:00+08:00']);
    expect([none.code, none.stderr]).toEqual([3, 'check: no calendar for this place (no-period; try --project)\n']);
    expect((await check(['--ics', '--json', '--lat', '21.95', '--lng', '108.6'])).code).toBe(2);
    expect((await check(['--ics', '--csv', 'x.csv'])).stderr).toMatch(/^--ics: not allowed together with --csv/);
    expect((await check(['--ics=yes', '--lat', '1', '--lng', '2'])).stderr).toBe('--ics: takes no value\n');
  });

  it('--help documents --ics', async () => {
    const help = (await check(['--help'])).stdout;
    expect(help).toMatch(/--ics --lat <纬度> --lng <经度>/);
    expect(help).toMatch(/Exit code 3 when the place has none/);
  });
});
