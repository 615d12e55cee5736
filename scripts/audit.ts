/**
 * Lighthouse 12 (mobile preset, simulated throttling) against the production build, served
 * locally; prints the scores and fails below perf 95 / a11y 100 / best practices 95.
 *
 *   npm run audit                      (builds first; CHROME_PATH defaults to /usr/bin/chromium)
 *   npm run audit -- --no-build        (reuse dist/)
 *   AUDIT_RUNS=5 npm run audit         (runs per page; the median run is reported, default 3)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/browser/browser';
import { buildDist, serveDir } from '../tests/browser/server';

const RUNS = Number(process.env.AUDIT_RUNS ?? 3);
const THRESHOLDS = { performance: 95, accessibility: 100, 'best-practices': 95 } as const;
const PAGES = [
  ['start', '/'],
  ['verdict', '/?lat=21.968&lng=108.632&at=2019-02-10T20:00:00%2B08:00'],
] as const;

if (!process.argv.includes('--no-build')) buildDist();
const { url: base, server } = await serveDir('dist');
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_ARGS });
let failed = false;
try {
  mkdirSync('test-results', { recursive: true });
  for (const [name, path] of PAGES) {
    // Lighthouse's own advice: take the median of several runs (a busy machine adds noise).
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await lighthouse(base + path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: Object.keys(THRESHOLDS),
      });
      if (!r) throw new Error('lighthouse returned nothing');
      runs.push(r.lhr);
    }
    runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
    const lhr = runs[Math.floor(runs.length / 2)]!;
    const all = runs.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100)).join('/');
    writeFileSync(`test-results/lighthouse-${name}.json`, JSON.stringify(lhr));
    const scores = Object.fromEntries(Object.keys(THRESHOLDS).map((k) => [k, Math.round((lhr.categories[k]?.score ?? 0) * 100)]));
    const m = (id: string) => lhr.audits[id]?.displayValue ?? '?';
    console.log(
      `${name.padEnd(8)} performance ${scores.performance}  accessibility ${scores.accessibility}  best-practices ${scores['best-practices']}` +
        `   (perf runs ${all}; median run: FCP ${m('first-contentful-paint')}, LCP ${m('largest-contentful-paint')}, TBT ${m('total-blocking-time')}, CLS ${m('cumulative-layout-shift')})`,
    );
    for (const [k, min] of Object.entries(THRESHOLDS)) {
      if (scores[k]! < min) {
        failed = true;
        const bad = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && lhr.categories[k]?.auditRefs.some((ref) => ref.id === a.id && ref.weight > 0))
          .map((a) => `${a.id} (${a.score})`);
        console.log(`  ${k} below ${min}: ${bad.join(', ')}`);
      }
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
process.exit(failed ? 1 : 0);
