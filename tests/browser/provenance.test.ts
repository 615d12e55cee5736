/**
 * Issue 13 in a real browser: the source line on the card (a stretch traced from OSM and a
 * hand-placed one; its details one tap away; in the embed and its verdict message too), the
 * season's .ics download read back by ical.js to the engine's windows (restricted and
 * prohibited, from the notice and projected; from the card and from the season strip),
 * 报告边界问题 from the card and from the map (text with both coordinate systems and the data
 * version, copy, Web Share, GeoJSON), and who to call beside the penalties and in 出示条文.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { createEngine, isVerdict, type EvaluateInput, type Verdict } from '../../src/core/index';
import { STRINGS } from '../../src/i18n/strings';
import { CARD_FOOT_WORDS } from '../../src/i18n/card-foot';
import { gcj02Of } from '../../src/app/report/compose';
import { parseIcs } from '../core/ics-parse';
import { axe, browserPerFile, checkedPhones, shot, showSeason, statusOf } from './browser';
import { mapSettled } from './pixels';

const base = inject('baseUrl');
const browser = browserPerFile({ webgl: true });
const ctx = checkedPhones(browser, { reducedMotion: 'reduce' });

const engine = createEngine({ compact: readFileSync('public/data/zones.bin') });
const head = JSON.parse(readFileSync('public/data/zones.geojson', 'utf8').split('\n', 1)[0]!.replace(/"features":\[$/, '"features":[]}')) as { dataVersion: string; dataDate: string };
const zh = STRINGS['zh-CN'];

function verdict(input: EvaluateInput): Verdict {
  const v = engine.evaluate(input);
  if (!isVerdict(v)) throw new Error(JSON.stringify(v));
  return v;
}

const url = (lat: number, lng: number, at: string, extra = '') => `${base}/?lat=${lat}&lng=${lng}&at=${encodeURIComponent(at)}${extra}`;

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), text: readFileSync((await d.path())!, 'utf8') };
}

/**
 * The card's foot (source line, calendar offer, 报告边界问题, who to call) is a chunk requested
 * when it comes near the screen, as a user scrolling down the card brings it: scroll to the
 * card's end and wait for it.
 */
async function showFoot(page: Pick<Page, 'locator'>): Promise<void> {
  await page.locator('#verdict').evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await page.locator('#verdict .verdict__source').waitFor();
}

const cardButton = (page: Page, name: string | RegExp): Locator => page.locator('#verdict').getByRole('button', { name });

