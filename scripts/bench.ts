/**
 * npm run bench [-- --geojson] — speed and size of the rule engine on the real zone data, all
 * figures from one run. By default the engine loads public/data/zones.bin, as the app and the
 * CLI do; --geojson measures zones.geojson + zone-edges.geojson instead (the CLI's --zones path).
 *
 * 1. Data: the bytes the first verdict fetches, raw and gzip -9: in the app zones.bin and the
 *    notices (rulesets.json, src/app/data.ts); the CLI's GeoJSON path bundles its notices.
 * 2. Cold start: in fresh processes (scripts/bench-cold.ts, median and minimum of 21), from the
 *    bytes in memory to the first verdict: parse, createEngine(), first evaluate(). On a shared
 *    machine the median moves with the load (printed); the minimum is the least disturbed run.
 * 3. evaluate(): per-call time over random points in the city's bounding box (the union of the
 *    county outlines) and random instants 2019–2030 (half of them in the Spring Festival months,
 *    where the window logic runs); median / p90 / p99 µs and evaluations per second.
 * 4. Point-in-zone: the prepared index (src/core/geometry/zone-index.ts) against a plain loop of
 *    @turf/boolean-point-in-polygon over every feature, for the same 100,000 points. The answers
 *    (the list of containing zone ids) must be identical, or the script exits 1.
 * Targets: first-verdict data ≤ 20 KB gzip; parse + createEngine + first evaluate ≤ 10 ms;
 * evaluate() median ≤ 10 µs; prepared point-in-zone ≥ 5× the plain loop.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { createEngine, type EngineData } from '../src/core/index';
import { ZoneIndex } from '../src/core/geometry/zone-index';
import { modelFromGeoJson } from '../src/core/zone-data/model';
import { rng } from '../tests/core/helpers';

const geojson = process.argv.includes('--geojson');
const DATA_FILES = geojson ? ['zones.geojson', 'zone-edges.geojson'] : ['zones.bin', 'rulesets.json'];
const read = (name: string) => readFileSync(new URL(`../public/data/${name}`, import.meta.url));
const zones = JSON.parse(read('zones.geojson').toString('utf8')) as GeoJSON.FeatureCollection;
const edges = JSON.parse(read('zone-edges.geojson').toString('utf8')) as GeoJSON.FeatureCollection;
const data: EngineData = geojson ? { zones, edges } : { compact: read('zones.bin') };

/** Deterministic random places, so runs are comparable. */
const rand = rng(20190205);

function bboxOf(features: GeoJSON.Feature[]): [number, number, number, number] {
  let a = Infinity, b = Infinity, c = -Infinity, d = -Infinity;
  const walk = (x: unknown): void => {
    if (Array.isArray(x) && typeof x[0] === 'number') {
      a = Math.min(a, x[0]); c = Math.max(c, x[0]);
      b = Math.min(b, x[1] as number); d = Math.max(d, x[1] as number);
    } else if (Array.isArray(x)) x.forEach(walk);
  };
  for (const f of features) walk((f.geometry as GeoJSON.Polygon).coordinates);
  return [a, b, c, d];
}

const counties = zones.features.filter((f) => (f.properties as { kind?: string }).kind === 'county');
const [minX, minY, maxX, maxY] = bboxOf(counties.length ? counties : zones.features);
const randomPoint = () => ({ lng: minX + rand() * (maxX - minX), lat: minY + rand() * (maxY - minY) });
const T0 = Date.UTC(2019, 0, 1) - 8 * 3600_000;
const T1 = Date.UTC(2031, 0, 1) - 8 * 3600_000;
function randomInstant(): number {
  if (rand() < 0.5) return T0 + rand() * (T1 - T0);
  // Spring Festival months of a random year 2019–2030.
  const y = 2019 + Math.floor(rand() * 12);
  return Date.UTC(y, 0, 15) + rand() * 60 * 86_400_000;
}

const fmt = (n: number, d = 1) => n.toFixed(d);
const kb = (n: number) => `${fmt(n / 1024)} KB`;
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
const median = (xs: number[]) => pct([...xs].sort((a, b) => a - b), 0.5);

console.log(`bench (${geojson ? 'GeoJSON' : 'compact'} data): ${zones.features.length} zone features, ${edges.features.length} boundary stretches; city bbox ${[minX, minY, maxX, maxY].map((v) => v.toFixed(3)).join(', ')}`);

// ---- 1. data bytes
const sizes = DATA_FILES.map((f) => ({ f, raw: read(f).length, gz: gzipSync(read(f), { level: 9 }).length }));
const dataGz = sizes.reduce((s, x) => s + x.gz, 0);
console.log(`\nfirst-verdict data: ${sizes.map((s) => `${s.f} ${kb(s.raw)} raw, ${kb(s.gz)} gzip`).join(' + ')}${sizes.length > 1 ? ` = ${kb(dataGz)} gzip` : ''}`);

