/**
 * The `check` CLI as one prebuilt ES module, so `npm run check` runs plain JavaScript in plain
 * Node: no TypeScript loader thread (tsx's, about 50 MB of RSS and 0.4 s of CPU before the first
 * row) and no per-function name helper. Built by esbuild (the transpiler tsx itself runs) from
 * src/cli/main.ts and src/cli/batch-worker.ts into .cache/cli/ (git-ignored), and rebuilt
 * whenever any file it was built from is newer than the build: the bundle is never stale, and
 * there is no generated code in git. The tests run the same sources through vitest, and the
 * spawned CLI tests through this bundle.
 *
 * .cache/cli/ sits as deep under the repository as src/cli/, so main.ts finds public/data/ the
 * same way from either (its ROOT is two folders up from the module).
 *
 * Plain JavaScript, not TypeScript: it runs before anything could transpile.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '.cache/cli');
/** What the last build read (paths from the root) and when it started. */
const INPUTS = join(OUT, 'inputs.json');
const ENTRIES = ['src/cli/main.ts', 'src/cli/batch-worker.ts'];

/** True when the bundle exists and no file it was built from changed since (or went away). */
function fresh() {
  let built;
  try {
    built = JSON.parse(readFileSync(INPUTS, 'utf8'));
    for (const entry of ['main.mjs', 'batch-worker.mjs']) statSync(join(OUT, entry));
  } catch {
    return false;
  }
  try {
    return built.files.every((f) => statSync(join(ROOT, f)).mtimeMs < built.startedMs);
  } catch {
    return false;
  }
}

/** Writes a file whole or not at all (two builds at once write the same bytes; a reader never sees half). */
function writeAtomic(path, bytes) {
  const part = `${path}.${process.pid}.part`;
  writeFileSync(part, bytes);
  renameSync(part, path);
}

async function build() {
  const startedMs = Date.now();
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: OUT,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Dependencies load from node_modules as they do under tsx; only our sources are bundled.
    packages: 'external',
    metafile: true,
    write: false,
    logLevel: 'error',
  });
  mkdirSync(OUT, { recursive: true });
  // Shared chunks before the entries that import them, the list of inputs last.
  const files = [...result.outputFiles].sort((a, b) => Number(a.path.endsWith('main.mjs') || a.path.endsWith('batch-worker.mjs')) - Number(b.path.endsWith('main.mjs') || b.path.endsWith('batch-worker.mjs')));
  for (const f of files) writeAtomic(f.path, f.contents);
  // Chunks of earlier builds (their names are content hashes) go.
  const written = new Set(files.map((f) => f.path));
  for (const name of readdirSync(OUT)) if (name.startsWith('chunk-') && !written.has(join(OUT, name))) rmSync(join(OUT, name), { force: true });
  const inputs = [...Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules/')), relative(ROOT, fileURLToPath(import.meta.url))];
  writeAtomic(INPUTS, JSON.stringify({ startedMs, files: inputs }));
}

/** The URL of the bundled CLI (main.mjs), built first if it is missing or stale. */
export async function cliBundle() {
  if (!fresh()) await build();
  return pathToFileURL(join(OUT, 'main.mjs')).href;
}
