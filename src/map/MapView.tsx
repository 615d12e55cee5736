import { useEffect, useRef } from 'preact/hooks';
import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { circlePolygon } from './circle';
import { ONLINE_TILES } from './config';
import { buildStyle } from './style';
import { geoJsonFromFile, readZoneFile } from '../core';

/** The zone file (zones.bin) as the GeoJSON the map draws; lives in this lazy chunk, not the page's. */
export function zoneGeoJson(bytes: ArrayBuffer): Pick<MapViewProps, 'zones' | 'edges'> {
  return geoJsonFromFile(readZoneFile(bytes));
}

/** Everything the map needs comes in here: it imports nothing from the app. */
export interface MapViewProps {
  zones: GeoJSON.FeatureCollection;
  edges: GeoJSON.FeatureCollection;
  /** The offline basemap (roads, county lines), fetched once the map has loaded. */
  basemapUrl: string;
  /** WGS-84 position of the current verdict, if any. */
  position: { lat: number; lng: number } | null;
  accuracyM: number | null;
  onPick: (lat: number, lng: number) => void;
  onFail: () => void;
  /** Accessible name of the map, also its gesture hint. */
  label: string;
}

/** Bounds of the prohibited zones: where a first-time user most likely needs to look. */
function zoneBounds(zones: GeoJSON.FeatureCollection): [number, number, number, number] {
  let w = 180, s = 90, e = -180, n = -90;
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as [number, number];
      w = Math.min(w, x); e = Math.max(e, x); s = Math.min(s, y); n = Math.max(n, y);
    } else for (const d of c as unknown[]) visit(d);
  };
  for (const f of zones.features) {
    if (f.properties?.kind === 'prohibited' && f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  }
  return w <= e ? [w, s, e, n] : [108.45, 21.6, 108.8, 22.05];
}

/** Only the prohibited zones' stretches: county outlines are drawn from the basemap instead. */
function prohibitedEdges(zones: GeoJSON.FeatureCollection, edges: GeoJSON.FeatureCollection): GeoJSON.FeatureCollection {
  const ids = new Set(zones.features.filter((f) => f.properties?.kind === 'prohibited').map((f) => f.properties?.id));
  return { type: 'FeatureCollection', features: edges.features.filter((f) => ids.has(f.properties?.zone)) };
}

export function MapView({ zones, edges, basemapUrl, position, accuracyM, onPick, onFail, label }: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const loaded = useRef(false);
  // Callbacks and the latest position are read through refs: the map is built once (below).
  const pick = useRef(onPick);
  pick.current = onPick;
  const fail = useRef(onFail);
  fail.current = onFail;
  const latest = useRef({ position, accuracyM });
  latest.current = { position, accuracyM };

  useEffect(() => {
    let map: maplibregl.Map;
    try {
      map = new maplibregl.Map({
        container: container.current!,
        style: buildStyle(zones, prohibitedEdges(zones, edges), ONLINE_TILES),
        bounds: zoneBounds(zones),
        fitBoundsOptions: { padding: 16 },
        attributionControl: { compact: true },
        cooperativeGestures: true,
        dragRotate: false,
        pitchWithRotate: false,
        locale: {
          'CooperativeGesturesHandler.WindowsHelpText': label,
          'CooperativeGesturesHandler.MacHelpText': label,
          'CooperativeGesturesHandler.MobileHelpText': label,
        },
      });
    } catch {
      fail.current();
      return;
    }
    mapRef.current = map;
    map.touchZoomRotate.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    const canvas = map.getCanvas();
    canvas.setAttribute('aria-label', label);
    canvas.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      const c = map.getCenter();
      pick.current(c.lat, c.lng);
    });
    map.on('click', (e) => pick.current(e.lngLat.lat, e.lngLat.lng));
    map.on('load', () => {
      loaded.current = true;
      showPosition(map, latest.current.position, latest.current.accuracyM, true);
      fetch(basemapUrl)
        .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
        .then((data: GeoJSON.FeatureCollection) => (map.getSource('basemap') as maplibregl.GeoJSONSource | undefined)?.setData(data))
        .catch(() => {
          /* the zones still show without the basemap */
        });
      container.current?.setAttribute('data-loaded', 'true');
    });
    map.on('error', (e) => {
      if (!loaded.current && /webgl|context/i.test(String(e.error?.message))) fail.current();
    });
    return () => {
      loaded.current = false;
      map.remove();
      mapRef.current = null;
    };
    // Built once per mount: the zone data and the basemap URL are fixed for the page's life
    // (MapSlot parses the data once), and a new label reaches the canvas through the effect
    // below; rebuilding a WebGL map for them would throw away the user's pan and zoom.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const lat = position?.lat;
  const lng = position?.lng;
  useEffect(() => {
    const map = mapRef.current;
    if (map && loaded.current) showPosition(map, lat !== undefined && lng !== undefined ? { lat, lng } : null, accuracyM, false);
  }, [lat, lng, accuracyM]);

  useEffect(() => {
    mapRef.current?.getCanvas().setAttribute('aria-label', label);
  }, [label]);

  return <div ref={container} class="map" />;
}

/** Draws the place and its accuracy ring; centres on it at first, later only if it is out of view. */
function showPosition(map: maplibregl.Map, p: { lat: number; lng: number } | null, accuracyM: number | null, initial: boolean): void {
  const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
  const pos = map.getSource('position') as maplibregl.GeoJSONSource | undefined;
  const acc = map.getSource('accuracy') as maplibregl.GeoJSONSource | undefined;
  if (!p) {
    pos?.setData(empty);
    acc?.setData(empty);
    return;
  }
  pos?.setData({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [p.lng, p.lat] } });
  acc?.setData(accuracyM && accuracyM > 0 ? circlePolygon(p.lng, p.lat, accuracyM) : empty);
  if (initial || !map.getBounds().contains([p.lng, p.lat])) {
    // maplibre turns this into a jump under prefers-reduced-motion.
    map.easeTo({ center: [p.lng, p.lat], zoom: Math.max(map.getZoom(), 13) });
  }
}
