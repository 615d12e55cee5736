/**
 * One measured run of the CLI's batch for `npm run bench:batch`: main(['--csv', file, …]) in this
 * process, from the bundle `npm run check` runs (cli-bundle.mjs; bench-batch.ts builds it first,
 * so no build is measured), output to /dev/null; then one JSON line with the rows written, CPU
 * time of the whole process (worker threads included) and peak RSS.
 *
 *   node scripts/bench-batch-child.mjs <file.csv> [check flags…]
 */
import { createWriteStream } from 'node:fs';
import { Writable } from 'node:stream';
import { cliBundle } from './cli-bundle.mjs';

const { main } = await import(await cliBundle());
const [file, ...flags] = process.argv.slice(2);
const t0 = performance.now();
let rows = 0;
let errors = '';
const devNull = createWriteStream('/dev/null');
// Counts the lines on their way out (NDJSON: one per row; CSV: the header and one per row).
const output = new Writable({
  write(chunk, _enc, done) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) rows++;
    if (!devNull.write(b)) devNull.once('drain', done);
    else done();
  },
});
const code = await main(['--csv', file, ...flags], { out: (s) => output.write(s), err: (s) => (errors += s), output });
if (code !== 0) throw new Error(`check exited ${code}: ${errors}`);
const cpu = process.cpuUsage();
const csv = !flags.includes('--json');
console.log(JSON.stringify({ rows: rows - (csv ? 1 : 0), cpuS: (cpu.user + cpu.system) / 1e6, wallS: (performance.now() - t0) / 1000, peakMB: process.resourceUsage().maxRSS / 1024 }));
