/**
 * `npm run -s check -- --lat … --lng … [--at …] [--crs …] [--activity …] [--accuracy …] [--project] [--json]`
 * `npm run -s check -- --csv rows.csv [--json]`
 * `npm run -s check -- --ics --lat … --lng … [--at …] [--project] > season.ics`
 *
 * Exit codes: 0 answered (a verdict, or a CSV with per-row errors), 1 data files missing or
 * unreadable, 2 bad flags (one line on stderr naming the flag, nothing on stdout), 3 no calendar
 * for that place (--ics: the county sets its rules, outside Qinzhou, or no season ahead), 70 an
 * internal error of the engine (a bug: one line on stderr, nothing on stdout).
 *
 * main() takes the arguments and an output sink and returns the exit code, so tests call it
 * directly; only the last line of this file touches the process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  bundledRuleSets, createEngine, isInputError, isInternalError, parseEvaluateParams, validateRuleSet,
  readCheckTable, noCalendarReason, seasonCalendar, ACTIVITY_VALUES, CRS_VALUES, ROW_PARAMS, type Engine, type EngineData, type InputError, type StringParams,
} from '../core';
import { FlagError, parseFlags, SHARED_PARAMS, type Flags } from './args';
import { runBatch } from './batch';
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
  npm run -s check -- --csv <文件: lat,lng,at 每行一条> [--crs …] [--activity …] [--accuracy …] [--project] [--json]
  (默认读取 ${COMPACT}；--zones / --edges 改用 GeoJSON 区域数据，默认 ${ZONES} 与 ${EDGES}；
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
}

/** Ends the run with an exit code and, unless empty, one line on stderr. */
class Exit extends Error {
  constructor(readonly code: number, message: string) {
    super(message);
  }
}

const flagError = (e: InputError) => new Exit(2, `--${e.message}`);

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Zone data: the compact file by default; GeoJSON when --zones or --edges names a file. */
function loadZoneData(values: Flags['values']): EngineData {
  const geojson = values.zones !== undefined || values.edges !== undefined;
  const shown = values.zones ?? (geojson ? ZONES : COMPACT);
  const path = resolve(values.zones ?? resolve(ROOT, shown));
  if (!existsSync(path)) throw new Exit(1, `check: zone data not found (${shown}); build it with npm run geo:build`);
  try {
    if (!geojson) return { compact: readFileSync(path) };
    const edgesPath = resolve(values.edges ?? resolve(ROOT, EDGES));
    const edges = existsSync(edgesPath) ? JSON.parse(readFileSync(edgesPath, 'utf8')) : { type: 'FeatureCollection', features: [] };
    return { zones: JSON.parse(readFileSync(path, 'utf8')), edges };
  } catch (e) {
    throw new Exit(1, `check: zone data unreadable (${shown}): ${messageOf(e)}`.slice(0, 300));
  }
}

function loadEngine(values: Flags['values']): Engine {
  const data = loadZoneData(values);
  const ruleSets = [...bundledRuleSets()];
  if (values.ruleset !== undefined) {
    try {
      ruleSets.push(validateRuleSet(JSON.parse(readFileSync(resolve(values.ruleset), 'utf8'))));
    } catch (e) {
      throw new Exit(2, `--ruleset: ${messageOf(e)}`.slice(0, 300));
    }
  }
  try {
    return createEngine(data, ruleSets);
  } catch (e) {
    // Broken zone data ("zone data: …" from the decoder or the model): one line, no verdict.
    throw new Exit(1, `check: ${messageOf(e)}`.slice(0, 300));
  }
}

function runCsv(values: Flags['values'], file: string, shared: StringParams, json: boolean, io: Io): void {
  for (const k of ROW_PARAMS) if (values[k] !== undefined) throw new Exit(2, `--${k}: not allowed together with --csv (give it as a column)`);
  // Validate the shared flags once, so a bad --crs is a flag error, not an error on every row.
  const probe = parseEvaluateParams({ ...shared, lat: '0', lng: '0', at: '2000-01-01T00:00:00+08:00' });
  if (isInputError(probe)) throw flagError(probe);
  const engine = loadEngine(values);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Exit(2, `--csv: cannot read ${file.slice(0, 200)}`);
  }
  const { columns, records } = readCheckTable(text);
  const { lines, bad } = runBatch({ engine, columns, shared, json }, records);
  io.out(lines.join('\n') + (lines.length ? '\n' : ''));
  if (bad) io.err(`check: ${bad} of ${records.length} rows had errors (see the error column)\n`);
}

function runOne(values: Flags['values'], shared: StringParams, json: boolean, ics: boolean, io: Io): void {
  if (ics && json) throw new Exit(2, '--ics: not allowed together with --json (it prints a calendar)');
  const parsed = parseEvaluateParams({ ...shared, lat: values.lat, lng: values.lng, at: values.at });
  if (isInputError(parsed)) throw flagError(parsed);
  const engine = loadEngine(values);
  const result = engine.evaluate(parsed);
  if (isInputError(result)) throw flagError(result);
  if (isInternalError(result)) throw new Exit(EXIT_INTERNAL, `check: ${result.message}`);
  if (!ics) return io.out(json ? JSON.stringify(result, null, 2) + '\n' : humanText(result) + '\n');
  const none = noCalendarReason(result);
  const p = result.period;
  const cal = p && seasonCalendar(result, engine.seasonWindows(p.year, { project: p.projected }), engine.ruleSets, CALENDAR_WORDS['zh-CN'], Date.now());
  if (none || !cal) throw new Exit(EXIT_NO_CALENDAR, `check: no calendar for this place (${none ?? 'no-period'}${none === 'no-period' ? '; try --project' : ''})`);
  io.out(cal.text);
}

export function main(argv: string[], io: Io): number {
  try {
    const { values, json, help, ics } = parseFlags(argv);
    if (help) {
      io.out(USAGE + '\n');
      return 0;
    }
    const shared: StringParams = {};
    for (const k of SHARED_PARAMS) if (values[k] !== undefined) shared[k] = values[k];
    if (values.csv !== undefined && ics) throw new Exit(2, '--ics: not allowed together with --csv (one place at a time)');
    if (values.csv !== undefined) runCsv(values, values.csv, shared, json, io);
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

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) });
}
