/**
 * After one visit, the place search and the map's names work with no network: the service
 * worker precaches the search chunk, the place index (json) and the glyphs (pbf). Like
 * offline.test.ts, the test's own server is shut down, as in airplane mode.
 */
import { describe, expect, it } from 'vitest';
import { browserPerFile, PHONE, shot, statusOf } from './browser';
import { serveDir } from './server';
import { mapSettled } from './pixels';

const browser = browserPerFile({ webgl: true });

describe('offline: search and map names', () => {
  it('with the server gone, "钦州湾大道" is found and highlighted, and the map draws its names', async () => {
    const { url: base, server } = await serveDir('dist');
    const context = await browser().newContext({ ...PHONE, serviceWorkers: 'allow', reducedMotion: 'reduce' });
    const page = await context.newPage();
    const external: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !/^(data|blob):/.test(r.url())) external.push(r.url());
    });
    // A glyph range that cannot be fetched is only a warning in maplibre ("Unable to load glyph range"): count it too.
    page.on('console', (m) => (m.type() === 'error' || /glyph/i.test(m.text())) && errors.push(m.text()));
    await page.goto(`${base}/?lat=22.10&lng=108.60&at=2019-02-04T12:00:00%2B08:00`);
    expect(await statusOf(page)).toBe('allowed');
    await expect
      .poll(() => page.evaluate(async () => !!navigator.serviceWorker.controller && (await caches.keys()).length > 0), { timeout: 30_000 })
      .toBe(true);
    const cached = await page.evaluate(async () => {
      const keys = (await Promise.all((await caches.keys()).map(async (k) => (await caches.open(k)).keys()))).flat();
      return keys.map((r) => decodeURIComponent(new URL(r.url).pathname));
    });
    for (const f of ['/data/places.json', '/data/labels.geojson', '/data/error-bands.geojson', '/fonts/Noto Sans Regular/0-255.pbf']) expect(cached).toContain(f);
    expect(cached.some((p) => /PlaceSearch-.*\.js$/.test(p))).toBe(true);

    server.closeAllConnections();
    await new Promise((ok) => server.close(ok));
    expect(await fetch(base).catch(() => null), 'the server is really gone').toBeNull();

    await page.reload();
    expect(await statusOf(page)).toBe('allowed');
    const field = page.getByRole('combobox', { name: /搜索地点/ });
    await field.click();
    await field.pressSequentially('钦州湾大道', { delay: 10 });
    await page.getByRole('option', { name: /钦州湾大道/ }).first().click();
    await page.waitForSelector('.map[data-focus="road"]', { timeout: 30_000 });
    await mapSettled(page);
    expect(await page.locator('.search__lengths').innerText()).toMatch(/^禁放区 [\d.]+\u00a0km · 限放区 [\d.]+\u00a0km$/);
    await shot(page, 'offline-search');
    await context.close();
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });
});
