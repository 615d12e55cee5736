/**
 * Patrol mode in a real browser with a moving position (context.setGeolocation) and a fixed
 * clock. Clock: fixNow() pins Date.now (what the verdict reads) with an init script instead of
 * page.clock, whose fake Date strips TZDate (microsoft/playwright#35314); timers stay real, and
 * the fix's age is counted on the monotonic performance.now clock, so staleness is real time.
 */
import { describe, expect, inject, it } from 'vitest';
import { browserPerFile, checkedPhones, fixNow, shot, statusOf, type Logged } from './browser';

const base = inject('baseUrl');
const RESTRICTED = { latitude: 22.1, longitude: 108.6, accuracy: 20 };
const MAIN_URBAN = { latitude: 21.968, longitude: 108.632, accuracy: 20 };
const SPRING_FESTIVAL_EVE = new Date('2019-02-04T12:00:00+08:00');

const browser = browserPerFile({ webgl: true });
const ctx = checkedPhones(browser);

/** A phone at a restricted-zone spot on 除夕, allowed to locate, recording vibrations and tones. */
async function patrolPhone(extra = {}) {
  const l = await ctx({ geolocation: RESTRICTED, ...extra });
  await l.context.grantPermissions(['geolocation']);
  await fixNow(l.page, SPRING_FESTIVAL_EVE);
  await l.page.addInitScript(() => {
    const w = window as unknown as { vibrations: unknown[]; tones: number };
    w.vibrations = [];
    w.tones = 0;
    Object.defineProperty(navigator, 'vibrate', { value: (p: unknown) => (w.vibrations.push(p), true), configurable: true });
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (this: OscillatorNode, ...a: [number?]) {
      w.tones++;
      return start.apply(this, a);
    };
  });
  return l;
}

const barStatus = (page: Logged['page']) => page.locator('.patrol').getAttribute('class');

