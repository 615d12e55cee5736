/**
 * The check log (IndexedDB) and the legal card in a real browser: checks survive a reload,
 * export as CSV whose rows equal `check --csv` for the same inputs, and as GeoJSON; clearing
 * asks first; 出示条文 shows the deciding article and the penalties from the rule-set data.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createEngine, parseCsv, readCheckTable, CSV_HEADER } from '../../src/core/index';
import { runBatch } from '../../src/cli/batch';
import { LOG_COLUMNS } from '../../src/app/log/entry';
import { axe, browserPerFile, checkedPhones, fixNow, shot, statusOf } from './browser';

const base = inject('baseUrl');
const NOTICE = JSON.parse(readFileSync('src/core/rulesets/qinzhou-2019-1.json', 'utf8')) as { articles: { id: string; text: string }[] };
const NATIONAL = JSON.parse(readFileSync('src/core/rulesets/national-baseline.json', 'utf8')) as { articles: { id: string; text: string }[] };
const articleText = (set: typeof NOTICE, id: string) => set.articles.find((a) => a.id === id)!.text;

const browser = browserPerFile();
const ctx = checkedPhones(browser);

async function typeCheck(page: Page, lat: string, lng: string, crs = 'wgs84') {
  await page.getByLabel('纬度').fill(lat);
  await page.getByLabel('经度').fill(lng);
  // The coordinate system is a radio group (坐标系) since issue 9: a select clipped its names at 200 % text.
  await page.getByRole('group', { name: '坐标系' }).locator(`input[value=${crs}]`).check();
  const current = page.locator('.place__current');
  const before = (await current.count()) ? await current.textContent() : null;
  await page.getByRole('button', { name: '查询', exact: true }).click();
  await expect.poll(() => page.textContent('.place__current')).not.toBe(before);
  await statusOf(page);
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), text: readFileSync((await d.path())!, 'utf8') };
}

/** `check --csv` on the log's own inputs (position as given, its CRS, accuracy, instant, activity). */
function cliRows(rows: string[][], header: string[]): string[][] {
  const col = (r: string[], name: string) => r[header.indexOf(name)]!;
  // A check without a known accuracy is one with accuracy 0 (the CLI's default).
  const input = ['lat,lng,crs,accuracy,at,activity', ...rows.map((r) => ['inputLat', 'inputLng', 'crs', 'accuracyM', 'at', 'activity'].map((c) => col(r, c) || '0').join(','))].join('\n');
  const engine = createEngine({ compact: readFileSync('public/data/zones.bin') });
  const { columns, records } = readCheckTable(input);
  // The CLI's last column, the input line, has no counterpart in the log.
  return parseCsv(runBatch({ engine, columns, shared: {}, json: false }, records).lines.join('\n')).slice(1).map((r) => r.slice(0, CSV_HEADER.length));
}

