import { readFileSync } from 'node:fs';
import { readZoneFile } from '../src/core/zone-data/decode';
import { selfContacts, signedArea } from '../src/core/geometry/ring-checks';
const f = readZoneFile(readFileSync('public/data/zones.bin'));
for (let rep = 0; rep < 5; rep++) {
  let t = performance.now();
  let a = 0; for (const r of f.rings) a += signedArea(r);
  const tw = performance.now() - t;
  t = performance.now();
  let h = 0; for (const r of f.rings) h += selfContacts(r, true).length;
  console.log(`rings ${f.rings.length}, vertices ${f.rings.reduce((s, r) => s + r.length / 2, 0)}: winding ${tw.toFixed(3)} ms, sweep ${(performance.now() - t).toFixed(2)} ms, hits ${h}`);
}