describe('patrol mode', () => {
  it('follows the position with no tap: restricted → prohibited flips within 3 s, one alert, vibration; then the fix goes stale', async () => {
    const { page, context } = await patrolPhone();
    await page.goto(base + '/');
    await page.waitForSelector('#verdict');
    const toggle = page.getByRole('button', { name: '巡查模式' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await statusOf(page)).toBe('allowed');
    await expect.poll(() => barStatus(page)).toContain('verdict--allowed');
    expect(await page.getByRole('button', { name: '巡查模式' }).getAttribute('aria-pressed')).toBe('true');
    // The bar says how far the nearest relevant boundary is, and the fix's accuracy and age.
    expect(await page.textContent('.patrol__facts')).toMatch(/距边界约 \d+ 米/);
    expect(await page.textContent('.patrol__fix')).toMatch(/定位 ±20 米 · (刚刚|\d+ 秒前)/);
    // Sound on (a tap, as browsers require for audio): a confirmation tone.
    await page.getByRole('button', { name: '提示音' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { tones: number }).tones)).toBeGreaterThan(0);
    const tonesBefore = await page.evaluate(() => (window as unknown as { tones: number }).tones);
    expect(await page.locator('.patrol-alert').count()).toBe(0);
    await shot(page, 'patrol-restricted');

    const t0 = Date.now();
    await context.setGeolocation(MAIN_URBAN);
    await page.waitForSelector('#verdict[data-status=banned]', { timeout: 3000 });
    const flipMs = Date.now() - t0;
    console.log(`patrol: verdict flipped ${flipMs} ms after the position moved`);
    expect(flipMs).toBeLessThan(3000);
    const alert = page.getByRole('alert').filter({ hasText: '禁放区' });
    await expect.poll(() => alert.textContent(), { timeout: 3000 }).toContain('已进入禁放区（主城区建成区）');
    expect(await alert.textContent()).toContain('禁止燃放');
    expect(await page.evaluate(() => (window as unknown as { vibrations: unknown[] }).vibrations.length)).toBe(1);
    await expect.poll(() => page.evaluate(() => (window as unknown as { tones: number }).tones)).toBeGreaterThan(tonesBefore);
    await expect.poll(() => barStatus(page)).toContain('verdict--banned');
    await shot(page, 'patrol-alert');
    // Scrolled far down, the bar is still on screen.
    await page.locator('.map-box').scrollIntoViewIfNeeded();
    const bar = (await page.locator('.patrol').boundingBox())!;
    expect(bar.y).toBeGreaterThanOrEqual(-1);
    expect(bar.y).toBeLessThan(10);
    await shot(page, 'patrol-sticky-scrolled');

    // Another fix deeper inside: the verdict follows, no new alert (once per event).
    await context.setGeolocation({ latitude: 21.97, longitude: 108.63, accuracy: 15 });
    await expect.poll(() => page.textContent('.patrol__fix')).toContain('±15 米');
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as unknown as { vibrations: unknown[] }).vibrations.length)).toBe(1);

    // No new fix for more than 15 s: flagged as stale, in words.
    await expect.poll(() => page.getAttribute('.patrol', 'data-stale'), { timeout: 25_000, interval: 1000 }).toBe('true');
    expect(await page.textContent('.patrol')).toContain('定位已过时');
    expect(await page.textContent('.patrol__note')).toContain('已超过 15 秒没有新的定位');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'patrol-stale');

    // Off again: the toggle is back in the tools row, the bar is gone.
    await page.getByRole('button', { name: '巡查模式' }).click();
    await expect.poll(() => page.locator('.patrol').count()).toBe(0);
    expect(await page.getByRole('button', { name: '巡查模式' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('at the 东环路 boundary: near once, entered once, and a fix jittering back across raises nothing', async () => {
    // 东环路 is traced from OSM (error bound 30 m), so the warning distance is max(10, 30, 50) = 50 m.
    const { page, context } = await patrolPhone({ geolocation: { latitude: 21.968, longitude: 108.69, accuracy: 10 } });
    await page.goto(base + '/');
    await page.getByRole('button', { name: '巡查模式' }).click();
    await expect.poll(() => barStatus(page)).toContain('verdict--allowed');
    expect(await page.textContent('.patrol__facts')).toMatch(/距边界约 2000 米（东环路）/);
    const alerts = () => page.locator('.patrol-alert').getAttribute('data-kind');
    await context.setGeolocation({ latitude: 21.968, longitude: 108.6705, accuracy: 10 });
    await expect.poll(() => alerts()).toBe('near');
    expect(await page.textContent('.patrol-alert')).toMatch(/靠近边界：距“东环路”约 2\d 米（警示范围 50 米）/);
    await shot(page, 'patrol-near-boundary');
    await context.setGeolocation({ latitude: 21.968, longitude: 108.67, accuracy: 10 });
    await expect.poll(() => alerts()).toBe('entered');
    // Jitter: back out and in again within the band — the verdict follows, no alert sounds.
    for (const lng of [108.6704, 108.6701, 108.6704]) {
      await context.setGeolocation({ latitude: 21.968, longitude: lng, accuracy: 10 });
      await page.waitForTimeout(1300);
    }
    await expect.poll(() => page.getAttribute('#verdict', 'data-status')).toBe('allowed');
    expect(await alerts()).toBe('entered');
    expect(await page.evaluate(() => (window as unknown as { vibrations: unknown[] }).vibrations.length)).toBe(2);
  });

  it('keeps the screen on, stops locating while the page is hidden, and re-acquires both when it is shown', async () => {
    const { page, context } = await patrolPhone();
    // Stand-ins the test can observe: a Wake Lock that the "browser" drops when the page hides
    // (as real ones do), a visibility the test sets, and counters on the real geolocation.
    await page.addInitScript(() => {
      const w = window as unknown as { locks: number; watches: number; clears: number; hidden: boolean };
      Object.assign(w, { locks: 0, watches: 0, clears: 0, hidden: false });
      const held = new Set<EventTarget>();
      Object.defineProperty(navigator, 'wakeLock', {
        configurable: true,
        value: {
          request: async () => {
            w.locks++;
            const s = Object.assign(new EventTarget(), { released: false, type: 'screen', release: async () => void s.dispatchEvent(new Event('release')) });
            held.add(s);
            return s;
          },
        },
      });
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (w.hidden ? 'hidden' : 'visible') });
      document.addEventListener('visibilitychange', () => {
        if (w.hidden) for (const s of held) s.dispatchEvent(new Event('release'));
        if (w.hidden) held.clear();
      }, true);
      const g = Geolocation.prototype;
      const watch = g.watchPosition;
      const clear = g.clearWatch;
      g.watchPosition = function (this: Geolocation, ...a: Parameters<Geolocation['watchPosition']>) {
        w.watches++;
        return watch.apply(this, a);
      };
      g.clearWatch = function (this: Geolocation, id: number) {
        w.clears++;
        return clear.call(this, id);
      };
    });
    type W = { locks: number; watches: number; clears: number };
    const counts = () => page.evaluate(() => { const w = window as unknown as W; return { locks: w.locks, watches: w.watches, clears: w.clears }; });
    const setHidden = (hidden: boolean) => page.evaluate((h) => {
      (window as unknown as { hidden: boolean }).hidden = h;
      document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);
    await page.goto(base + '/');
    await page.getByRole('button', { name: '巡查模式' }).click();
    await expect.poll(() => page.textContent('.patrol')).toContain('屏幕常亮');
    expect(await counts()).toEqual({ locks: 1, watches: 1, clears: 0 });
    await setHidden(true);
    await expect.poll(() => page.textContent('.patrol')).toContain('已暂停定位');
    expect(await counts()).toEqual({ locks: 1, watches: 1, clears: 1 });
    // While hidden, a new position is neither received nor evaluated.
    await context.setGeolocation(MAIN_URBAN);
    await page.waitForTimeout(1500);
    expect(await page.getAttribute('#verdict', 'data-status')).toBe('allowed');
    await setHidden(false);
    await expect.poll(() => counts()).toEqual({ locks: 2, watches: 2, clears: 1 });
    await page.waitForSelector('#verdict[data-status=banned]', { timeout: 3000 });
    await expect.poll(() => page.textContent('.patrol')).toContain('屏幕常亮');
  });

  it('denied geolocation: patrol mode says why it cannot follow, nothing breaks', async () => {
    const l = await ctx();
    await l.context.clearPermissions();
    await l.page.goto(base + '/?lat=22.10&lng=108.60&at=2019-02-04T12:00:00%2B08:00');
    await statusOf(l.page);
    await l.page.getByRole('button', { name: '巡查模式' }).click();
    await expect.poll(() => l.page.textContent('.patrol')).toContain('定位权限被拒绝');
  });

  it('200 % text: the sticky bar wraps and keeps status, zone, distance and the toggle on screen', async () => {
    const { page, context } = await patrolPhone({ bypassCSP: true });
    await page.goto(base + '/');
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    await page.getByRole('button', { name: '巡查模式' }).click();
    await expect.poll(() => barStatus(page)).toContain('verdict--allowed');
    await context.setGeolocation(MAIN_URBAN);
    await expect.poll(() => barStatus(page)).toContain('verdict--banned');
    await page.locator('.map-box').scrollIntoViewIfNeeded();
    const bar = (await page.locator('.patrol').boundingBox())!;
    expect(bar.width).toBeLessThanOrEqual(390);
    const toggle = (await page.locator('.patrol .patrol-toggle').boundingBox())!;
    expect(toggle.x + toggle.width).toBeLessThanOrEqual(390);
    expect(toggle.y + toggle.height).toBeLessThanOrEqual(844);
    // No horizontal scrolling at 200 %.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, 'patrol-text-200');
  });

  it('320 px wide: the bar and the alert fit without horizontal scrolling', async () => {
    const { page, context } = await patrolPhone({ viewport: { width: 320, height: 640 } });
    await page.goto(base + '/');
    await page.getByRole('button', { name: '巡查模式' }).click();
    await expect.poll(() => barStatus(page)).toContain('verdict--allowed');
    await context.setGeolocation(MAIN_URBAN);
    await expect.poll(() => page.locator('.patrol-alert').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const bar = (await page.locator('.patrol').boundingBox())!;
    expect(bar.height).toBeLessThan(640 * 0.66);
    await shot(page, 'patrol-320');
  });
});
