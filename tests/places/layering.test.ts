/**
 * src/places sits between core and app (core ← places ← app) and ships in a lazy chunk: it may
 * import src/core only through src/core/index, its runtime libraries, and itself — never the
 * app, the map, the build-time pinyin library or Node.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = new URL('../../src/places/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));
const source = (f: string) => readFileSync(new URL(f, DIR), 'utf8');
const ALLOWED = /^(\.\/[\w-]+|\.\.\/core\/index|minisearch|gcoord)$/;

/** Static imports and re-exports at the start of a line, and dynamic import(). */
function importsOf(src: string): string[] {
  return [...src.matchAll(/^(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/gm), ...src.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

describe('src/places layering', () => {
  it.each(files)('%s imports only core/index, its own modules and its runtime libraries', (f) => {
    for (const i of importsOf(source(f))) expect(i, `${f} imports ${i}`).toMatch(ALLOWED);
    expect(source(f)).not.toMatch(/\bprocess\.|\bdocument\.|\bwindow\.|\brequire\(/);
  });

  it('sees the imports that are there (so the check above can fail)', () => {
    const all = files.flatMap((f) => importsOf(source(f)));
    expect(all).toEqual(expect.arrayContaining(['minisearch', 'gcoord', '../core/index', './format']));
  });
});
