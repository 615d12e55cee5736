/**
 * src/core ships to phones: no calendar library, no Node APIs, no DOM, and nothing from outside
 * src/core (eslint's boundaries rule says the same for every layer; this is the core's own check).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const DIR = new URL('../../src/core/', import.meta.url);
const files = readdirSync(DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));

describe('src/core purity', () => {
  it.each(files)('%s imports nothing it must not', (f) => {
    const src = readFileSync(new URL(f, DIR), 'utf8');
    // Static (either quote) and dynamic imports.
    const imports = [...src.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
    for (const i of imports) {
      expect(i, `${f} imports ${i}`).not.toMatch(/^(node:|tyme4ts|lunar-|date-chinese|solarlunar|fs$|path$)/);
      if (i.startsWith('.')) expect(normalize(join(dirname(f), i)), `${f} imports ${i}`).not.toMatch(/^\.\./);
    }
    expect(src).not.toMatch(/\bprocess\.|\bdocument\.|\brequire\(/);
    expect(src).not.toMatch(/Intl\.DateTimeFormat|ca-chinese/);
  });
});
