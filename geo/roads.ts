/**
 * Loads named road geometry from GeoJSON (LineString / MultiLineString features with `name`
 * and `highway`) or Overpass JSON (`out geom`, or ways plus their nodes). Everything the
 * tracer needs is a list of ways: id, name, highway class and coordinates.
 */
import { readFileSync } from 'node:fs';
import type { Pos } from './geometry';

export interface RoadWay {
  /** `way/<id>` for OSM data; whatever id the source gives otherwise. */
  id: string;
  name: string;
  /** OSM `ref` (e.g. G325), when the source has one. */
  ref?: string;
  highway: string;
  coords: Pos[];
}

export function loadRoadsFile(path: string): RoadWay[] {
  return parseRoads(JSON.parse(readFileSync(path, 'utf8')), path);
}

export function parseRoads(doc: unknown, label = 'roads'): RoadWay[] {
  const d = doc as { type?: string; elements?: unknown[]; features?: unknown[] };
  if (Array.isArray(d.elements)) return parseOverpass(d.elements);
  if (d.type === 'FeatureCollection' && Array.isArray(d.features)) return parseGeoJson(d.features);
  throw new Error(`${label}: neither a GeoJSON FeatureCollection nor Overpass JSON`);
}

function parseGeoJson(features: unknown[]): RoadWay[] {
  const ways: RoadWay[] = [];
  features.forEach((raw, index) => {
    const f = raw as { id?: string | number; properties?: Record<string, unknown>; geometry?: { type: string; coordinates: unknown } };
    const props = f.properties ?? {};
    const name = typeof props.name === 'string' ? props.name.trim() : '';
    const highway = typeof props.highway === 'string' ? props.highway : '';
    const ref = typeof props.ref === 'string' && props.ref.trim() ? props.ref.trim() : undefined;
    if ((!name && !ref) || !highway || !f.geometry) return;
    const id = String(props.osm_id ?? props['@id'] ?? props.id ?? f.id ?? `feature/${index}`);
    const parts =
      f.geometry.type === 'LineString' ? [f.geometry.coordinates as number[][]]
      : f.geometry.type === 'MultiLineString' ? (f.geometry.coordinates as number[][][])
      : [];
    for (const part of parts) {
      const coords = part.map((p) => [Number(p[0]), Number(p[1])] as Pos).filter((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]));
      if (coords.length >= 2) ways.push({ id, name, ...(ref ? { ref } : {}), highway, coords });
    }
  });
  return ways;
}

interface OverpassElement {
  type: string;
  id: number;
  lat?: number;
  lon?: number;
  nodes?: number[];
  geometry?: Array<{ lat: number; lon: number } | null>;
  tags?: Record<string, string>;
}

function parseOverpass(elements: unknown[]): RoadWay[] {
  const els = elements as OverpassElement[];
  const nodes = new Map<number, Pos>();
  for (const e of els) if (e.type === 'node' && e.lat !== undefined && e.lon !== undefined) nodes.set(e.id, [e.lon, e.lat]);
  const ways: RoadWay[] = [];
  for (const e of els) {
    if (e.type !== 'way') continue;
    const name = e.tags?.name?.trim() ?? '';
    const ref = e.tags?.ref?.trim() || undefined;
    const highway = e.tags?.highway;
    if ((!name && !ref) || !highway) continue;
    const coords: Pos[] = e.geometry
      ? e.geometry.filter((g): g is { lat: number; lon: number } => g !== null).map((g) => [g.lon, g.lat])
      : (e.nodes ?? []).map((n) => nodes.get(n)).filter((p): p is Pos => p !== undefined);
    if (coords.length >= 2) ways.push({ id: `way/${e.id}`, name, ...(ref ? { ref } : {}), highway, coords });
  }
  return ways;
}
