/**
 * The self-hosted glyph range: rebuilt to the same bytes, a well-formed glyph PBF that MapLibre
 * can read, and every character any label may show is either in it or drawn locally as CJK.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Pbf from 'pbf';
import { describe, expect, it } from 'vitest';
import { buildGlyphs, FONTSTACK, GLYPH_FILE, GLYPH_RANGE, LICENSE_FILE } from '../../scripts/build-glyphs';
import { MAP_DATA_FILES } from '../../scripts/build-map-data';

const REPO = new URL('../../', import.meta.url).pathname;
const committed = readFileSync(join(REPO, GLYPH_FILE));

interface Glyph { id: number; bitmap?: Uint8Array; width: number; height: number; left: number; top: number; advance: number }

/** glyphs.proto (node-fontnik): glyphs { repeated fontstack stacks = 1 }, fontstack { name = 1, range = 2, repeated glyph = 3 }. */
function decode(buf: Uint8Array): { name: string; range: string; glyphs: Glyph[] }[] {
  const pbf = new Pbf(buf);
  const stacks: { name: string; range: string; glyphs: Glyph[] }[] = [];
  pbf.readFields((tag) => {
    if (tag !== 1) return;
    const stack = { name: '', range: '', glyphs: [] as Glyph[] };
    pbf.readMessage((t) => {
      if (t === 1) stack.name = pbf.readString();
      else if (t === 2) stack.range = pbf.readString();
      else if (t === 3) {
        const g: Glyph = { id: 0, width: 0, height: 0, left: 0, top: 0, advance: 0 };
        pbf.readMessage((k) => {
          if (k === 1) g.id = pbf.readVarint();
          else if (k === 2) g.bitmap = pbf.readBytes();
          else if (k === 3) g.width = pbf.readVarint();
          else if (k === 4) g.height = pbf.readVarint();
          else if (k === 5) g.left = pbf.readSVarint();
          else if (k === 6) g.top = pbf.readSVarint();
          else if (k === 7) g.advance = pbf.readVarint();
        }, g);
        stack.glyphs.push(g);
      }
    }, stack);
    stacks.push(stack);
  }, stacks);
  return stacks;
}

/** What MapLibre draws with localIdeographFontFamily instead of asking for glyphs (CJK, full-width forms). */
const LOCAL = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u;

describe('glyphs', () => {
  it('a rebuild gives the committed bytes (run `npm run glyphs` if this fails)', async () => {
    const { pbf, license } = await buildGlyphs();
    expect(Buffer.compare(pbf, committed)).toBe(0);
    expect(readFileSync(join(REPO, LICENSE_FILE), 'utf8')).toBe(license);
  });

  it('is one Noto Sans Regular stack for 0-255 with a bitmap for every visible ASCII and Latin-1 character', () => {
    const [stack, ...rest] = decode(committed);
    expect(rest).toEqual([]);
    expect(stack!.name).toBe(FONTSTACK);
    expect(stack!.range).toBe(GLYPH_RANGE);
    const byId = new Map(stack!.glyphs.map((g) => [g.id, g]));
    for (let c = 0x21; c <= 0x7e; c++) {
      const g = byId.get(c);
      expect(g, String.fromCharCode(c)).toBeDefined();
      // SDF bitmaps carry a 3-pixel border on each side.
      expect(g!.bitmap!.length, String.fromCharCode(c)).toBe((g!.width + 6) * (g!.height + 6));
    }
    expect(byId.get(0x20)!.advance).toBeGreaterThan(0);
    for (const c of '·°×é') expect(byId.has(c.codePointAt(0)!), c).toBe(true);
  });

  it('ships the font licence (SIL OFL 1.1) beside the glyphs', () => {
    expect(existsSync(join(REPO, LICENSE_FILE))).toBe(true);
    expect(readFileSync(join(REPO, LICENSE_FILE), 'utf8')).toMatch(/SIL Open Font License, Version 1\.1/);
  });

  it('covers every character of every map label: road, zone, county and search names', () => {
    const have = new Set(decode(committed)[0]!.glyphs.map((g) => g.id));
    const texts: string[] = [];
    const collect = (fc: { features: { properties: Record<string, unknown> | null }[] }) =>
      fc.features.forEach((f) => typeof f.properties?.name === 'string' && texts.push(f.properties.name));
    collect(JSON.parse(readFileSync(join(REPO, 'public/data/basemap.geojson'), 'utf8')));
    collect(JSON.parse(readFileSync(join(REPO, MAP_DATA_FILES.labels), 'utf8')));
    collect(JSON.parse(readFileSync(join(REPO, 'public/data/zones.geojson'), 'utf8')));
    const places = JSON.parse(readFileSync(join(REPO, MAP_DATA_FILES.places), 'utf8')) as { places: { name: string }[] };
    texts.push(...places.places.map((p) => p.name));
    expect(texts.length).toBeGreaterThan(300);
    const missing = new Set([...texts.join('')].filter((c) => !LOCAL.test(c) && !have.has(c.codePointAt(0)!)));
    expect([...missing]).toEqual([]);
  });
});
