/**
 * Bad zone data in a real browser: an empty or mismatched zones.bin is the data-failure screen
 * with a retry, never a verdict; a zones.bin whose boundary part is broken still answers, with
 * the note that no boundary distance was worked out; open water is answered 海上. The app is
 * served by its own server whose overrides stand in for public/data/zones.bin.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { bundledRuleSets } from '../../src/core/index';
import { encodeZoneData } from '../../src/core/zone-data/encode';
import { prepareZoneFile } from '../../src/core/zone-data/prepare';
import { fixtureData, withHead } from '../core/helpers';
import { browserPerFile, checkedPhones, phone as openPhone, shot, statusOf } from './browser';
import { serveDir, type Overrides } from './server';

const ZONES_BIN = '/data/zones.bin';
const GOOD = readFileSync('public/data/zones.bin');
const compact = (zones: GeoJSON.FeatureCollection, edges: GeoJSON.FeatureCollection) => encodeZoneData(prepareZoneFile(zones, edges, bundledRuleSets()));
const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
/** The fixture rectangles with 钦南区 under another id: every other zone is there. */
function mismatched(): Uint8Array {
  const { zones, edges } = structuredClone(fixtureData());
  for (const f of zones.features) if (f.properties!.id === 'county-450702') f.properties!.id = 'county-450799';
  for (const f of edges.features) if (f.properties!.zone === 'county-450702') f.properties!.zone = 'county-450799';
  return compact(zones, edges);
}

const browser = browserPerFile();
const phone = checkedPhones(browser);
const overrides: Overrides = new Map();
let base = '';
let server: Server;
beforeAll(async () => {
  ({ url: base, server } = await serveDir('dist', 0, overrides));
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

const CITY = '/?lat=21.968&lng=108.632&at=2019-02-10T20:00:00%2B08:00';

describe('zone data that must not answer', () => {
  it.each([
    ['GeoJSON text where zones.bin belongs: {"type":"FeatureCollection","features":[]}', () => JSON.stringify(EMPTY)],
    ['a compact file with no zones', () => compact(EMPTY, EMPTY)],
    ['a compact file whose 钦南区 has another id (mismatched)', mismatched],
  ] as [string, () => string | Uint8Array][])('%s → the data-failure screen with retry, no verdict; retry after the fix answers', async (_name, body) => {
    overrides.set(ZONES_BIN, body());
    const { page } = await phone();
    await page.goto(base + CITY);
    // The files arrived, the engine refused them: said as faulty data, not as a network problem.
    await page.getByText('区域数据有误').waitFor({ timeout: 15_000 });
    expect(await page.locator('#verdict').textContent()).not.toContain('检查网络');
    expect(await page.getAttribute('#verdict', 'data-status')).toBeNull();
    expect(await page.locator('#verdict').textContent()).not.toMatch(/不在钦州市|禁止燃放|可以燃放/);
    await shot(page, 'data-failure-' + (body() instanceof Uint8Array ? 'compact' : 'geojson'));
    overrides.delete(ZONES_BIN);
    await page.getByRole('button', { name: '重试' }).click();
    expect(await statusOf(page)).toBe('banned');
  });
});

describe('zone data that does not arrive', () => {
  it('zones.bin fails to download → the data-failure screen asks to check the network; retry answers', async () => {
    // Not a checked phone: the console rightly logs the refused download.
    const { page, context } = await openPhone(browser());
    let refuse = true;
    await page.route('**/data/zones.bin', (route) => (refuse ? route.fulfill({ status: 503, body: '' }) : route.continue()));
    await page.goto(base + CITY);
    await page.getByText('区域数据无法载入').waitFor({ timeout: 15_000 });
    expect(await page.locator('#verdict').textContent()).toContain('请检查网络后重试');
    expect(await page.getAttribute('#verdict', 'data-status')).toBeNull();
    refuse = false;
    await page.getByRole('button', { name: '重试' }).click();
    expect(await statusOf(page)).toBe('banned');
    await context.close();
  });
});

describe('degraded, not broken', () => {
  it('a zones.bin whose boundary part is broken → the answer, with the note that no boundary distance was worked out', async () => {
    overrides.set(ZONES_BIN, withHead(GOOD, (h) => (h.stretches = 'garbage')));
    const { page } = await phone();
    await page.goto(base + CITY);
    expect(await statusOf(page)).toBe('banned');
    const note = page.locator('[data-degraded="boundary"]');
    await note.waitFor();
    expect(await note.textContent()).toContain('边界数据无法读取');
    expect(await note.getAttribute('role')).toBe('note');
    await shot(page, 'degraded-boundary');
    overrides.delete(ZONES_BIN);
  });
  it('the good file → no such note', async () => {
    const { page } = await phone();
    await page.goto(base + CITY);
    expect(await statusOf(page)).toBe('banned');
    expect(await page.locator('[data-degraded="boundary"]').count()).toBe(0);
  });
});

describe('the sea', () => {
  it('茅尾海 open water → outside, 海上 in the card', async () => {
    const { page } = await phone();
    await page.goto(base + '/?lat=21.80&lng=108.55&at=2019-02-06T08:00:00%2B08:00');
    expect(await statusOf(page)).toBe('outside');
    expect(await page.textContent('#verdict')).toContain('海上');
    await shot(page, 'sea-open-water');
  });
});