describe('check log', () => {
  it('manual checks and patrol changes survive a reload; the CSV equals check --csv for the same inputs; GeoJSON; clear asks first', async () => {
    const { page, context } = await ctx({ geolocation: { latitude: 21.968, longitude: 108.632, accuracy: 35 }, bypassCSP: true });
    await context.grantPermissions(['geolocation']);
    await fixNow(page, new Date('2019-02-10T20:00:00+08:00'));
    await page.goto(base + '/');
    await page.waitForSelector('#verdict');
    await typeCheck(page, '22.10', '108.60');
    expect(await page.getAttribute('#verdict', 'data-status')).toBe('allowed');
    await page.getByRole('button', { name: '使用我的位置' }).click();
    await expect.poll(() => page.getAttribute('#verdict', 'data-status')).toBe('banned');
    await typeCheck(page, '21.965086', '108.635712', 'gcj02');
    // Patrol: the first verdict and each change are recorded (here: banned, then allowed).
    await page.getByRole('button', { name: '巡查模式' }).click();
    await expect.poll(() => page.locator('.patrol').getAttribute('class')).toContain('verdict--banned');
    await context.setGeolocation({ latitude: 22.1, longitude: 108.6, accuracy: 12 });
    await expect.poll(() => page.locator('.patrol').getAttribute('class')).toContain('verdict--allowed');
    await page.getByRole('button', { name: '巡查模式' }).click();
    await page.waitForTimeout(300);

    await page.reload();
    await page.waitForSelector('#verdict');
    await page.getByRole('button', { name: '检查记录' }).click();
    const sheet = page.getByRole('dialog', { name: '检查记录' });
    await expect.poll(() => sheet.locator('.log__count').textContent()).toBe('共 5 条记录');
    const items = await sheet.locator('.log__entry').allTextContents();
    expect(items[0]).toContain('巡查');
    expect(items[4]).toContain('手动查询');
    expect(items.join('|')).toContain('±35 米');
    // A note, kept in the export.
    await sheet.locator('.log__entry').first().locator('summary').click();
    await sheet.getByLabel('备注').first().fill('现场劝阻，已停止燃放');
    await sheet.getByRole('button', { name: '保存备注' }).first().click();
    await expect.poll(() => sheet.getByRole('status').first().textContent()).toContain('备注已保存');
    expect(await axe(page)).toEqual([]);
    await shot(page, 'log-list');

    const csv = await download(page, () => sheet.getByRole('button', { name: '导出记录' }).click());
    expect(csv.name).toMatch(/^qinzhou-checks-\d{8}-\d{4}\.csv$/);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(csv.text.slice(1)).filter((r) => r.length > 1);
    expect(header).toEqual([...CSV_HEADER, ...LOG_COLUMNS]);
    expect(rows).toHaveLength(5);
    expect(rows.map((r) => r[header!.indexOf('source')])).toEqual(['manual', 'manual', 'manual', 'patrol', 'patrol']);
    expect(rows.map((r) => r[header!.indexOf('status')])).toEqual(['allowed', 'banned', 'banned', 'banned', 'allowed']);
    expect(rows[2]![header!.indexOf('crs')]).toBe('gcj02');
    expect(rows[4]![header!.indexOf('note')]).toBe('现场劝阻，已停止燃放');
    expect(rows.every((r) => r[header!.indexOf('dataVersion')]!.length === 12)).toBe(true);
    // Cell for cell what the CLI says for the same inputs.
    expect(rows.map((r) => r.slice(0, CSV_HEADER.length))).toEqual(cliRows(rows, header!));

    await sheet.getByLabel('GeoJSON').check();
    const geo = await download(page, () => sheet.getByRole('button', { name: '导出记录' }).click());
    const fc = JSON.parse(geo.text);
    expect(fc.features).toHaveLength(5);
    expect(fc.features[1].geometry.coordinates).toEqual([108.632, 21.968]);
    expect(fc.features[1].properties).toMatchObject({ status: 'banned', accuracyM: 35, source: 'manual' });

    // Clear: asks first; cancelling keeps everything.
    await sheet.getByRole('button', { name: '清空记录' }).click();
    await sheet.getByRole('button', { name: '取消' }).click();
    expect(await sheet.locator('.log__entry').count()).toBe(5);
    await sheet.getByRole('button', { name: '清空记录' }).click();
    expect(await sheet.getByRole('alertdialog').textContent()).toContain('全部 5 条记录');
    await sheet.getByRole('button', { name: '全部删除' }).click();
    await expect.poll(() => sheet.locator('.log__entry').count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.reload();
    await page.getByRole('button', { name: '检查记录' }).click();
    await expect.poll(() => page.locator('.log__count').textContent()).toBe('还没有记录。');
  });

  it('a place from the link is not a check; the embed records nothing unless it asks (log=1)', async () => {
    const { page } = await ctx();
    await page.goto(base + '/?lat=22.10&lng=108.60&at=2019-02-04T12:00:00%2B08:00');
    await statusOf(page);
    await page.goto(base + '/?lat=21.968&lng=108.632&at=2019-02-10T20:00:00%2B08:00&embed=1');
    await statusOf(page);
    expect(await page.getByRole('button', { name: '检查记录' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '巡查模式' }).count()).toBe(0);
    await page.goto(base + '/?at=2019-02-10T20:00:00%2B08:00&embed=1&log=1&patrol=1');
    await page.waitForSelector('#verdict');
    expect(await page.getByRole('button', { name: '巡查模式' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: '出示条文' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '批量查询' }).count()).toBe(0);
    await page.getByRole('button', { name: '检查记录' }).click();
    await expect.poll(() => page.locator('.log__count').textContent()).toBe('还没有记录。');
  });
});

describe('legal card', () => {
  it('出示条文: the deciding article and the penalties verbatim from the data, place, time, notice number; zh/en; focus trapped; Escape returns focus', async () => {
    const { page } = await ctx({ bypassCSP: true });
    await page.goto(base + '/?lat=21.968&lng=108.632&at=2019-02-10T20:00:00%2B08:00');
    expect(await statusOf(page)).toBe('banned');
    const opener = page.getByRole('button', { name: '出示条文' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const card = page.getByRole('dialog', { name: '依据条文' });
    await card.waitFor();
    const text = (await card.textContent())!;
    expect(text).toContain('禁止燃放');
    expect(text).toContain('主城区建成区');
    expect(text).toContain('北纬 21.96800°，东经 108.63200°');
    expect(text).toContain('2019-02-10 20:00');
    expect(text).toContain('钦政规〔2019〕1号');
    expect(text).toContain(articleText(NOTICE, '一-period'));
    expect(text).toContain('三(二)');
    expect(text).toContain(articleText(NOTICE, '三(二)'));
    expect(text).toContain('三(三)');
    expect(text).toContain(articleText(NOTICE, '三(三)'));
    expect(text).toContain('第四十二条');
    expect(text).toContain(articleText(NATIONAL, '第四十二条第二款'));
    expect(text).toContain('处100元以上500元以下的罚款');
    // Large print: the article text is well above body size.
    const size = await card.locator('blockquote').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(20);
    expect(await axe(page)).toEqual([]);
    await shot(page, 'legal-card');

    // Focus stays inside while tabbing round.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog.legal'))).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog.legal'))).toBe(true);

    // English: headings translated, articles still verbatim in Chinese, with unofficial summaries.
    await card.getByRole('button', { name: /English/ }).click();
    const en = page.getByRole('dialog', { name: 'The law that applies' });
    expect(await en.textContent()).toContain('Penalties');
    expect(await en.textContent()).toContain(articleText(NATIONAL, '第四十二条第二款'));
    expect(await en.locator('.legal__gloss').first().textContent()).toContain('Unofficial English summary');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await shot(page, 'legal-card-en');

    // Print: the card alone.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').first().isVisible()).toBe(false);
    expect(await page.locator('#verdict').isVisible()).toBe(false);
    await page.screenshot({ path: 'test-results/legal-card-print.png', fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('出示条文');
  });
});
