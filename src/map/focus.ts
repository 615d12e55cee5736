/**
 * What the place search asks the map to show: a road (its OSM ways, highlighted) or an area (a
 * zone or a county, outlined), and the extent to fit the view to. Never a position: a road has
 * no single point, so the user taps the map to check one.
 */
import type { FilterSpecification } from 'maplibre-gl';
import { NOTHING } from './style';

export interface MapFocus {
  /** [west, south, east, north], WGS-84 degrees: the extent of the real geometry. */
  bbox: [number, number, number, number];
  /** Roads, bridges, tunnels: way ids as the basemap's `osm` property carries them ("way/123"). */
  osm?: string[];
  /** Zones and counties: the feature id in zones.geojson. */
  zoneId?: string;
  /** One line shown under the map, e.g. "钦州湾大道 · 禁放区 6.9 km · 限放区 3.3 km". */
  label: string;
}

/** The filters of the highlight layers for a focus (or none). */
export function focusFilters(f: MapFocus | null): { road: FilterSpecification; area: FilterSpecification } {
  return {
    road: f?.osm?.length ? ['in', ['get', 'osm'], ['literal', f.osm]] : NOTHING,
    area: f?.zoneId ? ['==', ['get', 'id'], f.zoneId] : NOTHING,
  };
}
