/**
 * `npm run -s check -- --lat … --lng … [--at …] [--crs …] [--activity …] [--accuracy …] [--project] [--json]`
 * `npm run -s check -- --csv rows.csv [--json]`
 *
 * Exit codes: 0 answered (a verdict, or a CSV with per-row errors), 1 data files missing or
 * unreadable, 2 bad flags (one line on stderr naming the flag, nothing on stdout).
 */
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve, dirname } from 'node:path';
import { createEngine, parseEvaluateParams, isInputError, formatChinaHuman, validateRuleSet, BUNDLED_RULE_SETS } from './core/index';
import type { Engine, EngineData, EvaluateResult, InputError, Verdict } from './core/index';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const VALUE_FLAGS = ['lat', 'lng', 'at', 'crs', 'activity', 'accuracy', 'csv', 'zones', 'edges', 'ruleset'] as const;
const BOOL_FLAGS = ['json', 'project', 'help'] as const;
const PARAM_FLAGS = ['lat', 'lng', 'at', 'crs', 'activity', 'accuracy', 'project'];

const USAGE = `用法 / usage:
  npm run -s check -- --lat <纬度> --lng <经度> [--at <ISO-8601，默认现在>] [--crs wgs84|gcj02|bd09]
                      [--activity fire|sell] [--accuracy <米>] [--project] [--json]
  npm run -s check -- --csv <文件: lat,lng,at 每行一条> [--crs …] [--activity …] [--accuracy …] [--project] [--json]
  (默认读取 public/data/zones.bin；--zones / --edges 改用 GeoJSON 区域数据，默认 public/data/zones.geojson 与 public/data/zone-edges.geojson；
   --ruleset <通告 JSON> 在内置通告之外再载入一份通告数据)`;

class FlagError extends Error {}

