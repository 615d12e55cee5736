/**
 * Runtime dependencies are exactly what src/ imports: a package only tests, scripts or geo/ use
 * is a devDependency, and nothing in src/ imports a package that is not a dependency.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';

const ROOT = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as { dependencies: Record<string, string> };

function imports(dir: URL): string[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
  return files.flatMap((f) => {
    // TypeScript's own scanner: import specifiers only, never text in strings or comments.
    const src = readFileSync(new URL(f, dir), 'utf8');
    return ts.preProcessFile(src, true, true).importedFiles.map((i) => i.fileName);
  });
}

/** "@scope/name/sub" → "@scope/name", "name/sub" → "name"; null for relative paths and Node built-ins. */
function packageOf(spec: string): string | null {
  if (spec.startsWith('.') || spec.startsWith('node:') || spec.startsWith('virtual:')) return null;
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

describe('dependencies', () => {
  it('package.json "dependencies" = the packages src/ imports', () => {
    const used = [...new Set(imports(new URL('src/', ROOT)).map(packageOf).filter((p): p is string => p !== null))].sort();
    expect(Object.keys(pkg.dependencies).sort()).toEqual(used);
  });
});
