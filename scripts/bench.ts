/**
 * npm run bench — speed of the rule engine on the real zone data, all figures from one run.
 *
 * 1. evaluate(): per-call time over random points in the city's bounding box (the union of the
 *    four county outlines) and random instants 2019–2030 (half of them in the Spring Festival
 *    months, where the window logic runs); median / p90 / p99 µs and evaluations per second.
 * 2. Point-in-zone: the prepared index (src/core/geometry.ts) against a plain loop of
 *    @turf/boolean-point-in-polygon over every feature, for the same 100,000 points. The answers
 *    (the list of containing zone ids) must be identical, or the script exits 1.
 * Targets: evaluate() median ≤ 20 µs; prepared point-in-zone ≥ 5× the plain loop.
 */
import { readFileSync } from 'node:fs';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { createEngine } from '../src/core/index';
import { ZoneIndex } from '../src/core/geometry';

const zones = JSON.parse(readFileSync(new URL('../public/data/zones.geojson', import.meta.url), 'utf8')) as GeoJSON.FeatureCollection;
const edges = JSON.parse(readFileSync(new URL('../public/data/zone-edges.geojson', import.meta.url), 'utf8')) as GeoJSON.FeatureCollection;

/** Deterministic random numbers, so runs are comparable. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}
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
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

console.log(`bench: ${zones.features.length} zone features, ${edges.features.length} boundary stretches; city bbox ${[minX, minY, maxX, maxY].map((v) => v.toFixed(3)).join(', ')}`);

let t = performance.now();
const engine = createEngine({ zones, edges });
console.log(`createEngine: ${fmt(performance.now() - t)} ms`);

// ---- 1. evaluate()
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
const median = pct(sorted, 0.5);
console.log(`\nevaluate(): ${N_EVAL} calls`);
console.log(`  median ${fmt(median, 2)} µs · p90 ${fmt(pct(sorted, 0.9), 2)} µs · p99 ${fmt(pct(sorted, 0.99), 2)} µs (timed one by one, ${fmt(wall)} ms)`);
console.log(`  throughput ${fmt(N_EVAL / (thrMs / 1000), 0)} evaluations/s (same inputs, untimed loop, mean ${fmt((thrMs * 1000) / N_EVAL, 2)} µs)`);
console.log(`  statuses: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);

// ---- 2. point-in-zone, prepared vs plain turf loop
const N_PIP = 100_000;
const pts = Array.from({ length: N_PIP }, () => randomPoint());
const index = new ZoneIndex(zones);
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

console.log(`\ntargets: evaluate() median ≤ 20 µs: ${median <= 20 ? 'met' : 'MISSED'} (${fmt(median, 2)} µs); prepared ≥ 5× plain loop: ${ratio >= 5 ? 'met' : 'MISSED'} (${fmt(ratio)}×)`);
if (mismatches) process.exit(1);
