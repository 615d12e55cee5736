/**
 * Notice wording is data (issue 7): the app's notices come from data/rulesets.json, so this test
 * serves that file with a fictional later notice added (tests/fixtures/rulesets/
 * test-2027-fictional.json, "测试〔2026〕9号", covering 2027) — at the network layer, the way a
 * data release would bring a real one. There is no hook in the app for injecting rules: what a
 * production user runs is only ever what its origin serves. Every visible string then names that
 * notice and its year, and none names 2019.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserPerFile, phonesPerTest, shiftNow, shot, showSeason, statusOf } from './browser';

const base = inject('baseUrl');
const browser = browserPerFile();
const FICTIONAL = JSON.parse(readFileSync('tests/fixtures/rulesets/test-2027-fictional.json', 'utf8'));
const BUNDLED = JSON.parse(readFileSync('dist/data/rulesets.json', 'utf8'));

const phone = phonesPerTest(browser);

async function withFictional(query: string): Promise<Page> {
  const l = await phone();
  await l.page.route(`${base}/data/rulesets.json`, (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify([...BUNDLED, FICTIONAL]) }));
  await shiftNow(l.page, new Date('2027-02-05T20:00:00+08:00'));
  await l.page.goto(`${base}/?${query}`);
  await statusOf(l.page);
  return l.page;
}

/** All text a reader can see, with every <details> opened. */
async function visibleText(page: Page): Promise<string> {
  await showSeason(page);
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  return page.locator('body').innerText();
}

describe('a later notice, loaded as data', () => {
  it.each([
    ['village', 'lat=22.15&lng=108.45', 'allowed', '测试〔2026〕9号 第四条'],
    ['city', 'lat=21.965&lng=108.63', 'banned', '测试〔2026〕9号 第二条'],
  ])('%s on 除夕 2027: answered by it, every string names it and 2027, none names 2019', async (_name, query, status, cite) => {
    const page = await withFictional(query);
    expect(await page.getAttribute('#verdict', 'data-status')).toBe(status);
    expect(await page.locator('.verdict__article cite').first().innerText()).toBe(cite);
    // A real notice for 2027: no projection badge.
    expect(await page.locator('.verdict__basis').count()).toBe(0);
    const text = await visibleText(page);
    expect(text).toContain('依据 测试〔2026〕9号');
    expect(text).toContain('按测试〔2026〕9号的规律推算');
    expect(text).toContain('2027年春节');
    expect(text).toContain('通告期间：2027年2月1日 至 2027年2月28日');
    expect(text).not.toMatch(/2019|钦政规/);
    await shot(page, `notice-data-${_name}`);
  });

  it('in English too: the glosses are the notice’s own', async () => {
    const page = await withFictional('lat=22.15&lng=108.45&lang=en');
    const text = await visibleText(page);
    expect(text).toContain('Under notice 测试〔2026〕9号');
    expect(text).toContain('Art. 4 (test): in the restricted zone, in February 2027');
    expect(text).not.toMatch(/2019|钦政规/);
  });

  it('a broken notice file gives no verdict: the data is refused, with a retry', async () => {
    const l = await phone();
    const broken = { ...FICTIONAL, period: { ...FICTIONAL.period, article: 'A99' } };
    await l.page.route(`${base}/data/rulesets.json`, (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify([...BUNDLED, broken]) }));
    await l.page.goto(`${base}/?lat=22.15&lng=108.45`);
    await l.page.getByRole('button', { name: '重试' }).waitFor({ timeout: 15_000 });
    expect(await l.page.locator('#verdict[data-status]').count()).toBe(0);
    l.errors.length = 0; // the refused data is logged by the worker fallback; that is the point here
  });
});
