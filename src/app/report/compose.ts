/**
 * A boundary report (issue 13, 报告边界问题), composed on the device and handed to the user as
 * text and as a GeoJSON file; the app sends it nowhere. It holds what a maintainer needs to check
 * the boundary and change geo/waypoints.json (docs/boundary-reports.md): the point in WGS-84 and
 * GCJ-02 (and as the user gave it), the instant and the answer, the nearest stretch and its
 * provenance, the data versions, and what the reporter believes is right, with their note.
 * Pure (tests/app/report.test.ts).
 */
import gcoord from 'gcoord';
import { CRS_NAMES, type Verdict } from '../../core';
import type { Strings } from '../../i18n';
import type { Belief, ReportWords } from '../../i18n/report';
import { SOURCE_DETAIL_WORDS } from '../../i18n/source-details';
import type { ChosenPlace } from '../state/query';
import { displayChina } from '../chinaTime';
import { formatCoord, roundMetres } from '../format';

export interface BoundaryReport {
  verdict: Verdict;
  /** The place as the user gave it (its CRS and where it came from), if known. */
  place: ChosenPlace | null;
  belief: Belief;
  note: string;
  /** The app's data release (__DATA_VERSION__). */
  appData: string;
  madeAt: number;
}

/** [lat, lng] in GCJ-02 (what AMap, Tencent and WeChat show) for a WGS-84 position. */
export function gcj02Of(lat: number, lng: number): [number, number] {
  const [x, y] = gcoord.transform([lng, lat] as [number, number], gcoord.WGS84, gcoord.GCJ02);
  return [y, x];
}

const deg = (n: number) => n.toFixed(6);

export function reportText(r: BoundaryReport, s: Strings, w: ReportWords): string {
  const v = r.verdict;
  const [glat, glng] = gcj02Of(v.position.lat, v.position.lng);
  const zone = [s.zoneLabel[v.zone ?? 'none'], v.zoneName].filter(Boolean).join(' · ');
  const source = v.source
    ? SOURCE_DETAIL_WORDS[s.lang].rows({ source: v.source, distanceM: v.boundaryDistanceM === null ? null : roundMetres(v.boundaryDistanceM), appData: r.appData }).map(([t, d]) => `${t}${s.colon}${d}`)
    : [];
  return [
    w.title,
    w.wgs84(deg(v.position.lat), deg(v.position.lng)),
    w.gcj02(deg(glat), deg(glng)),
    ...(r.place ? [w.input(formatCoord(r.place.lat), formatCoord(r.place.lng), CRS_NAMES[r.place.crs], s.placeFrom[r.place.source])] : []),
    w.at(displayChina(Date.parse(v.at))),
    w.verdict(s.status[v.activity][v.status], v.status, zone),
    ...source,
    w.belief(w.beliefs[r.belief]),
    w.note(r.note.trim()),
    w.madeAt(displayChina(r.madeAt)),
  ].join('\n');
}

/** One Point feature (RFC 7946: WGS-84 coordinates), the facts as properties with stable English keys. */
export function reportGeoJson(r: BoundaryReport): string {
  const v = r.verdict;
  const [glat, glng] = gcj02Of(v.position.lat, v.position.lng);
  const properties = {
    report: 'qinzhou-fireworks boundary report',
    reportVersion: 1,
    wgs84: { lat: v.position.lat, lng: v.position.lng },
    gcj02: { lat: Number(deg(glat)), lng: Number(deg(glng)) },
    input: r.place ? { lat: r.place.lat, lng: r.place.lng, crs: r.place.crs, from: r.place.source, accuracyM: r.place.accuracyM ?? null } : null,
    at: v.at,
    activity: v.activity,
    status: v.status,
    zone: v.zone,
    zoneId: v.zoneId,
    zoneName: v.zoneName ?? null,
    ruleSet: v.ruleSet,
    projected: v.projected,
    boundaryDistanceM: v.boundaryDistanceM,
    nearest: v.source?.nearest ?? null,
    notice: v.source?.notice ?? null,
    zoneData: v.source?.zoneData ?? null,
    roads: v.source?.roads ?? null,
    appData: r.appData,
    belief: r.belief,
    note: r.note.trim(),
    madeAt: new Date(r.madeAt).toISOString(),
  };
  const feature = { type: 'Feature', geometry: { type: 'Point', coordinates: [v.position.lng, v.position.lat] }, properties };
  return JSON.stringify({ type: 'FeatureCollection', features: [feature] }, null, 2) + '\n';
}
