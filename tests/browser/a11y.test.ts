/** axe-core: zero violations (WCAG 2.1 A/AA) on the main states, in both languages. */
import { describe, expect, inject, it } from 'vitest';
import { axe, browserPerFile, phone } from './browser';

const base = inject('baseUrl');
const browser = browserPerFile({ webgl: true });

describe('accessibility', () => {
  for (const [name, query] of [
    ['empty start', ''],
    ['banned, details open, map loaded', '?lat=21.968&lng=108.632&at=2019-02-10T20:00:00%2B08:00'],
    ['allowed, English', '?lat=22.10&lng=108.60&at=2019-02-04T12:00:00%2B08:00&lang=en'],
    ['bad parameter', '?lat=abc&lng=108.6'],
    ['embed', '?lat=21.968&lng=108.632&at=2019-02-10T20:00:00%2B08:00&embed=1'],
  ] as const) {
    it(`axe: ${name}`, async () => {
      // axe is injected as an inline script, which our own CSP rightly forbids: bypass it for the audit only.
      const { page, context, external } = await phone(browser(), { bypassCSP: true });
      await page.goto(base + '/' + query);
      await page.waitForSelector('#verdict');
      if (query && !query.includes('embed')) {
        await page.waitForSelector('#verdict[data-status], .note--error');
      }
      if (name.includes('details')) {
        await page.locator('.verdict__more summary').click();
        await page.locator('.map-box').scrollIntoViewIfNeeded();
        await page.waitForSelector('.map[data-loaded="true"]', { timeout: 30_000 });
      }
      expect(await axe(page)).toEqual([]);
      await context.close();
      expect(external).toEqual([]);
    });
  }

  it('axe: About dialog open; Escape closes it and focus returns to the page', async () => {
    const { page, context } = await phone(browser(), { bypassCSP: true });
    await page.goto(base + '/?lat=22.10&lng=108.60&at=2019-02-04T12:00:00%2B08:00');
    await page.waitForSelector('#verdict[data-status]');
    await page.getByRole('button', { name: '关于' }).first().click();
    await page.getByRole('dialog').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('关于');
    await context.close();
  });

  it('reduced motion: no animation or transition runs anywhere', async () => {
    const { page, context } = await phone(browser(), { reducedMotion: 'reduce' });
    await page.goto(base + '/?lat=21.968&lng=108.632&at=2019-02-10T20:00:00%2B08:00');
    await page.waitForSelector('#verdict[data-status]');
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll('*')].filter((el) => {
        const cs = getComputedStyle(el);
        const secs = (v: string) => Math.max(...v.split(',').map((x) => parseFloat(x) * (x.trim().endsWith('ms') ? 0.001 : 1)));
        return secs(cs.animationDuration) > 0.01 || secs(cs.transitionDuration) > 0.01;
      }).length,
    );
    expect(moving).toBe(0);
    await context.close();
  });

  it('keyboard: Tab reaches the position button, the mode toggle and the coordinate form', async () => {
    const { page, context } = await phone(browser(), { isMobile: false, hasTouch: false });
    await page.goto(base + '/');
    // The controls below the card render once the zone data is in; Tab presses before that only
    // cycle through the header (on a busy machine, enough of them to miss the form).
    await page.waitForSelector('input[name=lat]');
    const seen = new Set<string>();
    for (let i = 0; i < 35; i++) {
      await page.keyboard.press('Tab');
      seen.add(await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return `${el?.tagName}:${el?.getAttribute('name') ?? el?.textContent?.trim().slice(0, 12) ?? ''}`;
      }));
    }
    const all = [...seen].join('|');
    expect(all).toContain('使用我的位置');
    expect(all).toContain('INPUT:lat');
    expect(all).toContain('INPUT:crs');
    // Typing coordinates and pressing Enter answers without a pointer.
    await page.focus('input[name=lat]');
    await page.keyboard.type('22.10');
    await page.focus('input[name=lng]');
    await page.keyboard.type('108.60');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#verdict[data-status]');
    await context.close();
  });

  it('text scales: at 200 % the page has no horizontal scroll', async () => {
    const { page, context } = await phone(browser());
    await page.goto(base + '/?lat=21.968&lng=108.632&at=2019-02-10T20:00:00%2B08:00');
    await page.waitForSelector('#verdict[data-status]');
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' }).catch(() => {});
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
