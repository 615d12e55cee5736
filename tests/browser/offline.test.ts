/** After one visit the service worker answers with no network at all. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, PHONE, shot, statusOf } from './browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('offline', () => {
  it('reload in airplane mode after a first visit still answers', async () => {
    const context = await browser.newContext({ ...PHONE, serviceWorkers: 'allow' });
    const page = await context.newPage();
    const external: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) external.push(r.url());
    });
    await page.goto(`${base}/?lat=22.10&lng=108.60&at=2019-02-04T12:00:00%2B08:00`);
    expect(await statusOf(page)).toBe('allowed');
    // Wait until the worker has precached everything and controls the page.
    await page.waitForFunction(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return !!reg?.active && !!navigator.serviceWorker.controller;
    }, undefined, { timeout: 30_000, polling: 250 });
    await context.setOffline(true);
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