// ---- 2. cold start, in fresh processes
const runs = Array.from({ length: 21 }, () => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', new URL('./bench-cold.ts', import.meta.url).pathname, ...(geojson ? ['--geojson'] : [])], { encoding: 'utf8' });
  return JSON.parse(out) as { parseMs: number; createMs: number; firstEvaluateMs: number };
});
const coldOf = (f: (r: (typeof runs)[number]) => number) => ({ median: median(runs.map(f)), min: Math.min(...runs.map(f)) });
const cold = {
  parse: coldOf((r) => r.parseMs),
  create: coldOf((r) => r.createMs),
  first: coldOf((r) => r.firstEvaluateMs),
  total: coldOf((r) => r.parseMs + r.createMs + r.firstEvaluateMs),
};
const both = (x: { median: number; min: number }) => `${fmt(x.median)} ms (min ${fmt(x.min)})`;
console.log(`cold start, fresh process, median of ${runs.length} (load average ${fmt(loadavg()[0]!)} on ${cpus().length} cores):`);
console.log(`  parse ${both(cold.parse)} + createEngine ${both(cold.create)} + first evaluate ${both(cold.first)} = ${both(cold.total)}`);

let t = performance.now();
const engine = createEngine(data);
console.log(`createEngine in this (warm) process: ${fmt(performance.now() - t)} ms`);

// ---- 3. evaluate()
const N_EVAL = 200_000;
const inputs = Array.from({ length: N_EVAL }, () => {
  const p = randomPoint();
  return { ...p, at: randomInstant(), activity: rand() < 0.9 ? ('fire' as const) : ('sell' as const), project: rand() < 0.5, accuracyM: Math.floor(rand() * 50) };
});
for (let i = 0; i < 20_000; i++) engine.evaluate(inputs[i]!); // warm-up (JIT)
const times = new Float64Array(N_EVAL);
const counts: Record<string, number> = {};
const wall0 = performance.now();
for (let i = 0; i < N_EVAL; i++) {
  const s = process.hrtime.bigint();
  const v = engine.evaluate(inputs[i]!);
  times[i] = Number(process.hrtime.bigint() - s) / 1000;
  const status = 'status' in v ? v.status : 'error';
  counts[status] = (counts[status] ?? 0) + 1;
}
const wall = performance.now() - wall0;
// Throughput without per-call timers.
const thr0 = performance.now();
for (let i = 0; i < N_EVAL; i++) engine.evaluate(inputs[i]!);
const thrMs = performance.now() - thr0;
const sorted = Array.from(times).sort((a, b) => a - b);
const evalMedian = pct(sorted, 0.5);
console.log(`\nevaluate(): ${N_EVAL} calls`);
console.log(`  median ${fmt(evalMedian, 2)} µs · p90 ${fmt(pct(sorted, 0.9), 2)} µs · p99 ${fmt(pct(sorted, 0.99), 2)} µs (timed one by one, ${fmt(wall)} ms)`);
console.log(`  throughput ${fmt(N_EVAL / (thrMs / 1000), 0)} evaluations/s (same inputs, untimed loop, mean ${fmt((thrMs * 1000) / N_EVAL, 2)} µs)`);
console.log(`  statuses: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);

// ---- 4. point-in-zone, prepared vs plain turf loop
const N_PIP = 100_000;
const pts = Array.from({ length: N_PIP }, () => randomPoint());
const index = new ZoneIndex(modelFromGeoJson(zones).zones);
const ids = zones.features.map((f) => String((f.properties as { id: string }).id));
const polys = zones.features as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>[];

function plain(p: { lng: number; lat: number }): string[] {
  const out: string[] = [];
  for (let k = 0; k < polys.length; k++) if (booleanPointInPolygon([p.lng, p.lat], polys[k]!)) out.push(ids[k]!);
  return out;
}
for (let i = 0; i < 5_000; i++) { plain(pts[i]!); index.containing(pts[i]!.lng, pts[i]!.lat); }

t = performance.now();
const plainAnswers = pts.map(plain);
const plainMs = performance.now() - t;
t = performance.now();
const preparedAnswers = pts.map((p) => index.containing(p.lng, p.lat));
const preparedMs = performance.now() - t;
let mismatches = 0;
for (let i = 0; i < N_PIP; i++) if (plainAnswers[i]!.join('|') !== preparedAnswers[i]!.join('|')) mismatches++;
const ratio = plainMs / preparedMs;
console.log(`\npoint-in-zone over ${N_PIP} points (${polys.length} features):`);
console.log(`  plain turf loop  ${fmt(plainMs)} ms (${fmt((plainMs * 1000) / N_PIP, 2)} µs/point)`);
console.log(`  prepared index   ${fmt(preparedMs)} ms (${fmt((preparedMs * 1000) / N_PIP, 2)} µs/point)`);
console.log(`  ratio            ${fmt(ratio)}× faster; identical answers: ${mismatches === 0 ? 'yes' : `NO — ${mismatches} differ`}`);

const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
console.log(`\ntargets:`);
console.log(`  first-verdict data ≤ 20 KB gzip: ${verdict(dataGz <= 20 * 1024)} (${kb(dataGz)})`);
console.log(`  parse + createEngine + first evaluate ≤ 10 ms: ${verdict(cold.total.median <= 10)} (median ${fmt(cold.total.median)} ms, min ${fmt(cold.total.min)} ms)`);
console.log(`  evaluate() median ≤ 10 µs: ${verdict(evalMedian <= 10)} (${fmt(evalMedian, 2)} µs)`);
console.log(`  prepared point-in-zone ≥ 5× plain loop: ${verdict(ratio >= 5)} (${fmt(ratio)}×)`);
if (mismatches) process.exit(1);
