/**
 * The CLI on a compact zone file whose boundary part is broken: it still answers from the zones,
 * exit 0, with one line on stderr saying the boundary data is unavailable, a line in the human
 * output, and no boundary distance in --json.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { withHead } from '../core/helpers';

const GOOD = readFileSync(new URL('../../public/data/zones.bin', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'check-degraded-'));
const broken = join(dir, 'zones.bin');
writeFileSync(broken, withHead(GOOD, (h) => (h.stretches = 'garbage')));
const good = join(dir, 'good.bin');
writeFileSync(good, GOOD);

async function check(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { out: (s) => (stdout += s), err: (s) => (stderr += s) });
  return { code, stdout, stderr };
}
const AT = ['--lat', '21.968', '--lng', '108.632', '--at', '2019-02-10T20:00:00+08:00'];

describe('check on a compact file without a readable boundary part', () => {
  it('human output: the answer, a line that the boundary is unavailable; one line on stderr', async () => {
    const r = await check([...AT, '--zones', broken]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('结论：禁止燃放');
    expect(r.stdout).toContain('边界：边界数据不可用');
    expect(r.stdout).not.toMatch(/距最近的区域边界约/);
    expect(r.stderr).toMatch(/^check: boundary data unavailable \(zone data: the head lacks its boundary lists.*\); answers carry no boundary distance\n$/);
  });
  it('--json: boundaryDistanceM null, nearBoundary false', async () => {
    const v = JSON.parse((await check([...AT, '--zones', broken, '--json'])).stdout);
    expect([v.status, v.boundaryDistanceM, v.nearBoundary]).toEqual(['banned', null, false]);
  });
  it('--zones takes a good compact file as the default does; --edges beside it is a flag error', async () => {
    expect((await check([...AT, '--zones', good, '--json'])).stdout).toBe((await check([...AT, '--json'])).stdout);
    const r = await check([...AT, '--zones', good, '--edges', 'public/data/zone-edges.geojson']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/^--edges: not allowed with a compact zones file/);
  });
});
