/**
 * Honest bounds against the OpenStreetMap coastline: approximate zones are mostly land, every
 * cited evidence point lies within its entry's error bound, and the open-water feature keeps
 * its allowance from the shore, stays small, and is never where a prohibited zone is.
 */
import { gzipSync } from 'node:zlib';
import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { areaM2, intersect, seaPolygons, waterShare } from '../../geo/coast';
import { checkEvidence, distanceToLineM, waypointsInWater } from '../../geo/evidence';
import type { Pos } from '../../geo/geometry';
import { loadWaypoints } from '../../geo/ring-spec';
import { SEA_ALLOWANCE_M, SEA_ZONE_ID } from '../../geo/sea-zone';
import { polygonsOf } from '../../geo/zones';
import { committedZones } from './helpers';

const zones = committedZones().features;
const byId = new Map(zones.map((f) => [f.properties.id, f]));
const sea = byId.get(SEA_ZONE_ID)!;
const seaPolys = polygonsOf(sea.geometry);
const coastRings = seaPolygons().flat();
const inside = (id: string, p: Pos) => polygonsOf(byId.get(id)!.geometry).some((poly) => booleanPointInPolygon(p, { type: 'Polygon', coordinates: poly }));
const waypoints = loadWaypoints();

describe('zones against the coastline', () => {
  it.each(zones.filter((z) => z.properties.kind === 'prohibited' && z.properties.approximate).map((z) => z.properties.id))(
    '%s is at most 15 % open water',
    (id) => {
      expect(waterShare(polygonsOf(byId.get(id)!.geometry))).toBeLessThanOrEqual(0.15);
    },
  );

  it('every port area lies along its shore: it keeps some water, the 50 m pier allowance', () => {
    for (const a of waypoints.areas) expect(waterShare(polygonsOf(byId.get(a.id)!.geometry)), a.id).toBeGreaterThan(0);
  });

  it('every stretch\'s and area\'s error bound covers each evidence point it cites', () => {
    const checks = checkEvidence(waypoints, zones);
    expect(checks.length).toBeGreaterThanOrEqual(30);
    for (const a of waypoints.areas) expect(checks.filter((c) => c.entry === a.id).length, a.id).toBeGreaterThan(0);
    for (const c of checks) expect(c.distanceM, `${c.entry}: ${c.point.what}`).toBeLessThanOrEqual(c.errorM);
  });

  it('no hand-placed waypoint of a ring lies on the water side of the coastline (roads are on land)', () => {
    expect(waypointsInWater(waypoints)).toEqual([]);
  });
});

describe('open water (kind "sea")', () => {
  it('is the last feature, with provenance and the allowance it keeps', () => {
    expect(zones[zones.length - 1]!.properties.id).toBe(SEA_ZONE_ID);
    expect(sea.properties).toMatchObject({ kind: 'sea', article: null, approximate: true, allowanceM: SEA_ALLOWANCE_M });
    expect(sea.properties.source).toMatch(/coastline.*ODbL/);
  });

  it(`keeps ${SEA_ALLOWANCE_M} m from the coastline, on its water side (every vertex and edge midpoint)`, () => {
    let checked = 0;
    for (const ring of seaPolys.flat()) {
      for (let i = 0; i + 1 < ring.length; i++) {
        for (const p of [ring[i]!, [(ring[i]![0] + ring[i + 1]![0]) / 2, (ring[i]![1] + ring[i + 1]![1]) / 2] as Pos]) {
          const d = Math.min(...coastRings.map((r) => distanceToLineM(p, r)));
          // The clip box's own edges are not coast: points there are far out at sea.
          expect(d, `${p}`).toBeGreaterThanOrEqual(SEA_ALLOWANCE_M - 1);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
    expect(areaM2(intersect(seaPolys, seaPolygons())) / areaM2(seaPolys)).toBeGreaterThan(0.999);
  });

  it('covers the water the 钦南区 outline claims (茅尾海, 钦州湾 south of the port), not piers and bridge landings', () => {
    for (const p of [[108.52, 21.82], [108.5, 21.84], [108.6, 21.7]] as Pos[]) {
      expect(inside(SEA_ZONE_ID, p), `${p}`).toBe(true);
      expect(inside('county-450702', p), `${p}`).toBe(true);
    }
    // 龙门大桥's east landing (OSM way/1347248184) and the 金鼓江大桥 ends are land by the rule.
    for (const p of [[108.583431, 21.756322], [108.633218, 21.739756], [108.639939, 21.73945]] as Pos[]) expect(inside(SEA_ZONE_ID, p), `${p}`).toBe(false);
  });

  it('never overlaps a prohibited zone (zones first: a pier in a port area stays in the port area)', () => {
    for (const z of zones.filter((f) => f.properties.kind === 'prohibited')) {
      expect(areaM2(intersect(polygonsOf(z.geometry), seaPolys)), z.properties.id).toBeLessThan(1);
    }
  });

  it('stays small: at most 4 KiB gzip of the first verdict\'s 20 KB data budget', () => {
    const text = JSON.stringify(sea);
    expect(gzipSync(text, { level: 9 }).length).toBeLessThanOrEqual(4 * 1024);
    expect(seaPolys.flat(2).length).toBeLessThan(600);
  });
});
