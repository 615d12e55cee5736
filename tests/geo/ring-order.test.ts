/** Walking each ring passes the notice's roads in the notice's order, on real geometry where traced. */
import { describe, expect, it } from 'vitest';
import { closestOnSegment, haversineM, lineLengthM, type Pos } from '../../geo/geometry';
import { loadRings } from '../../geo/ring-spec';
import { loadRoadsFile } from '../../geo/roads';
import { DEFAULT_ROADS } from '../../geo/build';
import { matchesAlias } from '../../geo/road-network';
import { committedEdges, committedZones, NOTICE_RINGS } from './helpers';

const rings = loadRings();
const edges = committedEdges().features;
const zones = committedZones().features;
const ways = loadRoadsFile(DEFAULT_ROADS);

/** Arc-length position (metres) of the point on the ring nearest to p. */
function positionOnRing(ring: Pos[], p: Pos): { at: number; distM: number } {
  let best = { at: 0, distM: Infinity };
  let run = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const c = closestOnSegment(p, ring[i]!, ring[i + 1]!);
    const seg = haversineM(ring[i]!, ring[i + 1]!);
    if (c.distM < best.distM) best = { at: run + c.t * seg, distM: c.distM };
    run += seg;
  }
  return best;
}

describe.each(rings.map((r) => [r.id, r] as const))('%s', (id, spec) => {
  it('lists the notice roads in the notice order', () => {
    const names = NOTICE_RINGS[id]!.split('—');
    expect(names[0]).toBe(names[names.length - 1]);
    expect(spec.roads.map((r) => r.name)).toEqual(names.slice(0, -1));
  });

  it('its boundary stretches follow the roads in that order', () => {
    const mine = edges.filter((e) => e.properties.zone === id);
    const sequence = mine.map((e) => e.properties.road).filter((r, i, a) => i === 0 || r !== a[i - 1]);
    expect(sequence).toEqual(spec.roads.map((r) => r.name));
  });

  it('walking the polygon meets the stretches one after another, all the way round', () => {
    const ring = zones.find((z) => z.properties.id === id)!.geometry.coordinates[0] as Pos[];
    const perimeter = lineLengthM(ring);
    const stops = edges
      .filter((e) => e.properties.zone === id && e.properties.lengthM > 100)
      .map((e) => {
        const c = e.geometry.coordinates;
        const where = positionOnRing(ring, c[Math.floor(c.length / 2)]!);
        expect(where.distM).toBeLessThan(5);
        return where.at;
      });
    // Cyclic order: the positions increase (or all decrease) except for one wrap-around.
    const steps = stops.map((a, i) => stops[(i + 1) % stops.length]! - a);
    const forward = steps.filter((s) => s > 0).length, backward = steps.filter((s) => s < 0).length;
    expect(Math.min(forward, backward)).toBe(1);
    // ...and going round once in that direction visits every stop: exactly one lap.
    const dir = forward > backward ? 1 : -1;
    const laps = steps.reduce((acc, s) => acc + (((dir * s) % perimeter) + perimeter) % perimeter, 0) / perimeter;
    expect(laps).toBeCloseTo(1, 6);
  });

  it('traced stretches lie on OSM ways of that road', () => {
    for (const e of edges.filter((x) => x.properties.zone === id && x.properties.source === 'osm')) {
      const road = spec.roads.find((r) => r.name === e.properties.road)!;
      const refs = e.properties.ref.split(' ');
      const own = ways.filter((w) => refs.includes(w.id));
      expect(own.length).toBe(refs.length);
      expect(own.every((w) => matchesAlias(w, road))).toBe(true);
      const inner = e.geometry.coordinates.slice(1, -1);
      for (const p of inner) {
        const d = Math.min(...own.flatMap((w) => w.coords.slice(1).map((q, i) => closestOnSegment(p, w.coords[i]!, q).distM)));
        expect(d).toBeLessThan(1);
      }
    }
  });
});
