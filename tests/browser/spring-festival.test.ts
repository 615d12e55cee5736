/**
 * The coming Spring Festival answered by default (issue 7), in real chromium at 390×844 with the
 * live clock in "now" mode: a village (22.15, 108.45) and the city (21.965, 108.63) on 除夕 2027
 * 20:00 and on 2026-12-01, projection on by default and off with project=0 or the checkbox
 * (remembered), and the live verdict flipping within a second of every edge it crosses.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserPerFile, phonesPerTest, shiftNow, shot, showSeason, statusOf } from './browser';

const base = inject('baseUrl');
const VILLAGE = 'lat=22.15&lng=108.45';
const CITY = 'lat=21.965&lng=108.63';
const EVE = new Date('2027-02-05T20:00:00+08:00');
const DECEMBER = new Date('2026-12-01T12:00:00+08:00');

const browser = browserPerFile();
const phone = phonesPerTest(browser);
async function at(when: Date, query: string, extra = {}): Promise<Page> {
  const l = await phone(extra);
  await shiftNow(l.page, when);
  await l.page.goto(`${base}/?${query}`);
  await statusOf(l.page);
  return l.page;
}
const text = (page: Page, sel: string) => page.locator(sel).first().innerText();

describe('除夕 2027 20:00, now, no project parameter', () => {
  it('village → allowed, labelled 推算 with the notice’s number, until the end of 初一', async () => {
    const page = await at(EVE, VILLAGE);
    expect(await page.getAttribute('#verdict', 'data-status')).toBe('allowed');
    expect(await text(page, '.verdict__basis')).toBe('推算 · 按钦政规〔2019〕1号的规律');
    expect(await text(page, '.note--projected')).toMatch(/不是正式规定.*以2027年正式公布的通告为准/);
    expect(await text(page, '.verdict__when')).toContain('允许燃放至 2027年2月6日（正月初一）24:00');
    // The live clock counts down; its words are a lazy chunk that follows the answer.
    expect(await text(page, '.countdown')).toMatch(/^（还有 1 天 (4 小时|3 小时 59 分钟)）$/);
    // The engine's own summary first, then the restricted-zone article verbatim.
    expect(await text(page, '.verdict__summary')).toContain('此处在限放区域内，当前在允许燃放的时段内');
    expect(await text(page, '.verdict__article cite')).toBe('钦政规〔2019〕1号 二(二)');
    expect(await text(page, '.time__lunar')).toBe('农历除夕');
    await shot(page, 'sf-eve-village');
  });

  it('city → banned, labelled, the whole period in lunar terms, 一(末段) with 一(一), penalties one tap away', async () => {
    const page = await at(EVE, CITY);
    expect(await page.getAttribute('#verdict', 'data-status')).toBe('banned');
    expect(await text(page, '.verdict__basis')).toContain('推算');
    expect(await text(page, '.verdict__when')).toBe('此处在禁放区：2027年2月3日—3月1日（腊月廿七—正月廿四）全天禁止');
    const cites = await page.locator('.verdict__article cite').allInnerTexts();
    expect(cites).toEqual(['钦政规〔2019〕1号 一（末段）', '钦政规〔2019〕1号 一(一)']);
    const penalties = page.locator('.verdict__penalties');
    expect(await penalties.locator('summary').innerText()).toContain('100元以上500元以下');
    await penalties.locator('summary').click();
    expect(await penalties.innerText()).toContain('钦政规〔2019〕1号 三(二)');
    // The strip has no allowed-looking bars for a prohibited place.
    await showSeason(page);
    expect(await page.locator('.season .strip__win').count()).toBe(0);
    expect(await text(page, '.season .strip')).toContain('全天禁止');
    expect(await text(page, '.season')).toContain('推算期间');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'sf-eve-city-prohibited');
  });

  it('project=0 → not in a control period, and it says what still applies', async () => {
    const page = await at(EVE, `${VILLAGE}&project=0`);
    expect(await page.getAttribute('#verdict', 'data-status')).toBe('no-notice');
    expect(await text(page, '#verdict-word')).toBe('不在管控期');
    expect(await page.locator('.verdict__basis').count()).toBe(0);
    const still = await text(page, '.still');
    expect(still).toContain('全国全年适用');
    expect(await page.isChecked('.check input')).toBe(false);
  });

  it('English: the same answer, with the badge, lunar names glossed, English article summaries', async () => {
    const page = await at(EVE, `${VILLAGE}&lang=en`);
    expect(await text(page, '#verdict-word')).toBe('Allowed');
    expect(await text(page, '.verdict__basis')).toBe('Projected · pattern of 钦政规〔2019〕1号');
    expect(await text(page, '.verdict__when')).toContain('6 Feb 2027 (正月初一, Lunar New Year’s Day) 24:00');
    expect(await text(page, '.verdict__article .gloss')).toContain('In the restricted zone');
    await shot(page, 'sf-eve-village-english');
  });
});

describe('2026-12-01, today', () => {
  it('village: the card names 除夕 and 2月5日, the strip shows 2027 with the marker before the period', async () => {
    const page = await at(DECEMBER, VILLAGE);
    expect(await page.getAttribute('#verdict', 'data-status')).toBe('no-notice');
    expect(await text(page, '.verdict__when')).toContain('下一次可燃放：2027年2月5日（除夕）00:00 起');
    expect(await text(page, '.still')).toContain('下一个管控期间：2027年2月3日—3月1日（腊月廿七—正月廿四）');
    await showSeason(page);
    expect(await text(page, '.season h2')).toContain('2027');
    expect(await text(page, '.season__where')).toBe('现在在期间之前');
    const lunar = await page.locator('.axis--lunar .axis__label').allInnerTexts();
    expect(lunar).toEqual(['廿七', '除夕', '初一', '初二', '元宵', '十六', '廿四']);
    // The time panel's shortcuts are the coming season's, from the lunar table.
    await page.getByRole('button', { name: /除夕 20:00/ }).click();
    await expect.poll(() => page.getAttribute('#verdict', 'data-status')).toBe('allowed');
    expect(await page.getByLabel('日期和时间（北京时间）').inputValue()).toBe('2027-02-05T20:00');
    await page.getByRole('button', { name: /初二 06:00/ }).click();
    await expect.poll(() => text(page, '.verdict__when')).toContain('允许燃放至 2027年2月7日（正月初二）24:00');
  });

  it('turning projection off is remembered across a reload, like the language', async () => {
    const page = await at(DECEMBER, VILLAGE);
    await page.screenshot({ path: 'test-results/sf-december-village.png' });
    await page.locator('.check input').uncheck();
    await expect.poll(() => page.locator('.verdict__when').count()).toBe(0);
    await page.reload();
    await statusOf(page);
    expect(await page.isChecked('.check input')).toBe(false);
    expect(await text(page, '.still')).toContain('下一个春节：2027年2月6日（正月初一）');
    // The link's project=1 wins over the remembered choice.
    await page.goto(`${base}/?${VILLAGE}&project=1`);
    await statusOf(page);
    expect(await page.isChecked('.check input')).toBe(true);
  });
});

describe('the live verdict flips within a second of each edge it crosses', () => {
  /** [edge, place query, the edge instant, status before, status after]. */
  const EDGES: [string, string, string, string, string][] = [
    ['publication (sales ban from 2019-01-17)', `${CITY}&activity=sell`, '2019-01-17T00:00:00+08:00', 'no-notice', 'banned'],
    ['period start (腊月廿七)', CITY, '2027-02-03T00:00:00+08:00', 'no-notice', 'banned'],
    ['window start (除夕 00:00)', VILLAGE, '2027-02-05T00:00:00+08:00', 'banned', 'allowed'],
    ['window end (初二 24:00)', VILLAGE, '2027-02-08T00:00:00+08:00', 'allowed', 'banned'],
    ['period end (正月廿四 24:00)', CITY, '2027-03-02T00:00:00+08:00', 'banned', 'no-notice'],
  ];
  it.each(EDGES)('%s', async (_name, query, edge, before, after) => {
    const T = Date.parse(edge);
    const { page } = await phone();
    // Record the page's own clock whenever the status attribute changes.
    await page.addInitScript(() => {
      const w = window as unknown as { flips: [string | null, number][] };
      w.flips = [];
      new MutationObserver(() => {
        const s = document.querySelector('#verdict')?.getAttribute('data-status') ?? null;
        if (w.flips.at(-1)?.[0] !== s) w.flips.push([s, Date.now()]);
      }).observe(document, { subtree: true, attributes: true, childList: true, attributeFilter: ['data-status'] });
    });
    await shiftNow(page, new Date(T - 4000));
    await page.goto(`${base}/?${query}`);
    expect(await statusOf(page)).toBe(before);
    await expect.poll(() => page.getAttribute('#verdict', 'data-status'), { timeout: 10_000 }).toBe(after);
    const flips = await page.evaluate(() => (window as unknown as { flips: [string | null, number][] }).flips);
    const flip = flips.find(([s]) => s === after)!;
    expect(flip[1]).toBeGreaterThanOrEqual(T);
    expect(flip[1] - T).toBeLessThan(1000);
  });
});
