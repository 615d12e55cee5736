/** The answer in a real browser at phone size: geolocation, chosen times, the map tap. */
import { describe, expect, inject, it } from 'vitest';
import { browserPerFile, fixNow, phonesPerTest, shot, showSeason, statusOf } from './browser';

const base = inject('baseUrl');
const INSIDE_MAIN_URBAN = { latitude: 21.968, longitude: 108.632, accuracy: 35 };

const browser = browserPerFile({ webgl: true });
// No request may leave the local server and no console error may appear, in any test.
const ctx = phonesPerTest(browser);

describe('verdict', () => {
  it('mocked position inside 一(一) during the 2019 period (live "now" clock) → banned, with the article', async () => {
    const { page, context } = await ctx({ geolocation: INSIDE_MAIN_URBAN });
    await context.grantPermissions(['geolocation']);
    await fixNow(page, new Date('2019-02-10T20:00:00+08:00'));
    await page.goto(base + '/');
    await page.getByRole('button', { name: '使用我的位置' }).click();
    expect(await statusOf(page)).toBe('banned');
    await expect.poll(() => page.textContent('#verdict-word')).toBe('禁止燃放');
    const zone = await page.textContent('.verdict__zone');
    expect(zone).toContain('禁放区');
    expect(zone).toContain('一(一)');
    const cite = await page.textContent('.verdict__article cite');
    expect(cite).toContain('钦政规〔2019〕1号');
    expect((await page.textContent('.verdict__article blockquote'))!.length).toBeGreaterThan(10);
    // China time on screen although the browser runs in New York.
    expect(await page.textContent('.time__now')).toContain('2019-02-10 20:00');
    expect(await page.textContent('.place__current')).toContain('±35');
    // The land-temple / ancestral-hall exception is among the reasons inside 一(一).
    await page.getByText('全文及其他规定').click();
    expect(await page.textContent('.verdict__more')).toMatch(/土地庙|祠堂/);
    await shot(page, 'phone-banned-main-urban');
  });

  it('restricted zone at 2019-02-04 12:00 (除夕) → allowed, with the window end', async () => {
    const { page } = await ctx();
    await page.goto(base + '/?lat=22.10&lng=108.60&at=2019-02-04T12:00:00%2B08:00');
    expect(await statusOf(page)).toBe('allowed');
    expect(await page.textContent('#verdict-word')).toBe('可以燃放');
    expect(await page.textContent('.verdict__zone')).toContain('限放区');
    expect(await page.textContent('.verdict__when')).toContain('允许燃放至 2019年2月5日（正月初一）24:00');
    // The season strip lists 除夕–初一 and the daily 06:00–24:00 run.
    await showSeason(page);
    const season = await page.textContent('.season');
    expect(season).toContain('06:00–24:00');
    await shot(page, 'phone-allowed-restricted');
  });

  it('a chosen time keeps its seconds: 05:59:59 on 正月初二 banned, 06:00 allowed', async () => {
    const { page } = await ctx();
    await page.goto(base + '/?lat=22.10&lng=108.60&at=2019-02-06T12:00:00%2B08:00');
    expect(await statusOf(page)).toBe('allowed');
    const input = page.getByLabel('日期和时间（北京时间）');
    await input.fill('2019-02-06T05:59:59');
    await expect.poll(() => page.getAttribute('#verdict', 'data-status')).toBe('banned');
    // The field shows the instant that was judged, seconds included.
    expect(await input.inputValue()).toBe('2019-02-06T05:59:59');
    await input.fill('2019-02-06T06:00');
    await expect.poll(() => page.getAttribute('#verdict', 'data-status')).toBe('allowed');
    expect(await input.inputValue()).toBe('2019-02-06T06:00');
  });

  it('English toggle keeps the verdict and translates the chrome', async () => {
    const { page } = await ctx();
    await page.goto(base + '/?lat=22.10&lng=108.60&at=2019-02-04T12:00:00%2B08:00');
    await statusOf(page);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    // The English words are a lazy chunk: the page switches once it is in.
    await page.waitForSelector('html[lang=en]');
    expect(await page.textContent('#verdict-word')).toBe('Allowed');
    // The article stays verbatim in Chinese, with an unofficial English summary under it.
    expect(await page.getAttribute('.verdict__article blockquote', 'lang')).toBe('zh-CN');
    expect(await page.textContent('.verdict__article .gloss')).toContain('In the restricted zone');
    await shot(page, 'phone-allowed-english');
  });

  it('geolocation denied → a clear message; then a map tap answers', async () => {
    const { page, context } = await ctx();
    await context.clearPermissions();
    await page.goto(base + '/?at=2019-02-10T20:00:00%2B08:00');
    await page.getByRole('button', { name: '使用我的位置' }).click();
    await expect.poll(() => page.locator('.geo-error').textContent()).toContain('定位权限被拒绝');
    await page.locator('.map-box').scrollIntoViewIfNeeded();
    const state = await page.waitForFunction(() => {
      const s = document.querySelector('.map-box')?.getAttribute('data-map-state');
      return s === 'ready' || s === 'no-webgl' || s === 'failed' ? s : null;
    }, undefined, { timeout: 30_000 });
    expect(await state.jsonValue()).toBe('ready');
    await page.waitForSelector('.map[data-loaded="true"]', { timeout: 30_000 });
    const box = (await page.locator('.map canvas').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const status = await statusOf(page);
    expect(['banned', 'allowed', 'county-rules', 'outside']).toContain(status);
    expect(await page.textContent('.place__current')).toContain('地图点选');
    // The answer is repeated over the map, where the finger is.
    expect(await page.textContent('.map-chip')).toContain(await page.textContent('#verdict-word'));
    // Keyboard: focus the map, pan with an arrow key, Enter checks the new centre.
    const before = await page.textContent('.place__current');
    await page.focus('.map canvas');
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(600);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('.place__current')).not.toBe(before);
    await page.waitForTimeout(500);
    await shot(page, 'phone-denied-then-map-tap');
  });

  it('no WebGL → the verdict still answers and the map says why it is missing', async () => {
    const { page } = await ctx();
    await page.addInitScript(() => {
      const orig = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (/webgl/.test(type)) return null;
        return (orig as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof orig;
    });
    await page.goto(base + '/?lat=21.968&lng=108.632&at=2019-02-10T20:00:00%2B08:00');
    expect(await statusOf(page)).toBe('banned');
    await page.locator('.map-box').scrollIntoViewIfNeeded();
    await expect.poll(() => page.getAttribute('.map-box', 'data-map-state')).toBe('no-webgl');
    expect(await page.textContent('.map-box')).toContain('WebGL');
    await shot(page, 'phone-no-webgl');
  });

  it('About shows the notice text, the data version and the ODbL attribution', async () => {
    const { page } = await ctx();
    await page.goto(base + '/?lat=22.10&lng=108.60&at=2019-02-04T12:00:00%2B08:00');
    await statusOf(page);
    await page.getByRole('button', { name: '关于' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const text = (await dialog.textContent())!;
    expect(text).toContain('钦州市人民政府关于禁止和限制燃放烟花爆竹的通告');
    expect(text).toContain('限放区域内，在2019年2月1日至2月28日期间');
    expect(text).toContain('OpenStreetMap');
    expect(text).toContain('ODbL');
    expect(text).toMatch(/数据版本\s*[0-9a-f]{12}/);
    await shot(page, 'phone-about');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('share copies a link that reopens the same answer', async () => {
    const { page, context } = await ctx();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(base + '/?lat=21.968&lng=108.632&crs=wgs84&at=2019-02-10T20:00:00%2B08:00');
    const first = await statusOf(page);
    await page.getByRole('button', { name: '分享此查询' }).click();
    await expect.poll(() => page.locator('.share').textContent()).toContain('链接已复制');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('lat=21.968000');
    expect(link).toContain('at=2019-02-10T20%3A00%3A00%2B08%3A00');
    await page.goto(link);
    expect(await statusOf(page)).toBe(first);
  });

  it('"now" outside any notice, projection off (project=0): says so; ticking the box projects, labelled', async () => {
    const { page } = await ctx();
    await fixNow(page, new Date('2027-02-08T21:00:00+08:00'));
    await page.goto(base + '/?lat=22.10&lng=108.60&project=0');
    expect(await statusOf(page)).toBe('no-notice');
    await showSeason(page);
    expect(await page.textContent('.season')).toContain('没有涵盖2027年的通告');
    await page.getByLabel('按钦政规〔2019〕1号的规律推算没有通告的年份').check();
    await expect.poll(() => page.getAttribute('#verdict', 'data-status')).not.toBe('no-notice');
    expect(await page.textContent('.note--projected')).toContain('推算');
    expect(await page.textContent('.season')).toContain('推算期间');
    await shot(page, 'phone-2027-projected');
  });
});
