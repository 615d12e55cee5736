import { createReadStream } from 'node:fs';
import { CsvReader } from '../src/core/csv';
const t = performance.now(); const c0 = process.cpuUsage();
const r = new CsvReader('', { stream: true });
const dec = new TextDecoder();
let n = 0;
for await (const chunk of createReadStream('/tmp/bb/rows-1m.csv', { highWaterMark: 1 << 16 })) {
  r.push(dec.decode(chunk as Buffer, { stream: true }));
  for (let rec = r.next(); rec; rec = r.next()) n++;
}
r.push(dec.decode()); r.end();
for (let rec = r.next(); rec; rec = r.next()) n++;
const c = process.cpuUsage(c0);
console.log(n, 'records', (performance.now() - t).toFixed(0), 'ms wall', ((c.user + c.system) / 1000).toFixed(0), 'ms cpu', (process.memoryUsage().rss / 2 ** 20).toFixed(0), 'MB rss');
