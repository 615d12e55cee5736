/**
 * `npm run -s check -- --lat … --lng … [--at …] [--crs …] [--activity …] [--accuracy …] [--project] [--json]`
 * `npm run -s check -- --csv rows.csv [--json]`      (`--csv -` reads stdin; --json writes NDJSON)
 * `npm run -s check -- --ics --lat … --lng … [--at …] [--project] > season.ics`
 *
 * Exit codes: 0 answered (a verdict, or a CSV with per-row errors), 1 data files missing or
 * unreadable, 2 bad flags (one line on stderr naming the flag, nothing on stdout), 3 no calendar
 * for that place (--ics: the county sets its rules, outside Qinzhou, or no season ahead), 70 an
 * internal error of the engine (a bug: one line on stderr, nothing on stdout).
 *
 * main() takes the arguments and an output sink and resolves to the exit code, so tests call it
 * directly; only the last lines of this file touch the process. --csv streams (batch-stream.ts).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  bundledRuleSets, createEngine, isInputError, isInternalError, isZoneFile, parseEvaluateParams, readDataFile, ruleSetConflict, validateRuleSet,
  noCalendarReason, seasonCalendar, ACTIVITY_VALUES, CRS_VALUES, MAX_DATA_FILE_BYTES, ROW_PARAMS, type DataFileKind, type Engine, type EngineData, type InputError, type RuleSet, type StringParams,
  FAST_CHINA_TIME, QueryCellIndex, useFastChinaTime, useQueryCells,
} from '../core';
import { FlagError, parseFlags, SHARED_PARAMS, type Flags } from './args';
import { sinkStream, streamBatch } from './batch-stream';
import type { WorkerInit } from './batch-worker';
import { humanText, oneLine } from './text';
import { CALENDAR_WORDS } from '../i18n/calendar';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The compact zone data (docs/data-format.md), read unless --zones or --edges names GeoJSON. */
const COMPACT = 'public/data/zones.bin';
const ZONES = 'public/data/zones.geojson';
const EDGES = 'public/data/zone-edges.geojson';
/** sysexits' EX_SOFTWARE: the engine reported a bug of its own. */
const EXIT_INTERNAL = 70;
/** --ics for a place that has no season calendar. */
const EXIT_NO_CALENDAR = 3;

const USAGE = `用法 / usage:
  npm run -s check -- --lat <纬度> --lng <经度> [--at <ISO-8601，默认现在>] [--crs ${CRS_VALUES.join('|')}]
                      [--activity ${ACTIVITY_VALUES.join('|')}] [--accuracy <米>] [--project] [--json]
  npm run -s check -- --csv <文件: lat,lng,at 每行一条；- 为标准输入> [--crs …] [--activity …] [--accuracy …] [--project] [--json]
                      [--threads <0–8，批量查询的工作线程；默认每多一个核一个，两核及以下为 0>]
  (默认读取 ${COMPACT}；--zones / --edges 改用 GeoJSON 区域数据，默认 ${ZONES} 与 ${EDGES}；
   --zones 也可指向 geo:build 生成的 zones.bin；
   --ruleset <通告 JSON> 在内置通告之外再载入一份通告数据)
  npm run -s check -- --ics --lat <纬度> --lng <经度> [--at …] [--crs …] [--project] > season.ics
  --ics      输出该地点“当前或下一个”管控期间的 iCalendar 日历（RFC 5545，UTC 时间）：限放区为每个
             允许燃放时段一个事件，禁放区为整个禁放期间；每个事件写明地点、依据条款，推算时注明“推算”。
             该县自行规定、不在钦州市或没有下一个期间时不输出日历，退出码 3。
             The place's current or next season as an .ics calendar: each allowed window, or the
             whole banned period in a prohibited zone. Exit code 3 when the place has none.
  --project  对没有已载入通告的年份，按最近一份通告的规律推算（结果标明 projected: true，
             next.projected 同理）。默认关闭：命令行与批量核查给出的是法定状态，推算不是规定；
             网页与嵌入默认推算，并在结论上标明。
             Off by default: the CLI and batches report the legal status, and a projection is
             not a rule. The app and the embed project by default and label it on the answer.`;

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Where --csv writes (with backpressure); by default out(). */
  output?: Writable;
  /** What `--csv -` reads. */
  input?: Readable;
}

/** Ends the run with an exit code and, unless empty, one line on stderr. */
class Exit extends Error {
  constructor(readonly code: number, message: string) {
    super(message);
  }
}

const flagError = (e: InputError) => new Exit(2, `--${e.message}`);

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * A data file's text: one line naming the problem for a missing file, a directory, a file too
 * large to be honest data, or one that cannot be read.
 */
