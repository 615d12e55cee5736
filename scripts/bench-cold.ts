/**
 * One cold start, for `npm run bench` (which runs this in fresh processes): the zone data's
 * bytes are read, then timed: turning them into objects (JSON.parse of the GeoJSON; the compact
 * file is decoded inside createEngine), createEngine(), and the first evaluate(). Prints JSON.
 *
 *   tsx scripts/bench-cold.ts [--geojson]
 */
import { readFileSync } from 'node:fs';
import { createEngine, type EngineData } from '../src/core/index';

const geojson = process.argv.includes('--geojson');
const file = (name: string) => readFileSync(new URL(`../public/data/${name}`, import.meta.url));
const bytes = geojson ? [file('zones.geojson'), file('zone-edges.geojson')] : [file('zones.bin')];

const t0 = performance.now();
const data: EngineData = geojson
  ? { zones: JSON.parse(bytes[0]!.toString('utf8')), edges: JSON.parse(bytes[1]!.toString('utf8')) }
  : { compact: bytes[0]! };
const t1 = performance.now();
const engine = createEngine(data);
const t2 = performance.now();
const v = engine.evaluate({ lat: 21.968, lng: 108.632, at: '2019-02-10T20:00:00+08:00' });
const t3 = performance.now();
if (!('status' in v) || v.status !== 'banned') throw new Error(`bench-cold: unexpected first verdict ${JSON.stringify(v).slice(0, 200)}`);
console.log(JSON.stringify({ parseMs: t1 - t0, createMs: t2 - t1, firstEvaluateMs: t3 - t2 }));
