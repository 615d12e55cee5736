/**
 * npm run bench:batch [-- --rows 1000000] [--json] [--keep] — check --csv at scale, every figure
 * from one run on one machine, each case in a fresh process that measures itself
 * (scripts/bench-batch-child.mjs: CPU time of the whole process, worker threads included, from
 * process.cpuUsage(); peak RSS from process.resourceUsage()):
 *
 * - contender: plain Node (scripts/bench-batch-contender.mjs) reading and writing the same CSV,
 *   a line in, a line of the same width out, no engine — the floor of streaming text in Node;
 * - check: the CLI's batch as `npm run -s check -- --csv` runs it (the prebuilt bundle,
 *   scripts/cli-bundle.mjs, built here before anything is measured; default threads);
 * - check --threads 2: the same with two worker threads;
 * - reference (optional, never in tests or CI: CI machines cannot reach PyPI): polars + shapely
 *   doing the point-in-zone join only (scripts/bench-batch-reference.py), printed when `python3`
 *   can import both (`pip install polars shapely`), else a line saying it was skipped.
 *
 * The input: deterministic rows over the city's bounding box (the union of the county outlines,
 * as `npm run bench` draws them), instants 2019–2030, half of them in the Spring Festival months;
 * written once to the temp directory and reused. Targets (issue 11): 1 M rows in ≤ 6 s CPU time
 * and ≤ 200 MB peak memory. Rows per second are by CPU time (wall time on a shared machine
 * moves with the load, printed beside it).
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, renameSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { rng } from '../tests/core/helpers';
import { cliBundle } from './cli-bundle.mjs';

const { values } = parseArgs({ options: { rows: { type: 'string' }, json: { type: 'boolean' }, keep: { type: 'boolean' } } });
const ROWS = Number(values.rows ?? 1_000_000);
if (!Number.isInteger(ROWS) || ROWS < 1) throw new Error(`--rows: ${values.rows} is not a whole number of rows`);
const HERE = new URL('.', import.meta.url).pathname;

/** The city's bounding box, from the county outlines (as scripts/bench.ts draws its points). */
function cityBox(): [number, number, number, number] {
  const zones = JSON.parse(readFileSync(new URL('../public/data/zones.geojson', import.meta.url), 'utf8')) as GeoJSON.FeatureCollection;
  let [a, b, c, d] = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (x: unknown): void => {
    if (Array.isArray(x) && typeof x[0] === 'number') {
      [a, c] = [Math.min(a, x[0]), Math.max(c, x[0])];
      [b, d] = [Math.min(b, x[1] as number), Math.max(d, x[1] as number)];
    } else if (Array.isArray(x)) x.forEach(walk);
  };
  for (const f of zones.features) if ((f.properties as { kind?: string }).kind === 'county') walk((f.geometry as GeoJSON.Polygon).coordinates);
  return [a, b, c, d];
}

async function writeInput(path: string, rows: number): Promise<void> {
  const rand = rng(20190205);
  const [minX, minY, maxX, maxY] = cityBox();
  const T0 = Date.UTC(2019, 0, 1) - 8 * 3600_000;
  const T1 = Date.UTC(2031, 0, 1) - 8 * 3600_000;
  const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000 + 8 * 3600_000).toISOString().slice(0, 19) + '+08:00';
  const out = createWriteStream(path + '.part');
  let chunk = 'lat,lng,at\n';
  for (let i = 0; i < rows; i++) {
    const lng = minX + rand() * (maxX - minX);
    const lat = minY + rand() * (maxY - minY);
    const t = rand() < 0.5 ? T0 + rand() * (T1 - T0) : Date.UTC(2019 + Math.floor(rand() * 12), 0, 15) + rand() * 60 * 86_400_000;
    chunk += `${lat.toFixed(6)},${lng.toFixed(6)},${iso(t)}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise<void>((ok) => out.once('drain', () => ok()));
      chunk = '';
    }
  }
  await new Promise<void>((ok, fail) => out.end(chunk, () => ok()).on('error', fail));
  renameSync(path + '.part', path);
}

interface Measured {
  rows: number;
  cpuS: number;
  wallS: number;
  peakMB: number;
}

function measureWith(command: string, args: string[]): Measured {
  const out = execFileSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'], cwd: join(HERE, '..') });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Measured;
}
const measure = (args: string[], runner: string[]): Measured => measureWith(process.execPath, [...runner, ...args]);

const input = join(tmpdir(), `qz-bench-batch-${ROWS}.csv`);
if (!existsSync(input)) {
  process.stdout.write(`writing ${ROWS.toLocaleString('en')} rows to ${input} … `);
  await writeInput(input, ROWS);
  console.log('done');
}
const mb = (statSync(input).size / 2 ** 20).toFixed(0);
console.log(`bench:batch — ${ROWS.toLocaleString('en')} rows (${mb} MB), ${values.json ? 'NDJSON' : 'CSV'} out; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);

await cliBundle(); // built (if stale) before the children measure themselves
const child = [join(HERE, 'bench-batch-child.mjs')];
const json = values.json ? ['--json'] : [];
const cases: [string, Measured][] = [
  ['contender (plain Node, no engine)', measure([input], [join(HERE, 'bench-batch-contender.mjs')])],
  ['check --csv (default threads)', measure([input, ...json], child)],
  ['check --csv --threads 2', measure([input, ...json, '--threads', '2'], child)],
];
const hasReference = (() => {
  try {
    execFileSync('python3', ['-c', 'import polars, shapely'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (hasReference) cases.push(['reference: polars+shapely (join only)', measureWith('python3', [join(HERE, 'bench-batch-reference.py'), input])]);
const [, contender] = cases[0]!;
const row = (name: string, m: Measured) =>
  `  ${name.padEnd(36)} ${m.cpuS.toFixed(2).padStart(7)} s CPU  ${Math.round(m.rows / m.cpuS).toLocaleString('en').padStart(10)} rows/s  ${m.wallS.toFixed(2).padStart(7)} s wall  ${m.peakMB.toFixed(0).padStart(5)} MB peak  ${(m.cpuS / contender.cpuS).toFixed(1).padStart(5)}× contender`;
for (const [name, m] of cases) console.log(row(name, m));
if (!hasReference) console.log('  reference: polars+shapely — skipped (python3 cannot import polars and shapely; optional: pip install polars shapely)');
for (const [name, m] of cases) if (m.rows !== ROWS) throw new Error(`${name}: ${m.rows} rows out of ${ROWS}`);

const [, check] = cases[1]!;
console.log(`\ntargets (issue 11), check --csv with default threads:`);
if (ROWS === 1_000_000) {
  console.log(`  1 M rows in ≤ 6 s CPU: ${check.cpuS <= 6 ? 'met' : 'MISSED'} (${check.cpuS.toFixed(2)} s)`);
  console.log(`  ≤ 200 MB peak: ${check.peakMB <= 200 ? 'met' : 'MISSED'} (${check.peakMB.toFixed(0)} MB)`);
} else console.log(`  (they are for 1,000,000 rows: run without --rows)`);
console.log(`  ratio to the contender: ${(check.cpuS / contender.cpuS).toFixed(1)}×`);
if (!values.keep && ROWS > 2_000_000) execFileSync('rm', ['-f', input]);