function readText(path: string, encoding: 'utf8'): string;
function readText(path: string): Buffer;
function readText(path: string, encoding?: 'utf8'): string | Buffer {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new Error('is a directory');
    size = st.size;
  } catch (e) {
    throw new Error((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : messageOf(e), { cause: e });
  }
  if (size > MAX_DATA_FILE_BYTES) throw new Error(`${(size / 2 ** 20).toFixed(0)} MB, more than the ${MAX_DATA_FILE_BYTES / 2 ** 20} MB a data file may be`);
  try {
    return encoding ? readFileSync(path, encoding) : readFileSync(path);
  } catch (e) {
    throw new Error(`cannot be read (${(e as NodeJS.ErrnoException).code ?? messageOf(e)})`, { cause: e });
  }
}

/** A --zones / --edges / --ruleset file read and checked against its schema (core/file-schemas.ts). */
function dataFile(kind: DataFileKind, path: string): unknown {
  return readDataFile(kind, readText(path, 'utf8'));
}

/** Zone data: the compact file by default; GeoJSON when --zones or --edges names a file. */
function loadZoneData(values: Flags['values']): EngineData {
  const geojson = values.zones !== undefined || values.edges !== undefined;
  const shown = values.zones ?? (geojson ? ZONES : COMPACT);
  const path = resolve(values.zones ?? resolve(ROOT, shown));
  if (!existsSync(path)) throw new Exit(1, `check: zone data not found (${shown}); build it with npm run geo:build`);
  let file = shown;
  try {
    const bytes = readText(path);
    // --zones may also name a compact file (geo:build's zones.bin, by its magic bytes): it carries its edges.
    if (!geojson || isZoneFile(bytes)) {
      if (values.edges !== undefined) throw new Exit(2, `--edges: not allowed with a compact zones file (${shown} carries its boundary stretches)`);
      return { compact: bytes };
    }
    const zones = readDataFile('zones', bytes.toString('utf8')) as GeoJSON.FeatureCollection;
    file = values.edges ?? EDGES;
    const edgesPath = resolve(values.edges ?? resolve(ROOT, EDGES));
    if (values.edges === undefined && !existsSync(edgesPath)) return { zones, edges: null };
    return { zones, edges: dataFile('edges', edgesPath) as GeoJSON.FeatureCollection };
  } catch (e) {
    if (e instanceof Exit) throw e;
    throw new Exit(1, `check: zone data unreadable (${file}): ${messageOf(e)}`.slice(0, 300));
  }
}

/** The bundled notices, plus the --ruleset file's: schema, the engine's own checks, no clash with a loaded notice. */
function loadRuleSets(values: Flags['values']): RuleSet[] {
  const ruleSets = [...bundledRuleSets()];
  if (values.ruleset === undefined) return ruleSets;
  try {
    ruleSets.push(validateRuleSet(dataFile('ruleset', resolve(values.ruleset)) as RuleSet));
    const conflict = ruleSetConflict(ruleSets);
    if (conflict) throw new Error(conflict);
  } catch (e) {
    throw new Exit(2, `--ruleset: ${values.ruleset}: ${messageOf(e)}`.slice(0, 300));
  }
  return ruleSets;
}

interface Loaded {
  engine: Engine;
  /** What a batch worker needs to build the same engine. */
  source: Pick<WorkerInit, 'data' | 'extraRuleSets'>;
}

function loadEngine(values: Flags['values'], io: Io): Loaded {
  const data = loadZoneData(values);
  const ruleSets = loadRuleSets(values);
  let engine: Engine;
  try {
    engine = createEngine(data, ruleSets);
  } catch (e) {
    // Broken zone data ("zone data: …" from the decoder, the model or the integrity check): one line, no verdict.
    throw new Exit(1, `check: ${messageOf(e)}`.slice(0, 300));
  }
  // Degraded, not broken: the zones answer, without boundary distance; said once, on stderr.
  if (engine.boundaryUnavailable) io.err(oneLine(`check: boundary data unavailable (${engine.boundaryUnavailable}); answers carry no boundary distance`.slice(0, 300)) + '\n');
  return { engine, source: { data, extraRuleSets: ruleSets.filter((r) => !bundledRuleSets().includes(r)) } };
}

/** --threads: a whole number of batch worker threads, 0–8; undefined: the default. */
function threadsFlag(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{1,2}$/.test(v.trim()) || Number(v) > 8) throw new Exit(2, `--threads: "${v.slice(0, 20)}" is not a whole number from 0 to 8`);
  return Number(v);
}