describe('source line', () => {
  const cases = [
    { name: 'traced', lat: 22.005, lng: 108.63, want: '最近边界：OSM 实测 ±30 米', detail: 'way/185642676', shotName: 'source-line-traced' },
    { name: 'hand-placed', lat: 21.95, lng: 108.6, want: '最近边界：人工放置 ±800 米', detail: 'main-chengfeng', shotName: 'source-line-hand-placed' },
  ];
  it.each(cases)('on the card for a $name nearest stretch, details one tap away', async ({ lat, lng, want, detail, shotName }) => {
    const { page } = await ctx();
    const at = '2019-02-06T10:00:00+08:00';
    await page.goto(url(lat, lng, at));
    expect(await statusOf(page)).toBe('allowed');
    await showFoot(page);
    const v = verdict({ lat, lng, at, project: true });
    const line = page.locator('#verdict .verdict__source summary');
    expect(await line.textContent()).toBe(CARD_FOOT_WORDS['zh-CN'].sourceLine(v.source!));
    expect(await line.textContent()).toBe(`依据 钦政规〔2019〕1号 · 区域数据 ${head.dataDate} 版 · ${want}`);
    await line.scrollIntoViewIfNeeded();
    await shot(page, shotName);
    await line.click();
    const details = page.locator('#verdict .source__facts');
    await details.waitFor();
    const text = await details.innerText();
    expect(text).toContain('2019-01-17 公布');
    expect(text).toContain(`版本 ${head.dataVersion}`);
    expect(text).toContain('qinzhou-osm-main-roads.geojson');
    expect(text).toContain('ODbL-1.0');
    expect(text).toContain(detail);
    expect(text).toMatch(/应用数据版本\s*[0-9a-f]{12}/);
    if (detail.startsWith('way/')) expect(await page.locator(`#verdict a[href="https://www.openstreetmap.org/${detail}"]`).count()).toBe(1);
    await page.locator('#verdict .source').scrollIntoViewIfNeeded();
    await shot(page, `${shotName}-open`);
  });

  it('at 320 px, in the dark theme, in English, and projected', async () => {
    const { page } = await ctx({ viewport: { width: 320, height: 700 }, colorScheme: 'dark', bypassCSP: true });
    await page.goto(url(21.95, 108.6, '2027-02-06T10:00:00+08:00'));
    expect(await statusOf(page)).toBe('allowed');
    await showFoot(page);
    const line = page.locator('#verdict .verdict__source summary');
    expect(await line.textContent()).toBe(`依据 钦政规〔2019〕1号（推算） · 区域数据 ${head.dataDate} 版 · 最近边界：人工放置 ±800 米`);
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await line.scrollIntoViewIfNeeded();
    await shot(page, 'source-line-320-dark');
    expect(await axe(page)).toEqual([]);
    await page.goto(url(21.95, 108.6, '2027-02-06T10:00:00+08:00', '&lang=en'));
    await statusOf(page);
    await showFoot(page);
    expect(await line.textContent()).toBe(`Under 钦政规〔2019〕1号 (projected) · zone data of ${head.dataDate} · nearest boundary: placed by hand ±800 m`);
  });

  it('below the first screen it is not in the first load: its chunk comes when the card’s end is scrolled to', async () => {
    const { page, requests } = await ctx({ viewport: { width: 390, height: 500 } });
    await page.goto(url(21.95, 108.6, '2019-02-06T10:00:00+08:00'));
    await statusOf(page);
    await page.waitForLoadState('networkidle');
    const foot = () => requests.filter((r) => /\/assets\/CardFoot-[^/]+\.js$/.test(new URL(r.url).pathname)).length;
    expect(foot()).toBe(0);
    expect(await page.locator('#verdict .verdict__source-slot, #verdict .verdict__actions-slot').count()).toBe(2);
    await showFoot(page);
    expect(foot()).toBe(1);
    expect(await page.locator('#verdict .verdict__source-slot, #verdict .verdict__actions-slot').count()).toBe(0);
  });

  it('at 200 % text, 320 px: the foot wraps, nothing wider than the screen', async () => {
    const { page } = await ctx({ viewport: { width: 320, height: 700 } });
    await page.goto(url(21.95, 108.6, '2027-02-06T10:00:00+08:00'));
    await statusOf(page);
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    await showFoot(page);
    await cardButton(page, '报告边界问题').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.locator('#verdict .verdict__actions').scrollIntoViewIfNeeded();
    await shot(page, 'card-foot-320-200pct');
  });

  it('in the embed: on its card and in its verdict message', async () => {
    const { page } = await ctx();
    const src = url(22.005, 108.63, '2019-02-06T10:00:00+08:00', '&embed=1');
    const parent = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>parent</title></head><body>
<iframe title="fireworks" style="width:360px;height:600px;border:0" src="${src}"></iframe>
<script>window.got = []; addEventListener('message', (e) => e.data && e.data.type === 'verdict' && window.got.push(e.data.verdict));</script></body></html>`;
    await page.route(`${base}/__parent.html`, (r) => r.fulfill({ contentType: 'text/html', body: parent }));
    await page.goto(`${base}/__parent.html`);
    await expect.poll(() => page.evaluate(() => (window as unknown as { got: Verdict[] }).got.length), { timeout: 15_000 }).toBeGreaterThan(0);
    const posted = await page.evaluate(() => (window as unknown as { got: Verdict[] }).got.at(-1)!);
    expect(posted.source).toEqual(verdict({ lat: 22.005, lng: 108.63, at: '2019-02-06T10:00:00+08:00', project: true }).source);
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    await showFoot(frame);
    expect(await frame.locator('#verdict .verdict__source summary').textContent()).toContain('最近边界：OSM 实测 ±30 米');
  });
});

describe('season calendar (.ics)', () => {
  const cases = [
    { name: 'restricted, from the notice', lat: 21.95, lng: 108.6, at: '2019-02-06T10:00:00+08:00', banned: false, projected: false },
    { name: 'restricted, projected', lat: 21.95, lng: 108.6, at: '2026-12-01T10:00:00+08:00', banned: false, projected: true },
    { name: 'prohibited, from the notice', lat: 21.968, lng: 108.632, at: '2019-02-10T20:00:00+08:00', banned: true, projected: false },
    { name: 'prohibited, projected', lat: 21.968, lng: 108.632, at: '2027-02-06T10:00:00+08:00', banned: true, projected: true },
  ];
  it.each(cases)('$name: the download parses back to the engine’s windows to the second', async ({ lat, lng, at, banned, projected }) => {
    const { page } = await ctx();
    await page.goto(url(lat, lng, at));
    await statusOf(page);
    await showFoot(page);
    const v = verdict({ lat, lng, at, project: true });
    expect(v.period).toMatchObject({ projected, zone: banned ? 'prohibited' : 'restricted' });
    const season = engine.seasonWindows(v.period!.year, { project: true });
    const want = (banned ? [v.period!] : season.windows).map((w) => [Date.parse(w.start), Date.parse(w.end)]);
    const button = cardButton(page, banned ? '把禁放期间加入日历' : '把允许燃放时段加入日历');
    const file = await download(page, () => button.click());
    expect(file.name).toBe(`qinzhou-fireworks-${v.period!.year}-${lat.toFixed(4)}-${lng.toFixed(4)}.ics`);
    const { events, name } = parseIcs(file.text);
    expect(events.map((e) => [e.start, e.end])).toEqual(want);
    expect(name).toContain(`${v.period!.year}年春节`);
    for (const e of events) {
      expect(e.summary.includes('推算')).toBe(projected);
      expect(e.description.includes('推算')).toBe(projected);
      expect(e.description).toContain('依据 钦政规〔2019〕1号');
      expect(e.location).toContain(`北纬 ${lat.toFixed(6)}°，东经 ${lng.toFixed(6)}°（WGS-84）`);
    }
    expect(await page.locator('#verdict .calendar-offer__msg').textContent()).toContain(file.name);
    if (projected && !banned) {
      await button.scrollIntoViewIfNeeded();
      await shot(page, 'calendar-offer-card');
      // The same offer in the season strip, the same file.
      await showSeason(page);
      const strip = page.locator('.season').getByRole('button', { name: '把允许燃放时段加入日历' });
      const again = await download(page, () => strip.click());
      expect(parseIcs(again.text).events.map((e) => [e.uid, e.start, e.end])).toEqual(events.map((e) => [e.uid, e.start, e.end]));
      await page.locator('.season').scrollIntoViewIfNeeded();
      await shot(page, 'calendar-offer-season');
    }
  });

  it('is not offered where the county sets its own rules', async () => {
    const { page } = await ctx();
    await page.goto(url(22.42, 109.29, '2027-02-06T10:00:00+08:00'));
    expect(await statusOf(page)).toBe('county-rules');
    await showFoot(page);
    await cardButton(page, '报告边界问题').waitFor();
    expect(await page.locator('#verdict').getByRole('button', { name: /加入日历/ }).count()).toBe(0);
  });
});

describe('报告边界问题', () => {
  it('from the card: text with WGS-84, GCJ-02 and the data version; copy, Web Share, GeoJSON; nothing sent', async () => {
    const l = await ctx({ bypassCSP: true });
    const { page, context } = l;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // A phone's share sheet, recorded instead of shown.
    await page.addInitScript(() => {
      const w = window as unknown as { shared?: unknown };
      navigator.share = async (d?: ShareData) => void (w.shared = { title: d?.title, text: d?.text, files: (d?.files ?? []).map((f) => f.name) });
      navigator.canShare = () => true;
    });
    const at = '2027-02-06T10:00:00+08:00';
    await page.goto(url(21.95, 108.6, at));
    await statusOf(page);
    await showFoot(page);
    const before = l.requests.length;
    await cardButton(page, '报告边界问题').click();
    const sheet = page.getByRole('dialog', { name: '报告边界问题' });
    await sheet.waitFor();
    const v = verdict({ lat: 21.95, lng: 108.6, at, project: true });
    const [glat, glng] = gcj02Of(v.position.lat, v.position.lng);
    const text = () => sheet.getByLabel('报告内容').inputValue();
    expect(await text()).toContain('地点 WGS-84（GPS、OSM）：21.950000, 108.600000');
    expect(await text()).toContain(`地点 GCJ-02（高德、腾讯、微信）：${glat.toFixed(6)}, ${glng.toFixed(6)}`);
    expect(await text()).toContain(`区域数据：${head.dataDate} 版（版本 ${head.dataVersion}`);
    expect(await text()).toMatch(/应用数据版本：[0-9a-f]{12}/);
    expect(await text()).toContain('最近边界：乘风大道：人工放置（geo/waypoints.json：main-chengfeng');
    expect(await text()).toContain('报告人认为：不确定，请核实');
    await sheet.getByLabel('此处应在禁放区内').check();
    await sheet.getByRole('textbox', { name: /^备注（可选）/ }).fill('路牌在道路西侧');
    expect(await text()).toContain('报告人认为：此处应在禁放区内');
    expect(await text()).toContain('备注：路牌在道路西侧');
    expect(await axe(page)).toEqual([]);
    await shot(page, 'report-sheet');

    await sheet.getByRole('button', { name: '复制报告' }).click();
    await expect.poll(() => sheet.getByRole('status').textContent()).toBe('报告已复制。');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await text());

    await sheet.getByRole('button', { name: '分享报告' }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: { title: string; text: string; files: string[] } }).shared);
    expect(shared.text).toBe(await text());
    expect(shared.files).toEqual([expect.stringMatching(/^qinzhou-boundary-report-\d{8}-\d{4}\.geojson$/)]);

    const file = await download(page, () => sheet.getByRole('button', { name: '下载 GeoJSON' }).click());
    const fc = JSON.parse(file.text);
    expect(fc.features[0].geometry).toEqual({ type: 'Point', coordinates: [108.6, 21.95] });
    expect(fc.features[0].properties).toMatchObject({
      gcj02: { lat: Number(glat.toFixed(6)), lng: Number(glng.toFixed(6)) },
      status: 'allowed',
      nearest: { provenance: 'waypoint', ref: 'main-chengfeng' },
      zoneData: { version: head.dataVersion, date: head.dataDate },
      belief: 'inside',
      note: '路牌在道路西侧',
    });
    // The report went nowhere: from the tap on, only the app's own files were fetched (its chunks, the map's data).
    expect(l.requests.slice(before).map((r) => new URL(r.url)).filter((u) => u.origin !== new URL(base).origin || u.search || !/^\/(assets|data|fonts)\/[^?]+$/.test(u.pathname))).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.count()).toBe(0);
  });

  it('from the map: the point tapped (here: the map centre by keyboard) is the one reported', async () => {
    const { page } = await ctx();
    await page.goto(url(21.95, 108.6, '2027-02-06T10:00:00+08:00'));
    await statusOf(page);
    await page.locator('.map-box').scrollIntoViewIfNeeded();
    await mapSettled(page);
    await page.locator('.map canvas').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('.place__current')).toContain(zh.placeFrom.map);
    await page.locator('.map-panel').getByRole('button', { name: '报告边界问题' }).click();
    const sheet = page.getByRole('dialog', { name: '报告边界问题' });
    await sheet.waitFor();
    const text = await sheet.getByLabel('报告内容').inputValue();
    expect(text).toContain(`（WGS-84，${zh.placeFrom.map}）`);
    expect(text).toMatch(/地点 GCJ-02（高德、腾讯、微信）：21\.9\d{5}, 108\.6\d{5}/);
    expect(text).toContain(`版本 ${head.dataVersion}`);
  });
});

describe('who to call', () => {
  it('110 and 12345 with the penalties on the card and in 出示条文; a county’s rules send to its government’s notices', async () => {
    const { page } = await ctx();
    await page.goto(url(21.968, 108.632, '2019-02-10T20:00:00+08:00'));
    expect(await statusOf(page)).toBe('banned');
    await page.locator('.verdict__penalties summary').click();
    const penalties = page.locator('.verdict__penalties');
    expect(await penalties.locator('a[href="tel:110"]').textContent()).toBe('110');
    expect(await penalties.locator('a[href="tel:12345"]').textContent()).toBe('12345');
    expect(await penalties.innerText()).toContain('举报违法燃放（公安）');
    expect(await penalties.innerText()).toContain('咨询燃放规定（政务服务便民热线）');
    await page.getByRole('button', { name: '出示条文' }).click();
    const legal = page.getByRole('dialog', { name: '依据条文' });
    await legal.waitFor();
    expect(await legal.locator('a[href="tel:110"]').count()).toBe(1);
    expect(await legal.locator('a[href="tel:12345"]').count()).toBe(1);
    await page.keyboard.press('Escape');

    await page.goto(url(22.42, 109.29, '2027-02-06T10:00:00+08:00'));
    expect(await statusOf(page)).toBe('county-rules');
    await page.locator('#verdict .contacts').waitFor();
    const card = await page.locator('#verdict').innerText();
    expect(card).toContain('灵山县自行确定禁限放规定；县的联系方式请查询县人民政府公告。');
    // No telephone number but the two national ones (never an invented county number).
    expect(card.match(/\d{3,4}-\d{7,8}|\d{5,}/g)?.filter((n) => n !== '12345') ?? []).toEqual([]);
  });
});
