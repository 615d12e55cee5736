/**
 * The place search ("搜索地点") in a real browser at phone size: names (Chinese, pinyin), roads
 * highlighted on the map with the zones they run through, zones fitted, names the map data
 * lacks, pasted links and coordinates answered with their datum, and every error in the page's
 * language. The typed-coordinate form's errors and hint are here too (same panel).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserPerFile, checkedPhones, shot, statusOf } from './browser';
import { colourShares, mapSettled } from './pixels';

const base = inject('baseUrl');
const AT = 'at=2019-02-10T20:00:00%2B08:00';
const places = JSON.parse(readFileSync('public/data/places.json', 'utf8')) as {
  places: { name: string; kind: string; lengths?: { byAnswer: Record<string, number> } }[];
};

const browser = browserPerFile({ webgl: true });
// Reduced motion: the map jumps instead of flying, so "idle" means the view is final.
const ctx = checkedPhones(browser, { reducedMotion: 'reduce' });

const field = (page: Page) => page.getByRole('combobox', { name: /搜索地点/ });

async function typeInto(page: Page, text: string) {
  const box = field(page);
  await box.click();
  await box.fill('');
  await box.pressSequentially(text, { delay: 10 });
}

/** What the search's live region says (messages, result count). */
const status = (page: Page) => page.locator('.search__status').innerText();

