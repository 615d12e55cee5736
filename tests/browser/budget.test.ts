/**
 * Budgets in a real page load: the JavaScript of the first load (map, place search and lunar
 * library excluded) stays ≤ 60 KB gzip, on the Chinese page and on the English one, the data the first verdict fetches ≤ 20 KB gzip, and the
 * verdict is painted before maplibre-gl is requested.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { browserPerFile, phone, statusOf } from './browser';

const base = inject('baseUrl');
const BUDGET_GZIP = 60 * 1024;
const DATA_BUDGET_GZIP = 20 * 1024;
/**
 * Chunks the budget excludes: the lazy map (maplibre-gl), the place search (requested once the
 * verdict is painted) and a lunar calendar library, if any, with what only they import.
 */
const EXCLUDED = /MapView|maplibre|PlaceSearch|tyme|lunar-typescript/i;

const browser = browserPerFile({ webgl: true });

/** Vite's manifest: which chunks import which (e.g. gcoord, shared by the place search and the engine fallback). */
const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<string, { file: string; isEntry?: boolean; imports?: string[] }>;
const fileOf = (key: string) => '/' + manifest[key]!.file;
/** Excluded by name, or only there because excluded chunks import it. */
function excluded(path: string, requested: string[]): boolean {
  if (EXCLUDED.test(path)) return true;
  const key = Object.keys(manifest).find((k) => fileOf(k) === path);
  const importers = Object.keys(manifest).filter((k) => manifest[k]!.imports?.includes(key ?? '') && requested.includes(fileOf(k)));
  return key !== undefined && !manifest[key]!.isEntry && importers.length > 0 && importers.every((k) => EXCLUDED.test(fileOf(k)));
}

/** In the page: window.verdictAt = when the verdict's word first shows (performance.now()). */
function markVerdict() {
  new MutationObserver((_, obs) => {
    if (document.querySelector('#verdict[data-status] #verdict-word')?.textContent) {
      (window as unknown as { verdictAt: number }).verdictAt = performance.now();
      obs.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

/** Gzip bytes of every script a page load requests until the network is idle, the excluded chunks aside. */
async function firstLoadJs(query: string): Promise<{ total: number; scripts: string[] }> {
  const { page, context, requests } = await phone(browser());
  await page.goto(`${base}/?${query}`);
  await statusOf(page);
  await page.waitForLoadState('networkidle');
  const scripts = [...new Set(requests.map((r) => new URL(r.url).pathname).filter((p) => p.endsWith('.js')))];
  const counted = scripts.filter((p) => !excluded(p, scripts));
  const sizes = counted.map((p) => ({ p, gz: gzipSync(readFileSync('dist' + p), { level: 9 }).length }));
  const total = sizes.reduce((a, b) => a + b.gz, 0);
  console.log(`first-load JS (gzip), ?${query}:`, sizes.map((s) => `${s.p} ${(s.gz / 1024).toFixed(1)} KB`).join(', '), `= ${(total / 1024).toFixed(1)} KB`);
  expect(counted.length).toBeGreaterThan(0);
  await context.close();
  return { total, scripts: counted };
}

describe('budgets', () => {
  it('first-load JavaScript ≤ 60 KB gzip (map and lunar library excluded)', async () => {
    const { total } = await firstLoadJs('lat=21.968&lng=108.632&at=2019-02-10T20:00:00%2B08:00');
    expect(total).toBeLessThanOrEqual(BUDGET_GZIP);
  });

  it('the English page too: its words are a chunk of their own, which only it fetches', async () => {
    const zh = await firstLoadJs('lat=21.968&lng=108.632&at=2019-02-10T20:00:00%2B08:00');
    const en = await firstLoadJs('lat=21.968&lng=108.632&at=2019-02-10T20:00:00%2B08:00&lang=en');
    const english = en.scripts.filter((p) => !zh.scripts.includes(p));
    expect(english).toHaveLength(1);
    expect(en.total).toBeLessThanOrEqual(BUDGET_GZIP);
  });

  it('the data files the first verdict fetches ≤ 20 KB gzip', async () => {
    const { page, context } = await phone(browser(), { viewport: { width: 390, height: 2400 } });
    await page.addInitScript(markVerdict);
    await page.goto(`${base}/?lat=21.968&lng=108.632&at=2019-02-10T20:00:00%2B08:00`);
    expect(await statusOf(page)).toBe('banned');
    await page.waitForFunction(() => (window as unknown as { verdictAt?: number }).verdictAt !== undefined);
    const fetched = await page.evaluate(() => {
      const at = (window as unknown as { verdictAt: number }).verdictAt;
      const paths = performance.getEntriesByType('resource').filter((e) => e.startTime <= at).map((e) => new URL(e.name).pathname);
      return [...new Set(paths.filter((p) => p.startsWith('/data/')))];
    });
    const sizes = fetched.map((p) => ({ p, gz: gzipSync(readFileSync('dist' + p), { level: 9 }).length }));
    const total = sizes.reduce((a, b) => a + b.gz, 0);
    console.log('first-verdict data (gzip):', sizes.map((s) => `${s.p} ${(s.gz / 1024).toFixed(1)} KB`).join(', '), `= ${(total / 1024).toFixed(1)} KB`);
    expect(fetched).toContain('/data/zones.bin');
    expect(total).toBeLessThanOrEqual(DATA_BUDGET_GZIP);
    await context.close();
  });

  it('the verdict text is on screen before the map library is requested', async () => {
    // A tall window, so the map area is in view from the start and loads without scrolling.
    const { page, context } = await phone(browser(), { viewport: { width: 390, height: 2400 } });
    await page.addInitScript(markVerdict);
    await page.goto(`${base}/?lat=21.968&lng=108.632&at=2019-02-10T20:00:00%2B08:00`);
    await statusOf(page);
    await page.waitForSelector('.map-box[data-map-state=ready]', { timeout: 30_000 });
    const t = await page.evaluate(() => ({
      verdict: (window as unknown as { verdictAt?: number }).verdictAt ?? null,
      painted: performance.getEntriesByName('qz:verdict-painted')[0]?.startTime ?? null,
      mapRequested: performance.getEntriesByName('qz:map-requested')[0]?.startTime ?? null,
      mapFetch: performance.getEntriesByType('resource').find((e) => /MapView/.test(e.name))?.startTime ?? null,
    }));
    console.log('ms after navigation start:', JSON.stringify(t));
    expect(t.verdict).not.toBeNull();
    expect(t.mapFetch).not.toBeNull();
    expect(t.verdict!).toBeLessThan(t.painted!);
    expect(t.painted!).toBeLessThanOrEqual(t.mapRequested!);
    expect(t.verdict!).toBeLessThan(t.mapFetch!);
    await context.close();
  });
});