/** The --csv input: stdin for `-`, else the file, checked readable first (a flag error, exit 2). */
function csvInput(file: string, io: Io): Readable {
  if (file === '-') return io.input ?? process.stdin;
  try {
    if (statSync(file).isDirectory()) throw new Error('is a directory');
  } catch {
    throw new Exit(2, `--csv: cannot read ${file.slice(0, 200)}`);
  }
  return createReadStream(file, { highWaterMark: 1 << 16 });
}

async function runCsv(values: Flags['values'], file: string, shared: StringParams, json: boolean, io: Io): Promise<void> {
  for (const k of ROW_PARAMS) if (values[k] !== undefined) throw new Exit(2, `--${k}: not allowed together with --csv (give it as a column)`);
  // Validate the shared flags once, so a bad --crs is a flag error, not an error on every row.
  const probe = parseEvaluateParams({ ...shared, lat: '0', lng: '0', at: '2000-01-01T00:00:00+08:00' });
  if (isInputError(probe)) throw flagError(probe);
  const threads = threadsFlag(values.threads);
  const input = csvInput(file, io);
  const { engine, source } = loadEngine(values, io);
  let counts: { rows: number; bad: number };
  try {
    counts = await streamBatch({ input, output: io.output ?? sinkStream(io.out), engine, shared, json, workers: { checkBatch: true, ...source, shared, json }, threads });
  } catch (e) {
    // The reader stopped (--csv went away mid-read) or a worker failed: say so, in one line.
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') return; // the reader of stdout has gone (| head): nothing left to do
    throw new Exit(code ? 2 : EXIT_INTERNAL, code ? `--csv: reading stopped (${code})` : `check: ${messageOf(e)}`.slice(0, 300));
  }
  if (counts.bad) io.err(`check: ${counts.bad} of ${counts.rows} rows had errors (see the error column)\n`);
}

function runOne(values: Flags['values'], shared: StringParams, json: boolean, ics: boolean, io: Io): void {
  if (values.threads !== undefined) throw new Exit(2, '--threads: only with --csv');
  if (ics && json) throw new Exit(2, '--ics: not allowed together with --json (it prints a calendar)');
  const parsed = parseEvaluateParams({ ...shared, lat: values.lat, lng: values.lng, at: values.at });
  if (isInputError(parsed)) throw flagError(parsed);
  const { engine } = loadEngine(values, io);
  const result = engine.evaluate(parsed);
  if (isInputError(result)) throw flagError(result);
  if (isInternalError(result)) throw new Exit(EXIT_INTERNAL, `check: ${result.message}`);
  if (!ics) return io.out(json ? JSON.stringify(result, null, 2) + '\n' : humanText(result, { boundaryUnavailable: !!engine.boundaryUnavailable }) + '\n');
  const none = noCalendarReason(result);
  const p = result.period;
  const cal = p && seasonCalendar(result, engine.seasonWindows(p.year, { project: p.projected }), engine.ruleSets, CALENDAR_WORDS['zh-CN'], Date.now());
  if (none || !cal) throw new Exit(EXIT_NO_CALENDAR, `check: no calendar for this place (${none ?? 'no-period'}${none === 'no-period' ? '; try --project' : ''})`);
  io.out(cal.text);
}

export async function main(argv: string[], io: Io): Promise<number> {
  // The CLI answers batches of millions of rows: China time through its fast paths, boundary
  // distances through query cells (the same answers; the app's first load does without them).
  useFastChinaTime(FAST_CHINA_TIME);
  useQueryCells(QueryCellIndex);
  try {
    const { values, json, help, ics } = parseFlags(argv);
    if (help) {
      io.out(USAGE + '\n');
      return 0;
    }
    const shared: StringParams = {};
    for (const k of SHARED_PARAMS) if (values[k] !== undefined) shared[k] = values[k];
    if (values.csv !== undefined && ics) throw new Exit(2, '--ics: not allowed together with --csv (one place at a time)');
    if (values.csv !== undefined) await runCsv(values, values.csv, shared, json, io);
    else runOne(values, shared, json, !!ics, io);
    return 0;
  } catch (e) {
    if (e instanceof FlagError) {
      io.err(oneLine(e.message) + '\n');
      return 2;
    }
    if (e instanceof Exit) {
      if (e.message) io.err(oneLine(e.message) + '\n');
      return e.code;
    }
    throw e;
  }
}

/** main() on this process's arguments and streams, its exit code the process's (scripts/check.mjs calls this). */
export function runProcess(): void {
  const io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s), output: process.stdout, input: process.stdin };
  // A reader of stdout that goes away (| head) ends the run quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  main(process.argv.slice(2), io).then((code) => (process.exitCode = code));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) runProcess();