describe('place search', () => {
  it('"钦州湾大道" is listed as an option; choosing it highlights it on the map and says which zones it runs through', async () => {
    const { page } = await ctx();
    await page.goto(`${base}/?${AT}`);
    await typeInto(page, '钦州湾大道');
    const list = page.getByRole('listbox', { name: /搜索地点/ });
    await list.waitFor();
    expect(await field(page).getAttribute('aria-expanded')).toBe('true');
    const first = list.getByRole('option').first();
    expect(await first.innerText()).toContain('钦州湾大道');
    expect(await status(page)).toMatch(/\d+ 个结果/);
    await shot(page, 'search-results');

    // Keyboard: the arrow key makes the option active (aria-activedescendant), Enter chooses it.
    await page.keyboard.press('ArrowDown');
    expect(await field(page).getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await field(page).getAttribute('aria-expanded')).toBe('false');

    // Lengths per zone class, as the index measured them (禁放区 x km · 限放区 y km).
    const road = places.places.find((p) => p.name === '钦州湾大道' && p.kind === 'road')!;
    const km = (m: number) => `${(m / 1000).toFixed(1)}\u00a0km`;
    const expected = `禁放区 ${km(road.lengths!.byAnswer.prohibited!)} · 限放区 ${km(road.lengths!.byAnswer.restricted!)}`;
    expect(await page.locator('.search__lengths').innerText()).toBe(expected);
    // A road is not a position: no verdict is invented for it.
    expect(await page.getAttribute('#verdict', 'data-status')).toBeNull();

    // The map loads (although it was below the fold), fits the road and draws it highlighted.
    await page.waitForSelector('.map[data-focus="road"]', { timeout: 30_000 });
    await mapSettled(page);
    expect(await page.locator('.map-focus').innerText()).toContain(`钦州湾大道 · ${expected}`);
    const shares = await colourShares(page, page.locator('.map canvas'), { highlight: '#f6a800' }, 12);
    expect(shares.highlight, 'highlighted road pixels').toBeGreaterThan(0.003);
    await page.locator('.map-panel').scrollIntoViewIfNeeded();
    await shot(page, 'search-road-on-map');

    // Clearing the highlight takes it off the map.
    await page.getByRole('button', { name: '取消高亮' }).click();
    await expect.poll(() => page.locator('.map').getAttribute('data-focus')).toBeNull();
  });

  it('what the search and the labels cost, as the browser fetches them (gzip), each within its budget', async () => {
    const { page } = await ctx();
    await page.goto(`${base}/?${AT}`);
    // The city view: its names include Latin and digits ("钦州保税港区(…)"), so the glyph range loads.
    await page.locator('.map-box').scrollIntoViewIfNeeded();
    await mapSettled(page);
    await typeInto(page, '钦州湾大道');
    await page.getByRole('option').first().click();
    const sizes = await page.evaluate(() =>
      Object.fromEntries(
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((e) => /PlaceSearch-.*\.(js|css)$|gcoord.*\.js$|places\.json$|\.pbf$|labels\.geojson$|error-bands\.geojson$/.test(e.name))
          .map((e) => [decodeURIComponent(new URL(e.name).pathname).replace(/-[\w-]{8}\./, '.'), e.encodedBodySize]),
      ),
    );
    console.log('search and labels, bytes on the wire (gzip):', JSON.stringify(sizes));
    const kb = 1024;
    // The search chunk, and gcoord (BD-09 Mercator links), shared with the in-page engine fallback.
    expect(sizes['/assets/PlaceSearch.js']! + (sizes['/assets/gcoord.esm-bundler.js'] ?? 0)).toBeLessThan(20 * kb);
    expect(sizes['/data/places.json']).toBeLessThan(12 * kb);
    expect(sizes['/fonts/Noto Sans Regular/0-255.pbf']).toBeLessThan(50 * kb);
    expect(sizes['/data/labels.geojson']).toBeLessThan(2 * kb);
    expect(sizes['/data/error-bands.geojson']).toBeLessThan(32 * kb);
  });

  it('pinyin "qinzhouwan" and initials "qzwdd" find 钦州湾大道', async () => {
    const { page } = await ctx();
    await page.goto(`${base}/?${AT}`);
    for (const q of ['qinzhouwan', 'qzwdd']) {
      await typeInto(page, q);
      await expect.poll(() => page.getByRole('option').first().innerText()).toContain('钦州湾大道');
    }
  });

  it('a zone is fitted and outlined; a county is found by pinyin', async () => {
    const { page } = await ctx();
    await page.goto(`${base}/?${AT}`);
    await typeInto(page, '主城区');
    await page.getByRole('option', { name: /主城区建成区/ }).click();
    await page.waitForSelector('.map[data-focus="area"]', { timeout: 30_000 });
    expect(await page.locator('.search__chosen').innerText()).toContain('禁放区');
    await typeInto(page, 'qinnan');
    await expect.poll(() => page.getByRole('option').first().innerText()).toContain('钦南区');
  });

  it('a ring road the map data lacks is found but never given a position', async () => {
    const { page } = await ctx();
    await page.goto(`${base}/?${AT}`);
    await typeInto(page, '乘风大道');
    const option = page.getByRole('option', { name: /乘风大道/ });
    expect(await option.innerText()).toContain('地图数据中没有这条路的位置');
    await option.click();
    expect(await page.locator('.search .note').innerText()).toBe('地图数据中没有这条路的位置（主城区建成区的边界在此为概略画出）。');
    expect(await page.getAttribute('#verdict', 'data-status')).toBeNull();
    expect(await page.locator('.map[data-focus]').count()).toBe(0);
  });

  it('pasting an 高德 link gives a GCJ-02 place and a verdict at once', async () => {
    const { page, context } = await ctx();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${base}/?${AT}`);
    await field(page).waitFor();
    await page.evaluate(() => navigator.clipboard.writeText('https://uri.amap.com/marker?position=108.63553,21.96228'));
    await field(page).focus();
    await page.keyboard.press('Control+V');
    expect(await statusOf(page)).toBe('banned');
    const current = await page.locator('.place__current').innerText();
    expect(current).toContain('粘贴的地点');
    expect(current).toContain('21.96228, 108.63553');
    expect(current).toContain('GCJ-02');
    expect(await page.locator('.search__chosen').innerText()).toContain('已按高德地图链接查询，坐标系 GCJ-02');
    // The engine converted GCJ-02 to WGS-84 (about 500 m here): the share link carries WGS-84.
    await page.getByRole('button', { name: '分享此查询' }).click();
    await expect.poll(() => page.locator('.share').innerText()).toContain('链接已复制');
    const shared = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    const dLat = Math.abs(Number(shared.searchParams.get('lat')) - 21.96228);
    const dLng = Math.abs(Number(shared.searchParams.get('lng')) - 108.63553);
    expect(dLat + dLng).toBeGreaterThan(0.003);
    expect(dLat + dLng).toBeLessThan(0.01);

    // Coordinates copied on two lines keep their line break as a separator (a text field would drop it).
    await page.evaluate(() => navigator.clipboard.writeText('纬度：22.10\n经度：108.60\n'));
    await field(page).fill('');
    await field(page).focus();
    await page.keyboard.press('Control+V');
    await expect.poll(() => page.locator('.place__current').innerText()).toContain('22.10000, 108.60000');
    // The engine answers a moment after the place line changes.
    await expect.poll(() => page.getAttribute('#verdict', 'data-status')).toBe('allowed');
    expect(await field(page).inputValue()).toBe('纬度：22.10 经度：108.60');
  });

  it('typed DMS and "108.63,21.965" give verdicts (the order inferred); bare numbers are flagged as WGS-84 with a GCJ-02 re-check', async () => {
    const { page } = await ctx();
    await page.goto(`${base}/?${AT}`);
    await typeInto(page, '21°57\'54"N 108°37\'48"E');
    expect(await page.getByRole('option').first().innerText()).toContain('度分秒');
    await page.keyboard.press('Enter');
    expect(await statusOf(page)).toBe('banned');
    expect(await page.locator('.place__current').innerText()).toContain('21.96500, 108.63000');

    await typeInto(page, '108.63,21.965');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.place__current').innerText()).toContain('21.96500, 108.63000');
    expect(await statusOf(page)).toBe('banned');
    expect(await page.locator('.search__assumed').innerText()).toContain('GCJ-02');
    await page.getByRole('button', { name: '改按 GCJ-02 查询' }).click();
    await expect.poll(() => page.locator('.place__current').innerText()).toContain('GCJ-02');
  });

  it('two numbers that fit either way are asked about; the chosen reading is checked', async () => {
    const { page } = await ctx();
    await page.goto(`${base}/?${AT}`);
    await typeInto(page, '30.5, 40.2');
    expect(await status(page)).toContain('哪个数是纬度');
    const options = page.getByRole('option');
    expect(await options.count()).toBe(2);
    expect(await options.nth(1).innerText()).toBe('纬度 40.20000，经度 30.50000');
    await options.nth(1).click();
    expect(await statusOf(page)).toBe('outside');
    expect(await page.locator('.place__current').innerText()).toContain('40.20000, 30.50000');
  });

  it('short links say they need the network; errors are one line in the page’s language, naming the field once', async () => {
    const { page } = await ctx();
    await page.goto(`${base}/?${AT}`);
    await typeInto(page, 'https://surl.amap.com/abc123');
    expect(await status(page)).toBe('高德短链接需要联网打开才知道位置；请在地图应用里复制坐标或完整链接。');
    await typeInto(page, '21.965');
    const zh = await status(page);
    expect(zh).toBe('搜索地点：只有一个数；坐标需要纬度和经度两个数，如 21.965, 108.63。');
    expect(await field(page).getAttribute('aria-invalid')).toBe('true');
    // "325" is one number, and also a road: the name wins.
    await typeInto(page, '325');
    await expect.poll(() => page.getByRole('option').first().innerText()).toContain('325国道');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.waitForSelector('html[lang=en]'); // the English words are a lazy chunk
    await typeInto(page, '21.965');
    const en = await status(page);
    expect(en).toBe('Search places: only one number; coordinates need a latitude and a longitude, e.g. 21.965, 108.63.');
    for (const line of [zh, en]) {
      expect(line).not.toContain('\n');
      expect(line.match(/搜索地点|Search places/g)).toHaveLength(1);
    }
    await typeInto(page, 'geo:21.9,108.6;crs=epsg3857');
    expect(await status(page)).toContain('coordinate system is not supported');
  });

  it('typed coordinates: a GCJ-02 hint, and each error in the page’s language naming the field once', async () => {
    const { page } = await ctx();
    await page.goto(`${base}/?${AT}`);
    expect(await page.locator('.coords__hint').innerText()).toContain('GCJ-02');
    const lat = page.locator('input[name=lat]');
    const lng = page.locator('input[name=lng]');
    const error = page.locator('.coords .note--error');
    await lat.fill('21.965,108.63');
    await page.getByRole('button', { name: '查询', exact: true }).click();
    expect(await error.innerText()).toBe('纬度只填一个数，如 21.965；整段坐标或地图链接请粘贴到上方“搜索地点”。');
    expect(await lat.getAttribute('aria-invalid')).toBe('true');
    await lat.fill('108.63');
    await lng.fill('21.965');
    await page.getByRole('button', { name: '查询', exact: true }).click();
    expect(await error.innerText()).toContain('纬度和经度是否填反了');
    // Full-width digits from a Chinese keyboard are read as digits.
    await lat.fill('２１.９６８');
    await lng.fill('１０８.６３２');
    await page.getByRole('button', { name: '查询', exact: true }).click();
    expect(await statusOf(page)).toBe('banned');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.waitForSelector('html[lang=en]'); // the English words are a lazy chunk
    await lat.fill('abc');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    const en = await error.innerText();
    expect(en).toBe('Latitude “abc” is not a number: expected decimal degrees, e.g. 21.965.');
    expect(en).not.toMatch(/lat:/);
  });
});
