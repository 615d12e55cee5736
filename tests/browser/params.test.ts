/** URL API: CRS twins, and bad parameters shown as text, never as HTML. */
import { describe, expect, inject, it } from 'vitest';
import gcoord from 'gcoord';
import { readFileSync } from 'node:fs';
import { browserPerFile, phone, shot, statusOf } from './browser';

const base = inject('baseUrl');
const browser = browserPerFile();

async function verdictFor(query: string) {
  const { page, context, external } = await phone(browser());
  await page.goto(`${base}/?${query}&embed=1`);
  await statusOf(page);
  const msg = await page.evaluate(() => ({
    status: document.querySelector('#verdict')?.getAttribute('data-status'),
    word: document.querySelector('#verdict-word')?.textContent,
    zone: document.querySelector('.verdict__zone')?.textContent,
  }));
  await context.close();
  expect(external).toEqual([]);
  return msg;
}

describe('URL parameters', () => {
  const AT = 'at=2019-02-10T20:00:00%2B08:00';
  for (const [name, lat, lng] of [
    ['inside 一(一)', 21.968, 108.632],
    ['restricted zone', 22.1, 108.6],
  ] as const) {
    it(`GCJ-02 answers like its WGS-84 twin (${name})`, async () => {
      const [glng, glat] = gcoord.transform([lng, lat], gcoord.WGS84, gcoord.GCJ02) as [number, number];
      // The GCJ-02 offset here is hundreds of metres: a real difference if it were ignored.
      expect(Math.hypot(glng - lng, glat - lat)).toBeGreaterThan(0.003);
      const wgs = await verdictFor(`lat=${lat}&lng=${lng}&${AT}`);
      const gcj = await verdictFor(`lat=${glat.toFixed(7)}&lng=${glng.toFixed(7)}&crs=gcj02&${AT}`);
      expect(gcj).toEqual(wgs);
    });
  }

  it('edge instants in the restricted zone: 05:59:59 banned, 06:00 allowed; 正月十六 23:59:59 allowed, 24:00 banned', async () => {
    const at = (iso: string) => `lat=22.10&lng=108.60&at=${encodeURIComponent(iso)}`;
    expect((await verdictFor(at('2019-02-06T05:59:59+08:00'))).status).toBe('banned');
    expect((await verdictFor(at('2019-02-06T06:00:00+08:00'))).status).toBe('allowed');
    expect((await verdictFor(at('2019-02-20T23:59:59+08:00'))).status).toBe('allowed');
    expect((await verdictFor(at('2019-02-21T00:00:00+08:00'))).status).toBe('banned');
  });

  it('a point on a traced boundary warns in words, with the position accuracy', async () => {
    const edges = JSON.parse(readFileSync('dist/data/zone-edges.geojson', 'utf8')) as GeoJSON.FeatureCollection<GeoJSON.LineString>;
    const edge = edges.features.find((f) => f.properties?.zone === 'qz2019-main-urban' && f.properties?.source === 'osm')!;
    const [a, b] = edge.geometry.coordinates as [number, number][];
    const [lng, lat] = [(a![0] + b![0]) / 2, (a![1] + b![1]) / 2];
    const { page, context } = await phone(browser());
    await page.goto(`${base}/?lat=${lat.toFixed(7)}&lng=${lng.toFixed(7)}&accuracy=35&at=2019-02-10T20:00:00%2B08:00`);
    await statusOf(page);
    const warn = await page.locator('.verdict .note--warn').textContent();
    expect(warn).toMatch(/距边界 \d+ 米以内/);
    expect(warn).toContain('±35 米');
    await context.close();
  });

  it('a bad parameter gets a visible message, rendered as text; the good ones still work', async () => {
    const { page, context, external } = await phone(browser());
    const evil = encodeURIComponent('<img src=x onerror=alert(1)>');
    await page.goto(`${base}/?lat=21.968&lng=108.632&at=${evil}&activity=sell`);
    const alert = page.locator('[role=alert]').first();
    await expect.poll(() => alert.textContent()).toContain('at');
    expect(await alert.textContent()).toContain('<img');
    expect(await page.locator('img').count()).toBe(0);
    // lat/lng/activity were fine: the place and the activity stand, time falls back to now.
    expect(await page.textContent('.place__current')).toContain('21.96800');
    expect(await page.isChecked('input[value=sell]')).toBe(true);
    await shot(page, 'phone-bad-param');
    await context.close();
    expect(external).toEqual([]);
  });

  it('typed coordinates are validated with a visible message', async () => {
    const { page, context } = await phone(browser());
    await page.goto(`${base}/`);
    await page.getByLabel('纬度').fill('north');
    await page.getByLabel('经度').fill('108.6');
    await page.getByRole('button', { name: '查询', exact: true }).click();
    // In the page's language, naming the field once (issue 9: no "lat: lat: …").
    await expect.poll(() => page.locator('.coords [role=alert]').textContent()).toBe('纬度“north”不是数字，应为十进制度数，如 21.965。');
    expect(await page.getAttribute('input[name=lat]', 'aria-invalid')).toBe('true');
    await page.getByLabel('纬度').fill('21.968');
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await statusOf(page);
    await context.close();
  });
});