/** Make a message safe to print as exactly one line. */
function oneLine(s: string): string {
  return s.replace(/[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export function parseArgs(argv: string[]): { values: Record<string, string>; bools: Set<string> } {
  const values: Record<string, string> = {};
  const bools = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new FlagError(`${arg.slice(0, 40)}: unexpected argument (flags start with --)`);
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    if ((VALUE_FLAGS as readonly string[]).includes(name)) {
      if (name in values) throw new FlagError(`--${name}: given more than once`);
      let v = inline;
      if (v === undefined) {
        const nextArg = argv[i + 1];
        if (nextArg === undefined || nextArg.startsWith('--')) throw new FlagError(`--${name}: missing value`);
        v = nextArg;
        i++;
      }
      if (v.trim() === '') throw new FlagError(`--${name}: empty value`);
      values[name] = v;
    } else if ((BOOL_FLAGS as readonly string[]).includes(name)) {
      if (bools.has(name) || name in values) throw new FlagError(`--${name}: given more than once`);
      if (inline !== undefined) {
        if (name !== 'project') throw new FlagError(`--${name}: takes no value`);
        if (inline.trim() === '') throw new FlagError(`--${name}: empty value`);
        values[name] = inline;
      } else if (name === 'project') values[name] = 'true';
      bools.add(name);
    } else {
      throw new FlagError(`--${oneLine(name.slice(0, 40))}: unknown flag`);
    }
  }
  return { values, bools };
}

function flagMessage(e: InputError): string {
  return `--${e.message}`;
}

const STATUS_ZH: Record<Verdict['status'], string> = {
  allowed: '允许',
  banned: '禁止',
  'county-rules': '由县自行规定',
  outside: '不在钦州市范围',
  'no-notice': '无通告',
};
const ZONE_ZH = { prohibited: '禁放区域', restricted: '限放区域' } as const;

export function humanText(v: Verdict): string {
  const lines: string[] = [];
  lines.push(`结论：${v.summary ?? STATUS_ZH[v.status]}`);
  lines.push(`状态：${v.status}（${STATUS_ZH[v.status]}）${v.projected ? '　※推算结果' : ''}`);
  lines.push(`时间：${formatChinaHuman(Date.parse(v.at))}（北京时间）`);
  const zone = v.zone ? `${ZONE_ZH[v.zone]}` : '—';
  lines.push(`位置：北纬 ${v.position.lat.toFixed(6)}°，东经 ${v.position.lng.toFixed(6)}°（WGS-84）；区域：${zone}${v.zoneName ? ` · ${v.zoneName}` : ''}`);
  if (v.window) lines.push(`当前允许时段：${formatChinaHuman(Date.parse(v.window.start))} 至 ${formatChinaHuman(Date.parse(v.window.end))}`);
  if (v.next) lines.push(`下一个允许时段：${formatChinaHuman(Date.parse(v.next.start))} 至 ${formatChinaHuman(Date.parse(v.next.end))}`);
  if (v.boundaryDistanceM !== null) {
    const b = v.nearestBoundary;
    lines.push(
      `边界：距最近的区域边界约 ${Math.round(v.boundaryDistanceM)} 米` +
        (b ? `（${b.road || b.zone}，来源 ${b.source}，误差上限 ${b.maxErrorM} 米）` : '') +
        (v.nearBoundary ? '；⚠ 位于边界误差范围内，结论可能因所在边界一侧而不同' : ''),
    );
  }
  const projection = v.projected ? v.reasons.find((r) => r.cite.startsWith('推算')) : undefined;
  if (projection) lines.push(`※ ${projection.text}`);
  const decisive = v.reasons.filter((r) => r.role === 'decisive');
  const basis = v.reasons.filter((r) => r.role === undefined);
  const advisory = v.reasons.filter((r) => r.role === 'advisory' && r !== projection);
  lines.push('依据：');
  for (const r of [...decisive, ...basis]) {
    lines.push(`  ${r.cite}：「${r.text}」`);
    if (r.summary) lines.push(`    → ${r.summary}`);
  }
  if (advisory.length) {
    lines.push('另请注意：');
    for (const r of advisory) {
      lines.push(`  · ${r.cite}：「${r.text}」`);
      if (r.summary) lines.push(`    → ${r.summary}`);
    }
  }
  return lines.join('\n');
}

const COMPACT_DATA = 'public/data/zones.bin';

/** Zone data: the compact file by default; GeoJSON when --zones or --edges names a file. */
function loadZoneData(values: Record<string, string>): EngineData {
  const geojson = values.zones !== undefined || values.edges !== undefined;
  const shown = values.zones ?? (geojson ? 'public/data/zones.geojson' : COMPACT_DATA);
  const main = values.zones !== undefined ? resolve(values.zones) : resolve(ROOT, shown);
  if (!existsSync(main)) {
    process.stderr.write(oneLine(`check: zone data not found (${shown}); build it with npm run geo:build`).slice(0, 300) + '\n');
    process.exit(1);
  }
  try {
    if (!geojson) return { compact: readFileSync(main) };
    const edgesPath = resolve(values.edges ?? resolve(ROOT, 'public/data/zone-edges.geojson'));
    const edges = existsSync(edgesPath) ? JSON.parse(readFileSync(edgesPath, 'utf8')) : { type: 'FeatureCollection', features: [] };
    return { zones: JSON.parse(readFileSync(main, 'utf8')), edges };
  } catch (e) {
    process.stderr.write(oneLine(`check: ${shown}: ${e instanceof Error ? e.message : String(e)}`).slice(0, 300) + '\n');
    process.exit(1);
  }
}

function loadEngine(values: Record<string, string>): Engine {
  const data = loadZoneData(values);
  const ruleSets = [...BUNDLED_RULE_SETS];
  if (values.ruleset !== undefined) {
    try {
      ruleSets.push(validateRuleSet(JSON.parse(readFileSync(resolve(values.ruleset), 'utf8'))));
    } catch (e) {
      process.stderr.write(oneLine(`--ruleset: ${e instanceof Error ? e.message : String(e)}`).slice(0, 300) + '\n');
      process.exit(2);
    }
  }
  try {
    return createEngine(data, ruleSets);
  } catch (e) {
    process.stderr.write(oneLine(`check: ${e instanceof Error ? e.message : String(e)}`).slice(0, 300) + '\n');
    process.exit(1);
  }
}

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const src = text.replace(/^\uFEFF/, '');
  while (i < src.length) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (c === '\r' && src[i + 1] === '\n') i++;
    } else field += c;
    i++;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_HEADER = ['row', 'lat', 'lng', 'at', 'status', 'zone', 'zoneId', 'ruleSet', 'projected', 'windowStart', 'windowEnd', 'nextStart', 'nextEnd', 'boundaryDistanceM', 'nearBoundary', 'decisive', 'error'] as const;

/** One output line, cells by column name (missing ones empty). */
function csvRow(cells: Partial<Record<(typeof CSV_HEADER)[number], unknown>>): string {
  return CSV_HEADER.map((name) => csvCell(cells[name])).join(',');
}

function runCsv(engine: Engine, file: string, shared: Record<string, string>, json: boolean): void {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    process.stderr.write(`--csv: cannot read ${oneLine(file.slice(0, 200))}\n`);
    process.exit(2);
  }
  const rows = parseCsv(text).filter((r) => !(r.length === 1 && r[0]!.trim() === ''));
  let columns = ['lat', 'lng', 'at'];
  const first = rows[0];
  // A header row names its columns (at least lat and lng); anything else is data, even if bad.
  const names = first?.map((c) => c.trim().toLowerCase()) ?? [];
  if (names.includes('lat') && names.includes('lng')) {
    columns = names;
    rows.shift();
  }
  const out: string[] = [];
  if (!json) out.push(CSV_HEADER.join(','));
  let bad = 0;
  rows.forEach((cells, idx) => {
    const params: Record<string, string | undefined> = { ...shared };
    columns.forEach((name, k) => {
      if (PARAM_FLAGS.includes(name) && cells[k] !== undefined) params[name] = cells[k];
    });
    for (const need of ['lat', 'lng', 'at']) if (params[need] === undefined) params[need] = '';
    const parsed = parseEvaluateParams(params);
    const result: EvaluateResult = isInputError(parsed) ? parsed : engine.evaluate(parsed);
    if (isInputError(result)) bad++;
    if (json) {
      out.push(JSON.stringify({ row: idx + 1, ...(isInputError(result) ? { input: cells, error: result } : result) }));
      return;
    }
    if (isInputError(result)) {
      // Echo the row's own values, whatever column order its header gave them.
      out.push(csvRow({ row: idx + 1, lat: params.lat, lng: params.lng, at: params.at, error: result.message }));
      return;
    }
    const v = result;
    out.push(
      csvRow({
        row: idx + 1, lat: v.position.lat, lng: v.position.lng, at: v.at, status: v.status, zone: v.zone, zoneId: v.zoneId,
        ruleSet: v.ruleSet, projected: v.projected, windowStart: v.window?.start, windowEnd: v.window?.end,
        nextStart: v.next?.start, nextEnd: v.next?.end, boundaryDistanceM: v.boundaryDistanceM, nearBoundary: v.nearBoundary,
        decisive: v.reasons.find((r) => r.role === 'decisive')?.cite,
      }),
    );
  });
  process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
  if (bad) process.stderr.write(`check: ${bad} of ${rows.length} rows had errors (see the error column)\n`);
}

