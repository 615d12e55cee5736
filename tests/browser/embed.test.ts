/** embed=1 inside an iframe: chrome hidden, the verdict posted to the parent (docs/embedding.md). */
import { describe, expect, inject, it } from 'vitest';
import { browserPerFile, phone, shot } from './browser';

const base = inject('baseUrl');
const browser = browserPerFile();

function parentPage(src: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>parent</title></head><body>
<iframe id="f" title="fireworks" style="width:360px;height:480px;border:1px solid #999" src="${src}"></iframe>
<script>
window.received = [];
window.addEventListener('message', (e) => { window.received.push({ origin: e.origin, data: e.data }); });
</script></body></html>`;
}

describe('embedding', () => {
  it('answers from the parameters and posts the verdict to window.parent', async () => {
    const { page, context, external } = await phone(browser());
    const src = `${base}/?lat=21.968&lng=108.632&at=2019-02-10T20:00:00%2B08:00&embed=1`;
    await page.route(`${base}/__parent.html`, (r) => r.fulfill({ contentType: 'text/html', body: parentPage(src) }));
    await page.goto(`${base}/__parent.html`);
    const msg = await page.waitForFunction(() => (window as unknown as { received: unknown[] }).received[0], undefined, { timeout: 15_000 });
    // The message's shape is what is under test: read loosely, checked field by field below.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const { origin, data } = (await msg.jsonValue()) as { origin: string; data: Record<string, any> };
    expect(origin).toBe(base);
    expect(data).toMatchObject({ source: 'qinzhou-fireworks', version: 1, type: 'verdict' });
    expect(data.verdict).toMatchObject({ status: 'banned', zone: 'prohibited', ruleSet: expect.any(String), activity: 'fire' });
    expect(data.verdict.reasons.length).toBeGreaterThan(0);
    expect(data.verdict.position.lat).toBeCloseTo(21.968, 6);
    expect(data.ignored).toEqual([]);
    const frame = page.frames().find((f) => f.url().startsWith(base + '/?'))!;
    expect(await frame.textContent('#verdict-word')).toBe('禁止燃放');
    // Chrome hidden: no header, no controls, no map.
    expect(await frame.locator('header, .map-panel, form, .season').count()).toBe(0);
    await shot(page, 'embed-in-iframe');
    await context.close();
    expect(external).toEqual([]);
  });

  it('bad parameters are posted as an error message too', async () => {
    const { page, context } = await phone(browser());
    const src = `${base}/?lat=91&lng=108.632&embed=1`;
    await page.route(`${base}/__parent.html`, (r) => r.fulfill({ contentType: 'text/html', body: parentPage(src) }));
    await page.goto(`${base}/__parent.html`);
    const msg = await page.waitForFunction(() => (window as unknown as { received: unknown[] }).received[0], undefined, { timeout: 15_000 });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above: the shape is under test
    const { data } = (await msg.jsonValue()) as { data: Record<string, any> };
    expect(data).toMatchObject({ source: 'qinzhou-fireworks', version: 1, type: 'error' });
    expect(data.errors[0].field).toBe('lat');
    await context.close();
  });
});
