/**
 * Draws the app icons as PNG, deterministically, with no image library: a small signed-distance
 * rasteriser (4×4 supersampling) and a minimal PNG encoder (zlib from Node). Same input, same bytes.
 *
 *   npx tsx scripts/build-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type RGBA = [number, number, number, number];
const RED: RGBA = [127, 29, 22, 255];
const GOLD: RGBA = [255, 196, 0, 255];
const WHITE: RGBA = [255, 255, 255, 255];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function encodePng(w: number, h: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((w * 4 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * w * 4, w * 4).copy(raw, y * (w * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in a unit square [0,1]²; each returns true if the point is inside.
const segDist = (px: number, py: number, ax: number, ay: number, bx: number, by: number) => {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
};
function roundedSquare(x: number, y: number, r: number): boolean {
  const qx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const qy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  return Math.hypot(qx, qy) <= r;
}

/** The design: a gold firework burst under a white "no" sign, on dark red. `s` scales the motif. */
function shade(x: number, y: number, s: number, fullBleed: boolean): RGBA | null {
  if (!fullBleed && !roundedSquare(x, y, 0.18)) return null;
  const u = (x - 0.5) / s, v = (y - 0.5) / s; // motif space, centred, unit ≈ icon size
  const r = Math.hypot(u, v);
  // no-sign: ring and the diagonal bar
  if (Math.abs(r - 0.36) <= 0.045) return WHITE;
  if (r < 0.36 && segDist(u, v, -0.255, -0.255, 0.255, 0.255) <= 0.04) return WHITE;
  // burst: 12 rays from an inner radius, plus a core
  if (r <= 0.05) return GOLD;
  for (let i = 0; i < 12; i++) {
    const a = (i / 12) * Math.PI * 2 + Math.PI / 12;
    const r0 = 0.1, r1 = i % 2 ? 0.22 : 0.28;
    if (segDist(u, v, r0 * Math.cos(a), r0 * Math.sin(a), r1 * Math.cos(a), r1 * Math.sin(a)) <= 0.022) return GOLD;
  }
  return RED;
}

function render(size: number, motifScale: number, fullBleed: boolean): Buffer {
  const px = new Uint8Array(size * size * 4);
  const SS = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = shade((x + (sx + 0.5) / SS) / size, (y + (sy + 0.5) / SS) / size, motifScale, fullBleed);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a += 255;
        }
      }
      const n = SS * SS, i = (y * size + x) * 4;
      // premultiplied sum → straight alpha
      px[i] = a ? Math.round((r * 255) / a) : 0;
      px[i + 1] = a ? Math.round((g * 255) / a) : 0;
      px[i + 2] = a ? Math.round((b * 255) / a) : 0;
      px[i + 3] = Math.round(a / n);
    }
  }
  return encodePng(size, size, px);
}

const OUT = 'public/icons';
mkdirSync(OUT, { recursive: true });
const files: [string, Buffer][] = [
  ['icon-192.png', render(192, 1, false)],
  ['icon-512.png', render(512, 1, false)],
  // Maskable: full bleed, motif inside the 80 % safe circle.
  ['maskable-512.png', render(512, 0.78, true)],
  ['apple-touch-icon.png', render(180, 0.9, true)],
  ['favicon-48.png', render(48, 1, false)],
];
for (const [name, buf] of files) {
  writeFileSync(`${OUT}/${name}`, buf);
  console.log(`${OUT}/${name}: ${buf.length} bytes`);
}