function main(argv: string[]): void {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof FlagError) {
      process.stderr.write(oneLine(e.message) + '\n');
      process.exit(2);
    }
    throw e;
  }
  const { values, bools } = args;
  if (bools.has('help')) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  const shared: Record<string, string> = {};
  for (const k of ['crs', 'activity', 'accuracy', 'project']) if (values[k] !== undefined) shared[k] = values[k]!;
  if (values.csv !== undefined) {
    for (const k of ['lat', 'lng', 'at']) {
      if (values[k] !== undefined) {
        process.stderr.write(`--${k}: not allowed together with --csv (give it as a column)\n`);
        process.exit(2);
      }
    }
    // Validate the shared flags once, so a bad --crs is a flag error, not an error on every row.
    const probe = parseEvaluateParams({ ...shared, lat: '0', lng: '0', at: '2019-01-01T00:00:00+08:00' });
    if (isInputError(probe)) {
      process.stderr.write(oneLine(flagMessage(probe)) + '\n');
      process.exit(2);
    }
    runCsv(loadEngine(values), values.csv, shared, bools.has('json'));
    return;
  }
  const params: Record<string, string | undefined> = { ...shared, lat: values.lat, lng: values.lng, at: values.at };
  const parsed = parseEvaluateParams(params);
  if (isInputError(parsed)) {
    process.stderr.write(oneLine(flagMessage(parsed)) + '\n');
    process.exit(2);
  }
  const engine = loadEngine(values);
  const result = engine.evaluate(parsed);
  if (isInputError(result)) {
    process.stderr.write(oneLine(flagMessage(result)) + '\n');
    process.exit(2);
  }
  process.stdout.write(bools.has('json') ? JSON.stringify(result, null, 2) + '\n' : humanText(result) + '\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
