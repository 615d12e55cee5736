/**
 * Error bands: where a drawn boundary may really run. Each boundary stretch of
 * public/data/zone-edges.geojson is buffered by its own error bound (maxErrorM), so the truth
 * lies inside the band by the data's own account.
 *
 * Only stretches whose two sides get different answers count (the 钦南区/钦北区 line is
 * restricted on both sides, and prohibited on both where the main urban ring covers it): a band
 * there would warn about nothing. Sides are told apart by classifying a point just left and
 * just right of each segment's midpoint.
 *
 * The map draws the approximate stretches (source ≠ osm), one feature per zone and one for all
 * county lines, unioned so shared borders and joints are not shaded twice. Road measurements
 * use every stretch, traced ones (±30 m) included.
 */
import { bbox as turfBbox, booleanPointInPolygon, buffer, featureCollection, simplify, truncate, union } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { EdgeProperties } from '../../src/core/index';
import type { Classifier } from './classify';
import { lines, M_PER_DEG } from './geometry';

/**
 * How each kind of stretch is buffered. County outlines are long (≈2000 km in all) and uncertain
 * by 700 m, so they are simplified first and drawn coarser; that keeps the file small, and every
 * shortcut widens the band (slackM), never narrows it:
 * - Douglas–Peucker keeps every dropped vertex within the tolerance of the simplified line
 *   (0.001° ≤ 112 m here), and rounding to 1e-4° moves a vertex by at most 8 m: slack 130 m.
 *   Zone stretches are short and kept whole; rounding to 1e-5° moves them by under 1 m.
 * - The buffer's arcs are chords inside the true circle; dividing the radius by the cosine of half
 *   a chord's angle puts the chords outside it.
 */
const STYLE = {
  zone: { simplifyDeg: 0, slackM: 1, stepsPerQuarter: 4, precision: 5 },
  county: { simplifyDeg: 0.001, slackM: 130, stepsPerQuarter: 2, precision: 4 },
} as const;
/** How far left and right of a segment its two sides are sampled. */
const SIDE_OFFSET_M = 20;

interface Run {
  group: string;
  approximate: boolean;
  maxErrorM: number;
  coords: Position[];
}

export interface Band {
  /** Zone id, or "counties" for the county lines together. */
  group: string;
  approximate: boolean;
  maxErrorM: number;
  bbox: number[];
  polygon: Feature<Polygon | MultiPolygon>;
}

const isCounty = (zone: string): boolean => zone.startsWith('county-');

/** Consecutive segments of a line whose two sides the notice treats differently. */
function relevantRuns(line: Position[], cls: Classifier): Position[][] {
  const runs: Position[][] = [];
  let run: Position[] | null = null;
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i]!, b = line[i + 1]!;
    const mx = (a[0]! + b[0]!) / 2, my = (a[1]! + b[1]!) / 2;
    const kx = Math.cos((my * Math.PI) / 180);
    const dx = (b[0]! - a[0]!) * kx, dy = b[1]! - a[1]!;
    const len = Math.hypot(dx, dy);
    let relevant = false;
    if (len > 0) {
      const off = SIDE_OFFSET_M / M_PER_DEG;
      const nx = (-dy / len) * off, ny = (dx / len) * off;
      relevant = !cls.same(cls.at([mx + nx / kx, my + ny]), cls.at([mx - nx / kx, my - ny]));
    }
    if (relevant) {
      if (!run) runs.push((run = [a]));
      run.push(b);
    } else run = null;
  }
  return runs;
}

/**
 * A closed run (a whole outline) is buffered as two open halves: Turf's buffer (JSTS) treats a
 * closed line as a ring and, when the radius exceeds the ring's inradius, leaves a spurious hole
 * in the middle — the band would then miss points within the bound of the outline.
 */
function openPieces(coords: Position[]): Position[][] {
  const a = coords[0]!, z = coords[coords.length - 1]!;
  if (coords.length < 3 || a[0] !== z[0] || a[1] !== z[1]) return [coords];
  const mid = Math.floor(coords.length / 2);
  return [coords.slice(0, mid + 1), coords.slice(mid)];
}

