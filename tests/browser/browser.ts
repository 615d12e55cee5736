/** Debian's chromium through playwright-core, at a phone's size, with every request logged. */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** The flags every chromium run uses (also scripts/audit.ts): no network of its own, no GPU. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
/** Software WebGL, so the map can be tested; without it chromium may have no WebGL at all. */
const WEBGL_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  // A foreign zone on purpose: everything the app shows must still be China time.
  timezoneId: 'America/New_York',
};

export async function launch(opts: { webgl?: boolean } = {}): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...(opts.webgl ? WEBGL_ARGS : [])] });
}

/** One browser for a test file: launched before its tests, closed after them. Call at top level. */
export function browserPerFile(opts: { webgl?: boolean } = {}): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch(opts);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

export interface Logged {
  context: BrowserContext;
  page: Page;
  /** Every URL requested that is not on the local test server. */
  external: string[];
  requests: { url: string; t: number }[];
  /** Uncaught exceptions and console errors (a CSP violation shows up here too). */
  errors: string[];
}

/**
 * A phone context whose every request goes through a route that records it and aborts anything
 * not on 127.0.0.1/localhost. Service workers are blocked here (routes cannot see their fetches);
 * the offline test uses its own context.
 */
export async function phone(browser: Browser, extra: BrowserContextOptions = {}): Promise<Logged> {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block', ...extra });
  const external: string[] = [];
  const requests: { url: string; t: number }[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push({ url, t: Date.now() });
    const host = new URL(url).hostname;
    if (host !== '127.0.0.1' && host !== 'localhost') {
      external.push(url);
      return route.abort();
    }
    return route.continue();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return { context, page, external, requests, errors };
}

/**
 * Phone contexts for the tests of a file: after each test, none of them may have requested
 * anything off the local server or logged an error (CSP violations included), and all are closed.
 * Call at top level; call the returned function in a test for each context.
 */
export function phonesPerTest(browser: () => Browser): (extra?: BrowserContextOptions) => Promise<Logged> {
  let open: Logged[] = [];
  afterEach(async () => {
    for (const l of open) {
      expect(l.external, 'third-party requests').toEqual([]);
      expect(l.errors, 'console errors').toEqual([]);
      await l.context.close();
    }
    open = [];
  });
  return async (extra = {}) => {
    const l = await phone(browser(), extra);
    open.push(l);
    return l;
  };
}

/**
 * Fixes the page's "now" (Date.now, all the app reads) at an instant. Not page.clock.setFixedTime:
 * Playwright's fake Date returns plain Dates from `new`, which strips the methods of every class
 * that extends Date, @date-fns/tz's TZDate among them (microsoft/playwright#35314), so the page
 * would show the browser's zone instead of China time.
 */
export async function fixNow(page: Page, when: Date): Promise<void> {
  await page.addInitScript((ms) => {
    Date.now = () => ms;
  }, when.getTime());
}

/**
 * Starts the page's clock at `when` and lets it run: Date.now() is the real clock plus a fixed
 * offset, and the real timers fire, so the app's live clock crosses an instant as it would. The
 * fake clock for transition tests (not page.clock, for the TZDate reason above).
 */
export async function shiftNow(page: Page, when: Date): Promise<void> {
  await page.addInitScript((ms) => {
    const real = Date.now.bind(Date);
    const offset = ms - real();
    Date.now = () => real() + offset;
  }, when.getTime());
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results', { recursive: true });
  // The first screen as a phone shows it, and the whole page.
  await page.screenshot({ path: `test-results/${name}.png` });
  await page.screenshot({ path: `test-results/${name}-full.png`, fullPage: true });
}

/** The season strip loads when its place nears the screen: scroll there and wait for it. */
export async function showSeason(page: Page): Promise<void> {
  await page.locator('.season-slot, .season').first().scrollIntoViewIfNeeded();
  await page.waitForSelector('.season', { timeout: 15_000 });
}

export async function statusOf(page: Page): Promise<string | null> {
  await page.waitForSelector('#verdict[data-status]', { timeout: 15_000 });
  return page.getAttribute('#verdict', 'data-status');
}

/**
 * Phone contexts for the tests of one file (call at top level): after each test, every context
 * it opened must have made no third-party request and logged no console error, then is closed.
 * `defaults` apply to every context of the file (e.g. reduced motion).
 */
export function checkedPhones(browser: () => Browser, defaults: BrowserContextOptions = {}): (extra?: BrowserContextOptions) => Promise<Logged> {
  let open: Logged[] = [];
  afterEach(async () => {
    const done = open;
    open = [];
    for (const l of done) {
      expect(l.external, 'third-party requests').toEqual([]);
      expect(l.errors, 'console errors').toEqual([]);
      await l.context.close();
    }
  });
  return async (extra = {}) => {
    const l = await phone(browser(), { ...defaults, ...extra });
    open.push(l);
    return l;
  };
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.1 A/AA and best-practice violations on the page (its context needs bypassCSP: axe is an inline script). */
export async function axe(page: Page): Promise<{ id: string; targets: unknown[] }[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return r.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target) }));
  });
}
