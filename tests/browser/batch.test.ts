/**
 * Many places at once in the app: a 10,000-row CSV checked in the engine worker with a progress
 * bar, the page responsive throughout (the longest main-thread task is measured with a
 * PerformanceObserver for 'longtask'), rows out equal rows in, cell for cell `check --csv`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createEngine, parseCsv, readCheckTable, CSV_HEADER } from '../../src/core/index';
import { runBatch } from '../../src/cli/batch';
import { rng } from '../core/helpers';
import { browserPerFile, checkedPhones, shot } from './browser';

const base = inject('baseUrl');
const browser = browserPerFile();
const ctx = checkedPhones(browser);

/** 10,000 rows over the city and the 2019 season, with an address column that needs quoting, and a few bad rows. */
function bigCsv(n: number): string {
  const rand = rng(20190204);
  const lines = ['lat,lng,at,address'];
  for (let i = 0; i < n; i++) {
    const lat = (21.85 + rand() * 0.3).toFixed(5);
    const lng = (108.45 + rand() * 0.35).toFixed(5);
    const at = new Date(Date.UTC(2019, 1, 1) - 8 * 3600_000 + Math.floor(rand() * 28 * 24) * 3600_000).toISOString().replace('.000Z', 'Z');
    const bad = i % 2500 === 1234;
    lines.push(`${bad ? 'not-a-number' : lat},${lng},${at},"钦州市 ${i} 号, ""门口"""`);
  }
  return lines.join('\r\n') + '\r\n';
}

/** What `check --csv` prints for the same file; `--project` as the sheet's checkbox (it starts as the app's projection, on by default). */
function cliLines(text: string, project: boolean): string[][] {
  const engine = createEngine({ compact: readFileSync('public/data/zones.bin') });
  const { columns, records } = readCheckTable(text);
  return parseCsv(runBatch({ engine, columns, shared: project ? { project: '1' } : {}, json: false }, records).lines.join('\n'));
}

async function openBatch(page: Page) {
  await page.goto(base + '/?lat=22.10&lng=108.60&at=2019-02-04T12:00:00%2B08:00');
  await page.waitForSelector('#verdict[data-status]');
  await page.getByRole('button', { name: '批量查询' }).click();
  const sheet = page.getByRole('dialog', { name: '批量查询' });
  await sheet.waitFor();
  return sheet;
}

