/**
 * embed=1 inside an iframe (docs/embedding.md): chrome hidden, the instant and the "when" on the
 * card, and the messages — ready once, height on every layout change, verdict, error only when no
 * answer is possible, check from the parent — plus the full-app link that stays on the origin.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserPerFile, phone, shiftNow, shot } from './browser';

const base = inject('baseUrl');
const browser = browserPerFile();

// The messages' shapes are what is under test: read loosely, checked field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Received = { origin: string; data: Record<string, any> };

function parentPage(src: string, width = 360): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>parent</title></head><body style="margin:0">
<iframe id="f" title="fireworks" style="width:${width}px;height:420px;border:0" src="${src}"></iframe>
<script>
window.received = [];
window.addEventListener('message', (e) => {
  window.received.push({ origin: e.origin, data: e.data });
  if (e.data && e.data.type === 'height') document.getElementById('f').style.height = e.data.height + 'px';
});
</script></body></html>`;
}

async function embedded(src: string, opts: { width?: number; now?: Date } = {}) {
  const l = await phone(browser());
  // The parent page's own clock is not the frame's; the frame gets the shifted clock too.
  if (opts.now) await shiftNow(l.page, opts.now);
  await l.page.route(`${base}/__parent.html`, (r) => r.fulfill({ contentType: 'text/html', body: parentPage(src, opts.width) }));
  await l.page.goto(`${base}/__parent.html`);
  return l;
}
async function messages(page: Page, type: string, count = 1): Promise<Received[]> {
  await page.waitForFunction(
    ([t, n]) => (window as unknown as { received: Received[] }).received.filter((m) => m.data?.type === t).length >= (n as number),
    [type, count] as const,
    { timeout: 15_000 },
  );
  return page.evaluate(() => (window as unknown as { received: Received[] }).received);
}
const frameOf = (page: Page) => page.frames().find((f) => f.url().startsWith(base + '/') && f !== page.mainFrame())!;

describe('embedding', () => {
  it('answers from the parameters and posts the verdict to window.parent', async () => {
    const { page, context, external } = await embedded(`${base}/?lat=21.968&lng=108.632&at=2019-02-10T20:00:00%2B08:00&embed=1`);
    const all = await messages(page, 'verdict');
    const { origin, data } = all.find((m) => m.data.type === 'verdict')!;
    expect(origin).toBe(base);
    expect(data).toMatchObject({ source: 'qinzhou-fireworks', version: 1, type: 'verdict' });
    expect(data.verdict).toMatchObject({ status: 'banned', zone: 'prohibited', ruleSet: 'qinzhou-2019-1', activity: 'fire', zoneName: expect.any(String) });
    expect(data.verdict.reasons.length).toBeGreaterThan(0);
    expect(data.verdict.position.lat).toBeCloseTo(21.968, 6);
    expect(data.ignored).toEqual([]);
    const frame = frameOf(page);
    expect(await frame.textContent('#verdict-word')).toBe('禁止燃放');
    // Chrome hidden: no header, no controls, no map.
    expect(await frame.locator('header, .map-panel, form, .season').count()).toBe(0);
    await shot(page, 'embed-in-iframe');
    await context.close();
    expect(external).toEqual([]);
  });

  it('除夕 2027, now: shows the instant and until when, posts ready once, its height and a projected verdict; answers a check', async () => {
    const { page, context, external, errors } = await embedded(`${base}/?lat=22.15&lng=108.45&embed=1`, { now: new Date('2027-02-05T20:00:00+08:00'), width: 320 });
    let all = await messages(page, 'verdict');
    const types = all.map((m) => m.data.type);
    expect(types.filter((t) => t === 'ready')).toHaveLength(1);
    expect(types.indexOf('ready')).toBeLessThan(types.indexOf('verdict'));
    expect(types).not.toContain('error');
    const verdict = all.find((m) => m.data.type === 'verdict')!.data.verdict;
    expect(verdict).toMatchObject({ status: 'allowed', projected: true, period: { year: 2027, projected: true }, until: '2027-02-07T00:00:00+08:00' });
    const frame = frameOf(page);
    expect(await frame.innerText('.verdict__at')).toBe('查询时间：2027年2月5日（除夕）20:00（北京时间）');
    expect(await frame.innerText('.verdict__when')).toContain('允许燃放至 2027年2月6日（正月初一）24:00');
    expect(await frame.getAttribute('#verdict', 'data-status')).toBe('allowed');
    // The last height posted is the page's height, and the parent's frame (resized to it) shows it all
    // (once the card's foot, a chunk that comes a moment after the verdict, is in: its height is posted too).
    await frame.locator('#verdict .verdict__source').waitFor();
    const bodyHeight = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    await expect.poll(async () => (await messages(page, 'height')).filter((m) => m.data.type === 'height').at(-1)?.data.height).toBe(bodyHeight);
    all = await messages(page, 'verdict');
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    await page.locator('#f').screenshot({ path: 'test-results/embed-320-eve.png' });

    // The parent asks about the city at 除夕 without a reload; the answer comes back, projected and banned.
    const before = all.length;
    await page.evaluate(() => (document.getElementById('f') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'check', lat: 21.965, lng: 108.63, at: '2027-02-05T20:00:00+08:00' }, '*'));
    await page.waitForFunction((n) => (window as unknown as { received: Received[] }).received.slice(n).some((m) => m.data?.type === 'verdict'), before);
    all = await page.evaluate(() => (window as unknown as { received: Received[] }).received);
    const answer = all.slice(before).find((m) => m.data.type === 'verdict')!.data;
    expect(answer.verdict).toMatchObject({ status: 'banned', zone: 'prohibited', projected: true, at: '2027-02-05T20:00:00+08:00' });
    expect(answer.ignored).toEqual([]);
    await expect.poll(() => frame.getAttribute('#verdict', 'data-status')).toBe('banned');
    // A check with a bad optional field still answers, and names the field in `ignored`.
    const n = all.length;
    await page.evaluate(() => (document.getElementById('f') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'check', lat: 22.15, lng: 108.45, at: 'tomorrow' }, '*'));
    await page.waitForFunction((k) => (window as unknown as { received: Received[] }).received.slice(k).some((m) => m.data?.type === 'verdict'), n);
    all = await page.evaluate(() => (window as unknown as { received: Received[] }).received);
    const later = all.slice(n);
    expect(later.map((m) => m.data.type)).not.toContain('error');
    expect(later.find((m) => m.data.type === 'verdict')!.data.ignored.map((e: { field: string }) => e.field)).toEqual(['at']);
    expect(all.filter((m) => m.data.type === 'ready')).toHaveLength(1);
    await context.close();
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a bad `at` is ignored, not an error: the answer is for now and names it in `ignored`', async () => {
    const { page, context } = await embedded(`${base}/?lat=22.15&lng=108.45&at=yesterday&embed=1`);
    const all = await messages(page, 'verdict');
    expect(all.map((m) => m.data.type)).not.toContain('error');
    expect(all.find((m) => m.data.type === 'verdict')!.data.ignored[0].field).toBe('at');
    await context.close();
  });

  it('no answer possible (lat=91): only an error message', async () => {
    const { page, context } = await embedded(`${base}/?lat=91&lng=108.632&embed=1`);
    const all = await messages(page, 'error');
    const data = all.find((m) => m.data.type === 'error')!.data;
    expect(data).toMatchObject({ source: 'qinzhou-fireworks', version: 1, type: 'error' });
    expect(data.errors[0].field).toBe('lat');
    expect(all.map((m) => m.data.type)).not.toContain('verdict');
    await context.close();
  });

  it('no place: shows and posts what the embedding page must pass', async () => {
    const { page, context } = await embedded(`${base}/?embed=1`, { width: 320 });
    const all = await messages(page, 'error');
    const data = all.find((m) => m.data.type === 'error')!.data;
    expect(data.errors).toHaveLength(1);
    expect(data.errors[0]).toMatchObject({ error: 'invalid-input', field: 'lat' });
    expect(data.errors[0].message).toContain('{type: "check", lat, lng}');
    const frame = frameOf(page);
    expect(await frame.innerText('#verdict')).toContain('lat 和 lng');
    await page.locator('#f').screenshot({ path: 'test-results/embed-320-no-place.png' });
    await context.close();
  });

  it('the full-app link is built on location.origin, also for //evil.example/, and keeps "now"', async () => {
    const { page, context } = await phone(browser());
    // The service worker answers every path with index.html; the test server does the same here.
    const html = readFileSync('dist/index.html', 'utf8');
    await page.route(`${base}//evil.example/**`, (r) => r.fulfill({ contentType: 'text/html', body: html }));
    for (const query of ['?embed=1', '?lat=22.15&lng=108.45&embed=1']) {
      await page.goto(`${base}//evil.example/${query}`);
      await page.waitForSelector('#verdict');
      const href = await page.locator('.embed__foot a').evaluate((a) => (a as HTMLAnchorElement).href);
      expect(new URL(href).origin).toBe(base);
      expect(new URL(href).pathname).toBe('/');
      if (query.includes('lat')) {
        await page.waitForSelector('#verdict[data-status]');
        const link = new URL(await page.locator('.embed__foot a').evaluate((a) => (a as HTMLAnchorElement).href));
        expect(link.searchParams.get('lat')).toBe('22.150000');
        expect(link.searchParams.has('at')).toBe(false);
      }
    }
    await context.close();
  });
});
