/**
 * After one visit the service worker answers with no network at all. The test gets its own
 * server and shuts it down: nothing answers on the network any more, like airplane mode.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, PHONE, shot, statusOf } from './browser';
import { serveDir } from './server';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('offline', () => {
  it('reload in airplane mode after a first visit still answers', async () => {
    const { url: base, server } = await serveDir('dist');
    const context = await browser.newContext({ ...PHONE, serviceWorkers: 'allow' });
    const page = await context.newPage();
    const external: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !/^(data|blob):/.test(r.url())) external.push(r.url());
    });
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
    // The lazy map chunk and the basemap are precached as well.
    const cached = await page.evaluate(async () => {
      const keys = (await Promise.all((await caches.keys()).map(async (k) => (await caches.open(k)).keys()))).flat();
      return keys.map((r) => new URL(r.url).pathname);
    });
    expect(cached.some((p) => p.includes('MapView'))).toBe(true);
    expect(cached).toContain('/data/basemap.geojson');
    expect(cached).toContain('/data/zones.geojson');
    await shot(page, 'phone-offline-reload');
    await context.close();
    expect(external).toEqual([]);
  });
});
