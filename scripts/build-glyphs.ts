/**
 * Self-hosted map glyphs, so labels render with no glyph server:
 *
 *   npm run glyphs
 *
 * MapLibre draws Chinese text itself through `localIdeographFontFamily` (the phone's own CJK
 * font), but digits, Latin letters and punctuation in labels ("325国道", "G325", "(…)") come
 * from SDF glyph PBFs at `glyphs: '<base>fonts/{fontstack}/{range}.pbf'`. Only range 0-255 is
 * built: every label character outside it is CJK (tests/map-data/glyphs.test.ts checks that).
 *
 * fontnik is Mapbox's own glyph generator (FreeType + sdf-glyph-foundry, the PBFs their servers
 * serve), shipped with a prebuilt binary for Node 20, so nothing is downloaded. The font is Noto
 * Sans Regular from @fontsource/noto-sans (SIL Open Font License 1.1: redistribution allowed,
 * licence text shipped beside the glyphs), the Latin companion of the Noto Sans CJK that
 * Debian's fonts-noto-cjk gives the browser tests. Same package versions → same bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The name MapLibre layers ask for in `text-font`; fontnik names the stack "<family> <style>". */
export const FONTSTACK = 'Noto Sans Regular';
export const GLYPH_RANGE = '0-255';
export const GLYPH_DIR = `public/fonts/${FONTSTACK}`;
export const GLYPH_FILE = `${GLYPH_DIR}/${GLYPH_RANGE}.pbf`;
export const LICENSE_FILE = 'public/fonts/OFL-Noto-Sans.txt';

const FONT = require.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff');
const FONT_LICENSE = join(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'LICENSE');

interface Fontnik {
  range(opts: { font: Buffer; start: number; end: number }, cb: (err: Error | null, pbf: Buffer) => void): void;
}

export async function buildGlyphs(): Promise<{ pbf: Buffer; license: string }> {
  const fontnik = require('fontnik') as Fontnik;
  const font = readFileSync(FONT);
  const pbf = await new Promise<Buffer>((ok, fail) => fontnik.range({ font, start: 0, end: 255 }, (err, data) => (err ? fail(err) : ok(data))));
  const license =
    'Glyphs in this folder are rendered from Noto Sans Regular (npm @fontsource/noto-sans, latin subset)\n' +
    'by scripts/build-glyphs.ts, and are distributed under the font\'s licence, reproduced below.\n\n' +
    readFileSync(FONT_LICENSE, 'utf8');
  return { pbf, license };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { pbf, license } = await buildGlyphs();
  mkdirSync(join(REPO, GLYPH_DIR), { recursive: true });
  writeFileSync(join(REPO, GLYPH_FILE), pbf);
  writeFileSync(join(REPO, LICENSE_FILE), license);
  console.log(`${GLYPH_FILE}: ${(pbf.length / 1024).toFixed(1)} KiB`);
}
