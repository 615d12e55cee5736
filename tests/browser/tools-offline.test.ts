/**
 * The officer tools after one visit with no network at all: their lazy chunks come from the
 * service worker's precache, the log from IndexedDB. Same airplane-mode set-up as offline.test.ts
 * (the test's own server, shut down after the first visit).
 */
import { describe, expect, it } from 'vitest';
import { browserPerFile, fixNow, PHONE, shot, statusOf } from './browser';
import { serveDir } from './server';

const browser = browserPerFile();

describe('officer tools offline', () => {
  it('patrol, legal card, check log and batch all work offline after one visit', async () => {
    const { url: base, server } = await serveDir('dist');
    const context = await browser().newContext({ ...PHONE, serviceWorkers: 'allow', geolocation: { latitude: 21.968, longitude: 108.632, accuracy: 25 } });
    await context.grantPermissions(['geolocation']);
    const page = await context.newPage();
    const external: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !/^(data|blob):/.test(r.url())) external.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await fixNow(page, new Date('2019-02-10T20:00:00+08:00'));
    await page.goto(`${base}/`);
    await page.waitForSelector('#verdict');
    await expect
      .poll(() => page.evaluate(async () => !!navigator.serviceWorker.controller && (await caches.keys()).length > 0), { timeout: 30_000 })
      .toBe(true);
    server.closeAllConnections();
    await new Promise((ok) => server.close(ok));
    expect(await fetch(base).catch(() => null), 'the server is really gone').toBeNull();

    await page.goto(`${base}/`);
    await page.waitForSelector('#verdict');
    // Patrol mode: its chunk from the cache, the position followed, the check recorded.
    await page.getByRole('button', { name: '巡查模式' }).click();
    expect(await statusOf(page)).toBe('banned');
    await expect.poll(() => page.locator('.patrol').getAttribute('class')).toContain('verdict--banned');
    // The legal card.
    await page.getByRole('button', { name: '出示条文' }).click();
    await expect.poll(() => page.getByRole('dialog').textContent()).toContain('第四十二条');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '巡查模式' }).click();
    // The log, in IndexedDB.
    await page.getByRole('button', { name: '检查记录' }).click();
    await expect.poll(() => page.locator('.log__count').textContent()).toBe('共 1 条记录');
    await page.keyboard.press('Escape');
    // The batch, in the worker.
    await page.getByRole('button', { name: '批量查询' }).click();
    await page.getByLabel('粘贴 CSV').fill('21.968,108.632,2019-02-10T20:00:00+08:00\n22.10,108.60,2019-02-10T20:00:00+08:00\n');
    await page.getByRole('button', { name: '开始查询' }).click();
    await expect.poll(() => page.locator('.batch__status').textContent()).toContain('完成：2 行');
    await shot(page, 'tools-offline-batch');
    await context.close();
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });
});
