/**
 * After one visit the service worker answers with no network at all. The test gets its own
 * server and shuts it down: nothing answers on the network any more, like airplane mode.
 */
import { describe, expect, it } from 'vitest';
import { browserPerFile, PHONE, shot, statusOf } from './browser';
import { readFileSync } from 'node:fs';
import gcoord from 'gcoord';
import { serveDir, type Overrides } from './server';

const browser = browserPerFile();

describe('offline', () => {
  it('reload in airplane mode after a first visit still answers', async () => {
    const { url: base, server } = await serveDir('dist');
    const context = await browser().newContext({ ...PHONE, serviceWorkers: 'allow' });
    const page = await context.newPage();
    const external: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !/^(data|blob):/.test(r.url())) external.push(r.url());
    });
    // Offline, no request may fail either: not even the data-version check, which only the network can answer.
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} ${m.location().url}`));
    await page.goto(`${base}/?lat=22.10&lng=108.60&at=2019-02-04T12:00:00%2B08:00`);
    expect(await statusOf(page)).toBe('allowed');
    // Wait until the worker has precached everything and controls the page.
    await expect
      .poll(() => page.evaluate(async () => !!navigator.serviceWorker.controller && (await caches.keys()).length > 0), { timeout: 30_000 })
      .toBe(true);

    server.closeAllConnections();
    await new Promise((ok) => server.close(ok));
    // (context.setOffline is not used: Chromium's offline emulation also cuts off the service
    // worker's navigation handling, which real airplane mode does not.)
    const res = await fetch(base).catch(() => null);
    expect(res, 'the server is really gone').toBeNull();

    await page.goto(`${base}/?lat=21.968&lng=108.632&at=2019-02-10T20:00:00%2B08:00`);
    expect(await statusOf(page)).toBe('banned');
    expect(await page.textContent('.verdict__article cite')).toContain('钦政规〔2019〕1号');
    // GCJ-02 input: the engine's worker loads the datum conversions on demand, from the precache.
    const [glng, glat] = gcoord.transform([108.632, 21.968], gcoord.WGS84, gcoord.GCJ02) as [number, number];
    await page.goto(`${base}/?lat=${glat.toFixed(7)}&lng=${glng.toFixed(7)}&crs=gcj02&at=2019-02-10T20:00:00%2B08:00`);
    expect(await statusOf(page)).toBe('banned');
    // The lazy map chunk and the basemap are precached as well.
    const cached = await page.evaluate(async () => {
      const keys = (await Promise.all((await caches.keys()).map(async (k) => (await caches.open(k)).keys()))).flat();
      return keys.map((r) => new URL(r.url).pathname);
    });
    expect(cached.some((p) => p.includes('MapView'))).toBe(true);
    expect(cached).toContain('/data/basemap.geojson');
    expect(cached).toContain('/data/zones.bin');
    // The map draws the zones from zones.bin as well: the GeoJSON (published for people and
    // tools) would only cost phones its bytes.
    expect(cached).not.toContain('/data/zones.geojson');
    await shot(page, 'phone-offline-reload');

    // Installable: a manifest with real icons of the sizes it claims (read from the offline cache).
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector('link[rel=manifest]')?.getAttribute('href');
      return href ? (await fetch(href)).json() : null;
    });
    expect(manifest).toMatchObject({ display: 'standalone', start_url: '/', lang: 'zh-CN' });
    for (const size of [192, 512]) expect(manifest.icons.some((i: { sizes: string }) => i.sizes === `${size}x${size}`)).toBe(true);
    expect(manifest.icons.some((i: { purpose?: string }) => i.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons as { src: string; sizes: string }[]) {
      const png = readFileSync('dist' + icon.src);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
    }
    await context.close();
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a new version announces itself and reloads cleanly when accepted', async () => {
    const overrides: Overrides = new Map();
    const { url: base, server } = await serveDir('dist', 0, overrides);
    const context = await browser().newContext({ ...PHONE, serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(`${base}/?lat=22.10&lng=108.60&at=2019-02-04T12:00:00%2B08:00`);
    await statusOf(page);
    await expect
      .poll(() => page.evaluate(async () => !!navigator.serviceWorker.controller && (await caches.keys()).length > 0), { timeout: 30_000 })
      .toBe(true);
    const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);
    expect(await page.locator('.toast').count()).toBe(0);

    // "Release" a new version: the same app with a changed service worker.
    overrides.set('/sw.js', readFileSync('dist/sw.js', 'utf8') + '\n// next release\n');
    await page.reload();
    await statusOf(page);
    const toast = page.locator('.toast');
    await toast.waitFor({ timeout: 30_000 });
    expect(await toast.textContent()).toContain('有新版本可用');
    await shot(page, 'phone-update-prompt');
    await Promise.all([page.waitForEvent('framenavigated', { timeout: 30_000 }), toast.getByRole('button').click()]);
    await statusOf(page);
    expect(await page.locator('.toast').count()).toBe(0);
    const active = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting === null);
    expect(active).toBe(true);
    expect(firstWorker).toContain('/sw.js');
    await context.close();
    server.close();
  });
});
