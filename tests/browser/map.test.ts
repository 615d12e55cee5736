/**
 * A map a person can read, measured on real renders (software WebGL) at phone size: water,
 * error bands and names at city zoom; road names, the chosen point and its accuracy circle at
 * street zoom; a scale bar and a locate button; the touch drag hint; the dark palette; glyphs
 * from this origin only. Colours are the light and dark themes' --map-* values (styles.css).
 */
import { describe, expect, inject, it } from 'vitest';
import { browserPerFile, checkedPhones, shot, statusOf, type Logged } from './browser';
import { colourShares, mapSettled } from './pixels';

const base = inject('baseUrl');
const AT = 'at=2019-02-10T20:00:00%2B08:00';
/** `top` drawn at `opacity` over `under`, as the map composes its translucent water. */
function over(top: string, under: string, opacity: number): string {
  const c = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return '#' + [0, 1, 2].map((i) => Math.round(opacity * c(top, i) + (1 - opacity) * c(under, i)).toString(16).padStart(2, '0')).join('');
}
const WATER_OPACITY = 0.85; // src/map/style.ts
const LIGHT = {
  water: over('#a9cde6', '#f3f0e8', WATER_OPACITY),
  band: '#f2dcc0',
  zoneLabel: '#8c1d18',
  roadLabel: '#2b2a28',
  position: '#1a5fb4',
};
const DARK = { land: '#1e2023', water: over('#1d3a55', '#1e2023', WATER_OPACITY) };

const browser = browserPerFile({ webgl: true });
const ctx = checkedPhones(browser, { reducedMotion: 'reduce' });

const glyphRequests = (l: Logged) => l.requests.map((r) => new URL(r.url).pathname).filter((p) => p.startsWith('/fonts/'));

describe('readable map', () => {
  it('city zoom: the sea and bays, error bands, zone and county names, a scale bar — glyphs from this origin only', async () => {
    const l = await ctx();
    const { page } = l;
    await page.goto(`${base}/?${AT}`);
    await page.locator('.map-box').scrollIntoViewIfNeeded();
    await mapSettled(page);
    const map = page.locator('.map canvas');
    const shares = await colourShares(page, map, LIGHT);
    expect(shares.water, 'water').toBeGreaterThan(0.05);
    expect(shares.band, 'error bands').toBeGreaterThan(0.01);
    expect(shares.zoneLabel, 'zone names').toBeGreaterThan(0.0003);
    // Names in CJK are drawn by the device; digits and Latin come from the one self-hosted range.
    expect(glyphRequests(l)).toEqual(['/fonts/Noto%20Sans%20Regular/0-255.pbf']);
    expect(await page.locator('.maplibregl-ctrl-scale').innerText()).toMatch(/^\d+\s(公里|米)$/);
    expect(await page.getByRole('button', { name: '放大' }).count()).toBe(1);
    await page.locator('.map-panel').scrollIntoViewIfNeeded();
    await shot(page, 'map-city');
  });

  it('street zoom (z14, the port): road names, water, an error band, the chosen point and its accuracy circle', async () => {
    const { page } = await ctx();
    // In 金鼓江作业区, where 孔雀大道 meets 滨海公路 by the water.
    await page.goto(`${base}/?lat=21.74&lng=108.645&accuracy=60&${AT}`);
    expect(await statusOf(page)).toBe('banned');
    await page.locator('.map-box').scrollIntoViewIfNeeded();
    await mapSettled(page);
    // The map opens at z13 on the place; one step in.
    await page.getByRole('button', { name: '放大' }).click();
    await page.waitForSelector('.map[data-idle="true"]');
    const shares = await colourShares(page, page.locator('.map canvas'), LIGHT);
    expect(shares.roadLabel, 'road names').toBeGreaterThan(0.0005);
    expect(shares.water, 'water').toBeGreaterThan(0.02);
    expect(shares.band, 'error band').toBeGreaterThan(0.02);
    expect(shares.position, 'the chosen point').toBeGreaterThan(0.0003);
    expect(await page.locator('.maplibregl-ctrl-scale').innerText()).toMatch(/米$/);
    await page.locator('.map-panel').scrollIntoViewIfNeeded();
    await shot(page, 'map-street');
  });

  it('the locate button on the map checks the device position; one finger on the map shows "双指移动地图"', async () => {
    const { page, context } = await ctx({ geolocation: { latitude: 22.1, longitude: 108.6, accuracy: 40 } });
    await context.grantPermissions(['geolocation']);
    await page.goto(`${base}/?${AT}`);
    await page.locator('.map-box').scrollIntoViewIfNeeded();
    await mapSettled(page);
    await page.getByRole('button', { name: '定位到我的位置' }).click();
    expect(await statusOf(page)).toBe('allowed');
    expect(await page.locator('.place__current').innerText()).toContain('我的位置');

    // A one-finger drag is a page scroll; the map says how to move it.
    await page.evaluate(() => {
      const screen = document.querySelector('.maplibregl-cooperative-gesture-screen')!;
      new MutationObserver(() => {
        if (screen.classList.contains('maplibregl-show')) (window as unknown as { hinted: boolean }).hinted = true;
      }).observe(screen, { attributes: true });
    });
    const cdp = await context.newCDPSession(page);
    await page.locator('.map-box').scrollIntoViewIfNeeded();
    const box = (await page.locator('.map canvas').boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 5; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - i * 15 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    expect(await page.evaluate(() => (window as unknown as { hinted?: boolean }).hinted)).toBe(true);
    const hint = page.locator('.maplibregl-mobile-message');
    expect(await hint.textContent()).toBe('双指移动地图');
    expect(await hint.evaluate((el) => getComputedStyle(el).display)).toBe('block');
    expect(await page.locator('.maplibregl-desktop-message').evaluate((el) => getComputedStyle(el).display)).toBe('none');
  });

  it('dark theme: the map is drawn in the dark palette', async () => {
    const { page } = await ctx({ colorScheme: 'dark' });
    await page.goto(`${base}/?lat=21.75&lng=108.6&${AT}`);
    await statusOf(page);
    await page.locator('.map-box').scrollIntoViewIfNeeded();
    await mapSettled(page);
    const shares = await colourShares(page, page.locator('.map canvas'), { ...DARK, lightLand: '#f3f0e8' });
    expect(shares.land + shares.water, 'dark land and water').toBeGreaterThan(0.2);
    expect(shares.lightLand, 'no light land').toBeLessThan(0.01);
    await page.locator('.map-panel').scrollIntoViewIfNeeded();
    await shot(page, 'map-dark');
  });
});
