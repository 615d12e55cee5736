/**
 * Prints what a phone downloads: gzip size of each JavaScript/CSS chunk in dist/, split into the
 * first load (the entry, its static imports and the engine worker; an English page adds its
 * words) and lazy chunks (map, About,
 * service-worker registration, in-page engine fallback), plus the total the service worker precaches. Run after `vite build`:
 *
 *   npx tsx scripts/size.ts        (exit code 1 if the first-load JS exceeds 60 KB gzip)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

interface Chunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
const BUDGET = 60 * 1024;
const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<string, Chunk>;
const gz = (f: string) => gzipSync(readFileSync('dist/' + f), { level: 9 }).length;
const kb = (n: number) => (n / 1024).toFixed(1).padStart(7) + ' KB';

const first = new Set<string>();
const visit = (key: string) => {
  const c = manifest[key];
  if (!c || first.has(c.file)) return;
  first.add(c.file);
  c.css?.forEach((f) => first.add(f));
  c.imports?.forEach(visit);
};
Object.entries(manifest).filter(([, c]) => c.isEntry).forEach(([k]) => visit(k));
// The engine's Web Worker starts with the page, so it is part of the first load (vite's manifest
// does not list worker bundles).
for (const f of readdirSync('dist/assets')) if (/^worker-.*\.js$/.test(f)) first.add('assets/' + f);

const all = new Set<string>();
for (const c of Object.values(manifest)) {
  all.add(c.file);
  c.css?.forEach((f) => all.add(f));
}
let firstJs = 0;
console.log('first load (gzip):');
for (const f of [...first].sort()) {
  const n = gz(f);
  if (f.endsWith('.js')) firstJs += n;
  console.log(`  ${kb(n)}  ${f}`);
}
console.log(`  ${kb(firstJs)}  = JavaScript total (budget ${BUDGET / 1024} KB)`);
// An English page also fetches the English words before it renders (src/i18n/index.ts).
const english = manifest['src/i18n/en.ts']?.file;
if (english) console.log(`  ${kb(firstJs + gz(english))}  = on an English page, with ${english}`);
console.log('lazy (gzip):');
for (const f of [...all].filter((f) => !first.has(f)).sort()) console.log(`  ${kb(gz(f))}  ${f}`);

// The service worker's precache list: sum of the listed files' sizes on disk.
const sw = readFileSync('dist/sw.js', 'utf8');
const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
let precache = 0;
for (const u of urls) precache += statSync('dist/' + u.replace(/^\//, '')).size;
console.log(`precache: ${urls.length} files, ${(precache / 1024).toFixed(1)} KB on disk`);
for (const d of ['data/zones.bin', 'data/zones.geojson', 'data/zone-edges.geojson', 'data/basemap.geojson']) {
  try {
    console.log(`  ${kb(gz(d))}  ${d} (gzip)`);
  } catch {
    console.log(`  missing  ${d}`);
  }
}
if (firstJs > BUDGET) {
  console.error(`first-load JavaScript ${(firstJs / 1024).toFixed(1)} KB > ${BUDGET / 1024} KB`);
  process.exit(1);
}
