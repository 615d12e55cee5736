/**
 * The contender of `npm run bench:batch`: plain Node reading the same CSV and writing a line of the
 * check table's width per row (row, the three values, empty cells, the line number), with the
 * same stream pipeline and no engine — what streaming text through Node costs by itself. Prints
 * one JSON line like bench-batch-child.ts.
 *
 *   node scripts/bench-batch-contender.mjs <file.csv>
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';

const t0 = performance.now();
let rows = 0;
const EMPTY = ','.repeat(14);

async function* lines(source) {
  const decoder = new TextDecoder();
  let rest = '';
  for await (const chunk of source) {
    const text = rest + decoder.decode(chunk, { stream: true });
    const parts = text.split('\n');
    rest = parts.pop();
    yield parts;
  }
  rest += decoder.decode();
  if (rest) yield [rest];
}

async function* rowsOut(batches) {
  let line = 0;
  for await (const batch of batches) {
    let out = '';
    for (const l of batch) {
      line++;
      if (line === 1) continue;
      const [lat, lng, at] = l.replace(/\r$/, '').split(',');
      rows++;
      out += `${rows},${lat},${lng},${at}${EMPTY},${line}\n`;
    }
    yield out;
  }
}

await pipeline(createReadStream(process.argv[2], { highWaterMark: 1 << 16 }), lines, rowsOut, createWriteStream('/dev/null'));
const cpu = process.cpuUsage();
console.log(JSON.stringify({ rows, cpuS: (cpu.user + cpu.system) / 1e6, wallS: (performance.now() - t0) / 1000, peakMB: process.resourceUsage().maxRSS / 1024 }));