function runsOf(edges: FeatureCollection, cls: Classifier): Run[] {
  const out: Run[] = [];
  for (const f of edges.features) {
    const p = f.properties as EdgeProperties;
    if (f.geometry.type !== 'LineString' && f.geometry.type !== 'MultiLineString') continue;
    for (const line of lines(f.geometry)) {
      for (const coords of relevantRuns(line, cls).flatMap(openPieces)) {
        out.push({ group: isCounty(p.zone) ? 'counties' : p.zone, approximate: p.source !== 'osm', maxErrorM: p.maxErrorM, coords });
      }
    }
  }
  return out;
}

const styleOf = (group: string) => (group === 'counties' ? STYLE.county : STYLE.zone);

function bufferRun(run: Run): Feature<Polygon | MultiPolygon> {
  const style = styleOf(run.group);
  let line: Feature<LineString> = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: run.coords } };
  if (style.simplifyDeg) line = simplify(line, { tolerance: style.simplifyDeg, highQuality: true });
  const chordFactor = 1 / Math.cos(Math.PI / (4 * style.stepsPerQuarter));
  return buffer(line, (run.maxErrorM + style.slackM) * chordFactor, { units: 'meters', steps: style.stepsPerQuarter }) as Feature<Polygon | MultiPolygon>;
}

function unionOf(group: string, polys: Feature<Polygon | MultiPolygon>[]): Feature<Polygon | MultiPolygon> {
  // Snapped first: polyclip-ts cannot close rings through near-coincident vertices that the
  // buffers of touching stretches produce (seen on the repaired 钦北区 outline).
  const snapped = polys.map((p) => truncate(p, { precision: 7, coordinates: 2 }));
  const u = snapped.length === 1 ? snapped[0]! : union(featureCollection(snapped));
  return truncate(u!, { precision: styleOf(group).precision, coordinates: 2 });
}

/** Bands of every relevant stretch, unioned per (group, traced or approximate). */
export function buildBands(edges: FeatureCollection, cls: Classifier): Band[] {
  const byKey = new Map<string, Run[]>(); // insertion order: the order of zone-edges.geojson
  for (const r of runsOf(edges, cls)) {
    const key = `${r.group}\u0000${r.approximate}`;
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  return [...byKey.values()].map((group) => {
    const polygon = unionOf(group[0]!.group, group.map(bufferRun));
    return {
      group: group[0]!.group,
      approximate: group[0]!.approximate,
      maxErrorM: Math.max(...group.map((r) => r.maxErrorM)),
      bbox: turfBbox(polygon),
      polygon,
    };
  });
}

/** True when the point lies in any band: its answer may differ from what the drawn polygons say. */
export function inAnyBand(bands: Band[], p: Position): boolean {
  for (const b of bands) {
    const [w, s, e, n] = b.bbox as [number, number, number, number];
    if (p[0]! < w || p[0]! > e || p[1]! < s || p[1]! > n) continue;
    if (booleanPointInPolygon(p, b.polygon)) return true;
  }
  return false;
}

/** public/data/error-bands.geojson: the approximate stretches' bands, for the map only. */
export function errorBandsFile(bands: Band[], cls: Classifier, attribution: string): object {
  return {
    type: 'FeatureCollection',
    name: 'qinzhou-zone-error-bands',
    description:
      'Where an approximate zone boundary may really run: each hand-placed or uncertain stretch of zone-edges.geojson ' +
      'buffered by its own maxErrorM (only stretches whose two sides get different answers). Built by scripts/build-map-data.ts.',
    license: 'ODbL-1.0',
    attribution,
    features: bands
      .filter((b) => b.approximate)
      .map((b) => ({
        type: 'Feature',
        properties: {
          zone: b.group === 'counties' ? null : b.group,
          kind: b.group === 'counties' ? 'county' : 'zone',
          name: b.group === 'counties' ? '县区界' : (cls.names.get(b.group) ?? b.group),
          maxErrorM: b.maxErrorM,
        },
        geometry: b.polygon.geometry,
      })),
  };
}
