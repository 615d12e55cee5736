/** Property tests: parsePastedPlace never throws and never returns a position off the globe. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePastedPlace, type PastedPlace } from '../../src/places/paste';

function onGlobe(r: PastedPlace): boolean {
  const ok = (p: { lat: number; lng: number }) => Number.isFinite(p.lat) && Number.isFinite(p.lng) && Math.abs(p.lat) <= 90 && Math.abs(p.lng) <= 180;
  if (r.kind === 'position') return ok(r);
  if (r.kind === 'ask') return r.readings.every(ok);
  return true;
}

const KINDS = new Set(['position', 'ask', 'needs-network', 'error', 'text']);
const check = (s: string) => {
  const r = parsePastedPlace(s);
  expect(KINDS.has(r.kind)).toBe(true);
  expect(onGlobe(r), `${JSON.stringify(s)} → ${JSON.stringify(r)}`).toBe(true);
  if (r.kind === 'error') expect(r.code).toMatch(/^[a-z-]+$/);
};

/** Pieces real pastes are made of, so random strings hit the parser's branches, not only "text". */
const piece = fc.oneof(
  fc.double({ noNaN: false, min: -1e6, max: 1e6 }).map(String),
  fc.integer({ min: -200, max: 200 }).map(String),
  fc.constantFrom('°', "'", '"', '′', '″', '度', '分', '秒', 'N', 'S', 'E', 'W', '北纬', '东经', '南纬', '西经', '纬度', '经度', 'lat', 'lng'),
  fc.constantFrom(',', '，', ';', ' ', '/', ':', '(', ')', '.', '-', '+', 'e', '钦州'),
  fc.constantFrom('geo:', 'https://uri.amap.com/marker?position=', 'https://api.map.baidu.com/marker?location=', '&coord_type=', 'bd09mc', 'gcj02',
    'https://apis.map.qq.com/uri/v1/marker?marker=coord:', ';u=', ';crs=', '?q=', 'https://map.baidu.com/@', 'z', 'https://surl.amap.com/', '[位置]', '&pointx=', '&pointy=', 'androidamap://viewMap?lat=', '&lon='),
);

describe('parsePastedPlace under arbitrary input', () => {
  it('never throws on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), check), { numRuns: 3000 });
  });

  it('never throws and stays on the globe for text built from coordinate and link pieces', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((a) => a.join('')), check), { numRuns: 5000 });
  });

  it('reads back any valid lat,lng it is given, whatever the order in which two decimals are written', () => {
    fc.assert(
      fc.property(fc.double({ min: 21, max: 23, noNaN: true }), fc.double({ min: 107.8, max: 110.3, noNaN: true }), fc.boolean(), (lat, lng, swap) => {
        const [a, b] = [lat.toFixed(6), lng.toFixed(6)];
        const r = parsePastedPlace(swap ? `${b},${a}` : `${a},${b}`);
        expect(r).toMatchObject({ kind: 'position', lat: Number(a), lng: Number(b) });
      }),
      { numRuns: 500 },
    );
  });

  it('reads back any DMS position it writes, in both hemispheres', () => {
    const dms = (v: number, pos: string, neg: string) => {
      // Whole milliseconds of arc, so seconds never print as "60.000".
      const ms = Math.round(Math.abs(v) * 3_600_000), d = Math.floor(ms / 3_600_000), m = Math.floor((ms % 3_600_000) / 60_000);
      return `${d}°${m}'${((ms % 60_000) / 1000).toFixed(3)}"${v < 0 ? neg : pos}`;
    };
    fc.assert(
      fc.property(fc.double({ min: -89.99, max: 89.99, noNaN: true }), fc.double({ min: -179.99, max: 179.99, noNaN: true }), (lat, lng) => {
        const r = parsePastedPlace(`${dms(lat, 'N', 'S')} ${dms(lng, 'E', 'W')}`);
        expect(r.kind).toBe('position');
        if (r.kind !== 'position') return;
        expect(Math.abs(r.lat - lat)).toBeLessThan(1e-5);
        expect(Math.abs(r.lng - lng)).toBeLessThan(1e-5);
      }),
      { numRuns: 500 },
    );
  });
});
