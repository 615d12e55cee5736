/**
 * Any screen, any light: the dark theme (and axe in both themes, search results open, map
 * loaded), 200 % text at 390 and 320 px without a clipped field, a verdict word broken one
 * character per line or overlapping season-strip labels, and landscape with the verdict and the
 * map side by side.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, browserPerFile, checkedPhones, shot, showSeason, statusOf } from './browser';
import { mapSettled } from './pixels';

const base = inject('baseUrl');
const BANNED = '?lat=21.968&lng=108.632&at=2019-02-10T20:00:00%2B08:00';

const browser = browserPerFile({ webgl: true });
const ctx = checkedPhones(browser, { reducedMotion: 'reduce' });

/** Every text field, select and date-time field whose content is wider than the field itself. */
function clippedFields(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input:not([type=radio]):not([type=checkbox]), select')]
      .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.name || el.id}: ${el.scrollWidth} > ${el.clientWidth}`),
  );
}

/** Lines the verdict word takes (one character per line is what 200 % text used to do). */
function verdictWordLines(page: Page) {
  return page.evaluate(() => {
    const r = document.createRange();
    r.selectNodeContents(document.querySelector('#verdict-word')!);
    return new Set([...r.getClientRects()].map((c) => Math.round(c.top))).size;
  });
}

/** Pairs of season-strip axis labels that overlap (by more than a pixel either way). */
function overlappingAxisLabels(page: Page) {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll('.axis__label')].map((e) => ({ text: e.textContent, r: e.getBoundingClientRect() }));
    const pairs: string[] = [];
    labels.forEach((a, i) =>
      labels.slice(i + 1).forEach((b) => {
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 1 && h > 1) pairs.push(`${a.text} / ${b.text}`);
      }),
    );
    return pairs;
  });
}

/** Edge-aligned axis labels (the period's first and last days) not flush with the strip's edge they belong to. */
function edgeLabelsOffStrip(page: Page) {
  return page.evaluate(() => {
    const strip = document.querySelector('.season .strip')!.getBoundingClientRect();
    const off: string[] = [];
    for (const e of document.querySelectorAll('.axis__label--start')) if (Math.abs(e.getBoundingClientRect().left - strip.left) > 1) off.push(`${e.textContent} start`);
    for (const e of document.querySelectorAll('.axis__label--end')) if (Math.abs(e.getBoundingClientRect().right - strip.right) > 1) off.push(`${e.textContent} end`);
    return off;
  });
}

async function fillEverything(page: Page) {
  await page.getByRole('radio', { name: '指定时间' }).check();
  await page.locator('input[name=lat]').fill('21.96800');
  await page.locator('input[name=lng]').fill('108.63200');
}

describe('layout and themes', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`axe: 0 violations in the ${scheme} theme with search results open and the map loaded`, async () => {
      // axe is injected as an inline script, which our own CSP rightly forbids: bypass it for the audit only.
      const { page } = await ctx({ colorScheme: scheme, bypassCSP: true });
      await page.goto(base + '/' + BANNED);
      await statusOf(page);
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      await page.locator('.map-box').scrollIntoViewIfNeeded();
      await mapSettled(page);
      const search = page.getByRole('combobox', { name: /搜索地点/ });
      await search.click();
      await search.pressSequentially('钦州', { delay: 10 });
      await page.getByRole('option').first().waitFor();
      await page.keyboard.press('ArrowDown');
      expect(await axe(page)).toEqual([]);
      if (scheme === 'dark') await shot(page, 'dark-search-results');
      // The chosen road with its lengths, and the caption under the map.
      await page.keyboard.press('Enter');
      await page.waitForSelector('.map-focus');
      expect(await axe(page)).toEqual([]);
      if (scheme === 'dark') {
        await page.evaluate(() => scrollTo(0, 0));
        await shot(page, 'dark-theme');
      }
    });
  }

  for (const width of [390, 320]) {
    it(`200 % text at ${width} px: no field narrower than its content, the verdict word on one line, no sideways scroll`, async () => {
      const { page } = await ctx({ viewport: { width, height: 844 } });
      await page.goto(base + '/' + BANNED);
      await statusOf(page);
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      await fillEverything(page);
      // A name as people type it (a pasted link scrolls inside the field like any text; the
      // coordinate fields must show their whole value).
      await page.getByRole('combobox', { name: /搜索地点/ }).fill('钦州湾大道');
      expect(await clippedFields(page)).toEqual([]);
      expect(await verdictWordLines(page)).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      // The season strip's labels take more rows at this size instead of running into each other.
      await showSeason(page);
      await expect.poll(() => page.locator('.axis__label').count()).toBeGreaterThan(5);
      // Settled within a frame or two of the text change (the strip re-measures itself), then kept.
      await expect.poll(() => overlappingAxisLabels(page), { timeout: 3000 }).toEqual([]);
      await page.waitForTimeout(300);
      expect(await overlappingAxisLabels(page)).toEqual([]);
      // The first and last days' labels are aligned to the strip's edges, as their rows were laid out.
      expect(await page.locator('.axis__label--start, .axis__label--end').count()).toBeGreaterThan(0);
      expect(await edgeLabelsOffStrip(page)).toEqual([]);
      await page.evaluate(() => scrollTo(0, 0));
      await shot(page, `text-200-${width}`);
    });
  }

  it('320 px at 100 % text: nothing clipped, no sideways scroll', async () => {
    const { page } = await ctx({ viewport: { width: 320, height: 640 } });
    await page.goto(base + '/' + BANNED);
    await statusOf(page);
    await fillEverything(page);
    expect(await clippedFields(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await shot(page, 'width-320');
  });

  it('landscape: the verdict and the map side by side, both on the first screen', async () => {
    const { page } = await ctx({ viewport: { width: 844, height: 390 } });
    await page.goto(base + '/' + BANNED);
    await statusOf(page);
    await mapSettled(page);
    const verdict = (await page.locator('#verdict').boundingBox())!;
    const map = (await page.locator('.map-box').boundingBox())!;
    expect(map.x).toBeGreaterThanOrEqual(verdict.x + verdict.width);
    expect(verdict.y).toBeLessThan(390);
    expect(map.y).toBeLessThan(390);
    expect(map.y + map.height).toBeLessThanOrEqual(390);
    // Scrolling the answer's column keeps the map in view (sticky).
    await page.evaluate(() => scrollTo(0, 600));
    const after = (await page.locator('.map-box').boundingBox())!;
    expect(after.y).toBeGreaterThanOrEqual(0);
    expect(after.y + after.height).toBeLessThanOrEqual(390);
    await page.evaluate(() => scrollTo(0, 0));
    await shot(page, 'landscape');
  });
});
