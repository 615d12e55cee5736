/**
 * The bad-file corpus (tests/fixtures/bad-files/, make-bad-files.ts) through the CLI: every bad
 * --zones / --edges / --ruleset file is refused with exactly one line on stderr that names the
 * flag or file and what is wrong, nothing on stdout, a non-zero exit — 0 stack traces, 0 silent
 * acceptances — and the good files (a UTF-8 BOM before good data) are accepted.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { badFiles, BASE_EDGES, BASE_ZONES, largeBadFiles, writeFiles, type BadFile } from '../fixtures/bad-files/make-bad-files';

const DIR = fileURLToPath(new URL('../fixtures/bad-files/', import.meta.url));
const TMP = mkdtempSync(join(tmpdir(), 'bad-files-'));
writeFiles(TMP, largeBadFiles());
// 钦南区 on the real data and in the fixture's rectangle; 正月初二 2020, in the fictional notice's window.
const QUERY = ['--lat', '21.9', '--lng', '108.55', '--at', '2020-01-26T10:00:00+08:00', '--json'];

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main([...QUERY, ...args], { out: (s) => (stdout += s), err: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

/** The flags that give a corpus file to the CLI, with the other data it needs. */
function argsFor(name: string, path: string): string[] {
  const flag = name.startsWith('good/') ? name.slice(5).split('-')[0]! : name.split('/')[0]!;
  if (flag === 'zones') return path.endsWith('.bin') ? ['--zones', path] : ['--zones', path, '--edges', BASE_EDGES];
  if (flag === 'edges') return ['--zones', BASE_ZONES, '--edges', path];
  return ['--ruleset', path];
}

const committed = badFiles().map((f) => [f.name, f, join(DIR, f.name)] as const);
const large = largeBadFiles().map((f) => [f.name, f, join(TMP, f.name)] as const);
const bad = [...committed, ...large].filter(([, f]) => f.says !== null);
const good = committed.filter(([, f]) => f.says === null);

describe('bad data files: one line, no stack trace, no answer', () => {
  it.each(bad)('%s', async (name, file: BadFile, path) => {
    const r = await run(argsFor(name, path));
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n').filter(Boolean);
    // Zone data that cannot answer is a data failure (1); a --ruleset file that is not a rule set, a flag error (2).
    expect(r.code, r.stderr).toBe(r.stderr.startsWith('--ruleset: ') ? 2 : 1);
    expect(lines, r.stderr).toHaveLength(1);
    const line = lines[0]!;
    expect(line).not.toMatch(/\bat .*:\d+:\d+|TypeError|RangeError|ReferenceError|SyntaxError: Unexpected end|internal error/);
    expect(line.length).toBeLessThanOrEqual(300);
    // It names where the problem is: the flag and file, or the zone data.
    expect(line).toMatch(/^(--ruleset: |check: zone data)/);
    expect(line).toMatch(file.says!);
  });

  it('a directory is refused as such, for each flag', async () => {
    for (const args of [['--zones', DIR], ['--zones', BASE_ZONES, '--edges', DIR], ['--ruleset', DIR]]) {
      const r = await run(args);
      expect([r.code, r.stdout]).toEqual([args[0] === '--ruleset' ? 2 : 1, '']);
      expect(r.stderr).toMatch(/is a directory\n$/);
      expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    }
  });

  it('a file that does not exist is named', async () => {
    const r = await run(['--ruleset', join(TMP, 'nope.json')]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', expect.stringMatching(/^--ruleset: .*nope\.json: not found\n$/)]);
  });
});

describe('good files are accepted', () => {
  it.each(good)('%s', async (name, _file, path) => {
    const r = await run(argsFor(name, path));
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(JSON.parse(r.stdout).status).toBe(name.includes('ruleset') ? 'allowed' : 'no-notice');
  });
});

describe('spawned: the process itself', () => {
  it('an empty zones file: exit 1, one line on stderr, nothing on stdout (never "不在钦州市")', async () => {
    const { execFile } = await import('node:child_process');
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const r = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/main.ts', ...QUERY, '--zones', join(DIR, 'zones/empty-collection.geojson')], { cwd: root }, (err, stdout, stderr) =>
        resolve({ code: err ? Number(err.code) : 0, stdout, stderr }),
      );
    });
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toMatch(/^check: zone data: no zone qz2019-main-urban, which rule set qinzhou-2019-1 names as a prohibited zone \(0 features in the file\)\n$/);
  });
});
