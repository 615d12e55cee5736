import { useEffect, useRef } from 'preact/hooks';
import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { circlePolygon } from './circle';
import { ONLINE_TILES } from './config';
import { focusFilters, type MapFocus } from './focus';
import { LocateControl } from './locate';
import { readPalette } from './palette';
import { buildStyle, CJK_FONTS, paints } from './style';
import { geoJsonFromFile, readZoneFile } from '../core';

/** The zone file (zones.bin) as the GeoJSON the map draws; lives in this lazy chunk, not the page's. */
export function zoneGeoJson(bytes: ArrayBuffer): Pick<MapViewProps, 'zones' | 'edges'> {
  return geoJsonFromFile(readZoneFile(bytes));
}

/** Files the map draws, all on this origin (public/data, public/fonts). */
export interface MapUrls {
  /** Roads, water, county lines. */
  basemap: string;
  /** Zone and county names (points). */
  labels: string;
  /** Error bands of the approximate boundaries. */
  bands: string;
  /** Absolute glyph URL template with {fontstack} and {range}. */
  glyphs: string;
}

/** Everything the map needs comes in here: it imports nothing from the app. */
export interface MapViewProps {
  zones: GeoJSON.FeatureCollection;
  edges: GeoJSON.FeatureCollection;
  urls: MapUrls;
  /** WGS-84 position of the current verdict, if any. */
  position: { lat: number; lng: number } | null;
  accuracyM: number | null;
  /** A road or an area the search chose: highlighted, and the view fitted to it. */
  focus: MapFocus | null;
  onPick: (lat: number, lng: number) => void;
  onLocate: () => void;
  onFail: () => void;
  /** The basemap (roads, water, county lines) could not be loaded: the zones are drawn without it. */
  onRoadsUnavailable: () => void;
  /** Accessible name of the map. */
  label: string;
  /** The locate button's name. */
  locateLabel: string;
  /** maplibre-gl's control texts (zoom, scale, gesture hints) in the page's language. */
  controls: Record<string, string>;
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

/** Fills a GeoJSON source from a file once the map is up; resolves false when it could not (the zones still show). */
function fill(map: maplibregl.Map, source: string, url: string): Promise<boolean> {
  return fetch(url)
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
    .then((data: GeoJSON.FeatureCollection) => {
      (map.getSource(source) as maplibregl.GeoJSONSource | undefined)?.setData(data);
      return true;
    })
    .catch(() => false);
}

/** Repaints every layer with the colours in force (after a change of colour scheme). */
function applyPalette(map: maplibregl.Map, el: Element): void {
  for (const [id, paint] of Object.entries(paints(readPalette(el)))) {
    if (!map.getLayer(id)) continue;
    for (const [prop, value] of Object.entries(paint)) map.setPaintProperty(id, prop, value);
  }
}

const DARK = '(prefers-color-scheme: dark)';

export function MapView(props: MapViewProps) {
  const { zones, edges, urls, position, accuracyM, focus, label, locateLabel, controls } = props;
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const loaded = useRef(false);
  // Callbacks and the latest position and focus are read through refs: the map is built once (below).
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    const el = container.current!;
    let map: maplibregl.Map;
    try {
      map = new maplibregl.Map({
        container: el,
        style: buildStyle(zones, prohibitedEdges(zones, edges), ONLINE_TILES, readPalette(el), urls.glyphs),
        localIdeographFontFamily: CJK_FONTS,
        bounds: zoneBounds(zones),
        fitBoundsOptions: { padding: 16 },
        attributionControl: { compact: true },
        cooperativeGestures: true,
        dragRotate: false,
        pitchWithRotate: false,
        locale: controls,
      });
    } catch {
      latest.current.onFail();
      return;
    }
    mapRef.current = map;
    map.touchZoomRotate.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new LocateControl(locateLabel, () => latest.current.onLocate()), 'top-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 100 }), 'bottom-left');
    const canvas = map.getCanvas();
    canvas.setAttribute('aria-label', label);
    canvas.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      const c = map.getCenter();
      latest.current.onPick(c.lat, c.lng);
    });
    map.on('click', (e) => latest.current.onPick(e.lngLat.lat, e.lngLat.lng));
    map.on('load', () => {
      loaded.current = true;
      const { position: p, accuracyM: acc, focus: f } = latest.current;
      showPosition(map, p, acc, !f);
      showFocus(map, f);
      el.setAttribute('data-loaded', 'true');
      // data-drawn: every layer's data is in and drawn; data-idle: no move or render pending
      // (tests and screenshots wait for these rather than for a guessed delay).
      // A missing names or bands file only makes the map poorer; a missing basemap is said.
      const basemap = fill(map, 'basemap', urls.basemap).then((ok) => ok || latest.current.onRoadsUnavailable());
      void Promise.all([basemap, fill(map, 'bands', urls.bands), fill(map, 'labels', urls.labels)]).then(() =>
        map.once('idle', () => el.setAttribute('data-drawn', 'true')),
      );
    });
    map.on('movestart', () => el.removeAttribute('data-idle'));
    map.on('idle', () => el.setAttribute('data-idle', 'true'));
    map.on('error', (e) => {
      if (!loaded.current && /webgl|context/i.test(String(e.error?.message))) latest.current.onFail();
    });
    const scheme = matchMedia(DARK);
    const repaint = () => applyPalette(map, el);
    scheme.addEventListener('change', repaint);
    return () => {
      scheme.removeEventListener('change', repaint);
      loaded.current = false;
      map.remove();
      mapRef.current = null;
    };
    // Built once per mount: the zone data and the URLs are fixed for the page's life (MapSlot
    // parses the data once, and remounts the map for another language); a new label reaches
    // the canvas through the effect below; rebuilding a WebGL map for it would throw away the
    // user's pan and zoom.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const lat = position?.lat;
  const lng = position?.lng;
  useEffect(() => {
    const map = mapRef.current;
    if (map && loaded.current) showPosition(map, lat !== undefined && lng !== undefined ? { lat, lng } : null, accuracyM, false);
  }, [lat, lng, accuracyM]);

  useEffect(() => {
    const map = mapRef.current;
    if (map && loaded.current) showFocus(map, focus);
  }, [focus]);

  useEffect(() => {
    mapRef.current?.getCanvas().setAttribute('aria-label', label);
  }, [label]);

  return <div ref={container} class="map" data-focus={focus ? (focus.osm ? 'road' : 'area') : undefined} />;
}

/** Highlights the chosen road or area and fits the view to it. */
function showFocus(map: maplibregl.Map, f: MapFocus | null): void {
  const { road, area } = focusFilters(f);
  map.setFilter('focus-road-casing', road);
  map.setFilter('focus-road', road);
  map.setFilter('focus-area', area);
  if (!f) return;
  const [w, s, e, n] = f.bbox;
  // maplibre turns this into a jump under prefers-reduced-motion.
  map.fitBounds([w, s, e, n], { padding: 40, maxZoom: 16 });
}

/** Draws the place and its accuracy ring; centres on it at first, later only if it is out of view. */
function showPosition(map: maplibregl.Map, p: { lat: number; lng: number } | null, accuracyM: number | null, centre: boolean): void {
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
  if (centre || !map.getBounds().contains([p.lng, p.lat])) {
    // maplibre turns this into a jump under prefers-reduced-motion.
    map.easeTo({ center: [p.lng, p.lat], zoom: Math.max(map.getZoom(), 13) });
  }
}