describe('in-page batch', () => {
  it('10,000 rows: progress, page responsive (longest task measured), rows out = rows in, equal to check --csv', async () => {
    const { page } = await ctx();
    // Long tasks (> 50 ms on the main thread), and the gaps between animation frames.
    await page.addInitScript(() => {
      const w = window as unknown as { longTasks: number[]; gaps: number[] };
      w.longTasks = [];
      w.gaps = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
      let last = 0;
      const frame = (t: number) => {
        if (last) w.gaps.push(t - last);
        last = t;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    const sheet = await openBatch(page);
    const text = bigCsv(10_000);
    await sheet.locator('#batch-file').setInputFiles({ name: 'places.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    await expect.poll(() => sheet.textContent()).toContain('已选择文件：places.csv');
    // The observer does see a long task in this browser (so "none" below means none).
    await page.evaluate(() => {
      const end = performance.now() + 80;
      while (performance.now() < end);
    });
    await expect.poll(() => page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.length)).toBeGreaterThan(0);
    await page.evaluate(() => Object.assign(window as unknown as object, { longTasks: [], gaps: [] }));
    const projected = await sheet.getByRole('checkbox').first().isChecked();
    const t0 = Date.now();
    await sheet.getByRole('button', { name: '开始查询' }).click();
    // Progress is shown while it runs.
    const progress = sheet.locator('progress');
    await progress.waitFor();
    await expect.poll(async () => Number(await progress.getAttribute('value')), { interval: 20 }).toBeGreaterThan(0);
    const mid = Number(await progress.getAttribute('value').catch(() => '0'));
    await expect.poll(() => sheet.locator('.batch__status').textContent(), { timeout: 60_000 }).toContain('完成：10,000 行');
    const wallMs = Date.now() - t0;
    const { longTasks, gaps } = await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[]; gaps: number[] };
      return { longTasks: w.longTasks, gaps: w.gaps };
    });
    const longest = Math.max(0, ...longTasks);
    console.log(
      `batch 10,000 rows: ${wallMs} ms wall; long tasks (> 50 ms) ${longTasks.length}, longest ${longest.toFixed(0)} ms; ` +
        `${gaps.length} frames, longest gap ${Math.max(...gaps).toFixed(0)} ms; progress first seen at ${mid} of ${text.length} characters`,
    );
    expect(gaps.length).toBeGreaterThan(5);
    expect(longest).toBeLessThan(200);
    expect(Math.max(...gaps)).toBeLessThan(250);

    // Counts and a page of the table, an error row with its line number.
    expect(await sheet.locator('.batch__counts').textContent()).toContain('错误: 4');
    expect(await sheet.locator('tbody tr').count()).toBe(50);
    await shot(page, 'batch-results');

    const [d] = await Promise.all([page.waitForEvent('download'), sheet.getByRole('button', { name: '下载结果 CSV' }).click()]);
    const out = readFileSync((await d.path())!, 'utf8');
    const rows = parseCsv(out.replace(/^\uFEFF/, '')).filter((r) => r.length > 1);
    expect(rows[0]).toEqual([...CSV_HEADER, 'line', 'address']);
    expect(rows).toHaveLength(10_001);
    const cli = cliLines(text, projected);
    // The check table's cells and the input line, as the CLI writes them.
    expect(rows.map((r) => r.slice(0, CSV_HEADER.length + 1))).toEqual(cli);
    expect(rows[1]!.slice(CSV_HEADER.length)).toEqual(['2', '钦州市 0 号, "门口"']);
    const bad = rows.find((r) => r[CSV_HEADER.length] === '1236')!;
    expect(bad[CSV_HEADER.indexOf('error')]).toMatch(/lat/);
  });

  it('paste: BOM, quotes, CRLF, a quote that never closes — an error row with its line; cancel stops a run', async () => {
    const { page } = await ctx();
    const sheet = await openBatch(page);
    const pasted = [
      'lat,lng,at,note',
      '21.968,108.632,2019-02-10T20:00:00+08:00,"主城区, 钦州"',
      '22.10,108.60,2019-02-04T12:00:00+08:00,"two',
      'lines"',
      '22.10,"108.60,2019-02-04T12:00:00+08:00,never closed',
      '22.10,108.60,2019-02-06T05:00:00+08:00,ok',
    ].join('\r\n');
    await sheet.getByLabel('粘贴 CSV').fill('\uFEFF' + pasted);
    await sheet.getByRole('button', { name: '开始查询' }).click();
    await expect.poll(() => sheet.locator('.batch__status').textContent()).toContain('完成：4 行');
    const cells = await sheet.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(cells.map((c) => c[0])).toEqual(['2', '3', '5', '6']);
    expect(cells[0]).toContain('禁止燃放');
    expect(cells[1]).toContain('可以燃放');
    expect(cells[1]).toContain('two\nlines');
    expect(cells[2]!.join(' ')).toContain('line 5: a quoted field is never closed');
    expect(cells[3]).toContain('禁止燃放');
    await shot(page, 'batch-paste');

    // Cancel: a big run stops and says so; the form is back.
    await sheet.getByRole('button', { name: '重新开始' }).click();
    await sheet.locator('#batch-file').setInputFiles({ name: 'many.csv', mimeType: 'text/csv', buffer: Buffer.from(bigCsv(100_000)) });
    await expect.poll(() => sheet.textContent()).toContain('已选择文件：many.csv');
    await sheet.getByRole('button', { name: '开始查询' }).click();
    await sheet.locator('progress').waitFor();
    await shot(page, 'batch-progress');
    await sheet.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => sheet.textContent()).toContain('已取消');
    expect(await sheet.locator('tbody tr').count()).toBe(0);
  });
});
