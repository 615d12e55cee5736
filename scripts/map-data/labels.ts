/**
 * Place-name labels for the offline map: one point per county and per prohibited zone, placed
 * inside its polygon. Road names need no points (the map draws them along the basemap's road
 * lines). The extract has no towns or villages, and AMap/Baidu/Tencent data may not be used,
 * so these are all the place names the map can honestly show.
 *
 * labelFeatures() is also what scripts/build-basemap.ts can append to basemap.geojson, should
 * the map prefer one source; public/data/labels.geojson carries the same features on its own.
 */
import { booleanPointInPolygon, centerOfMass, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { ZoneProperties } from '../../src/core/index';
import type { Classifier } from './classify';

export interface LabelProperties {
  layer: 'label';
  kind: 'county' | 'zone';
  name: string;
  zoneId: string;
  /** What the notice makes of the inside, for the label's colour or a legend. */
  answer: string;
  approximate: boolean;
  /** Lower draws first when labels collide (symbol-sort-key). */
  rank: number;
}

const round = (p: Position): Position => [Math.round(p[0]! * 1e5) / 1e5, Math.round(p[1]! * 1e5) / 1e5];

/** The largest ring of a (multi)polygon: a county's islands should not carry its name. */
function mainPart(f: Feature<Polygon | MultiPolygon>): Feature<Polygon> {
  if (f.geometry.type === 'Polygon') return f as Feature<Polygon>;
  const area = (ring: Position[]) => Math.abs(ring.reduce((s, p, i) => s + p[0]! * ring[(i + 1) % ring.length]![1]! - ring[(i + 1) % ring.length]![0]! * p[1]!, 0));
  const best = [...f.geometry.coordinates].sort((a, b) => area(b[0]!) - area(a[0]!))[0]!;
  return { type: 'Feature', properties: f.properties, geometry: { type: 'Polygon', coordinates: best } };
}

/** Centre of mass when it falls inside (it reads best), else a point Turf guarantees is inside. */
function labelPoint(f: Feature<Polygon | MultiPolygon>): Position {
  const part = mainPart(f);
  const c = centerOfMass(part).geometry.coordinates;
  return round(booleanPointInPolygon(c, part) ? c : pointOnFeature(part).geometry.coordinates);
}

export function labelFeatures(zones: FeatureCollection, cls: Classifier): Feature<Point, LabelProperties>[] {
  const out: Feature<Point, LabelProperties>[] = [];
  for (const f of zones.features) {
    const p = f.properties as ZoneProperties;
    const answer = cls.answerOf.get(p.id);
    if (!answer || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) continue;
    const county = p.kind === 'county';
    out.push({
      type: 'Feature',
      properties: { layer: 'label', kind: county ? 'county' : 'zone', name: p.name, zoneId: p.id, answer, approximate: p.approximate, rank: county ? 2 : 1 },
      geometry: { type: 'Point', coordinates: labelPoint(f as Feature<Polygon | MultiPolygon>) },
    });
  }
  return out;
}

export function labelsFile(zones: FeatureCollection, cls: Classifier, attribution: string): object {
  return {
    type: 'FeatureCollection',
    name: 'qinzhou-place-labels',
    description: 'County and prohibited-zone names at a point inside each polygon. Built by scripts/build-map-data.ts.',
    license: 'ODbL-1.0',
    attribution,
    features: labelFeatures(zones, cls),
  };
}
