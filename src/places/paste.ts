/**
 * What a person pasted or typed into the place field: coordinates, a map link, or a name.
 *
 *   parsePastedPlace("21.965,108.63")            → position, WGS-84 assumed (crsAssumed: the UI warns)
 *   parsePastedPlace("108.63,21.965")            → the same position: only that reading is near Qinzhou
 *   parsePastedPlace("uri.amap.com/marker?position=108.63553,21.96228") → position, GCJ-02
 *   parsePastedPlace("https://surl.amap.com/x")  → needs-network (a short link)
 *   parsePastedPlace("钦州湾大道")                → text: search it by name
 *
 * The datum follows the source: 高德, 腾讯 and WeChat give GCJ-02, 百度 BD-09 (unless the link's
 * coord_type says otherwise), geo: URIs WGS-84; bare numbers say nothing, so WGS-84 is assumed
 * and flagged. Every failure is a typed code for the UI to put in the page's language. Never
 * throws, and never returns a latitude outside [-90, 90] or a longitude outside [-180, 180].
 */
import type { Crs } from '../core/index';
import { nearQinzhou, onGlobe } from './area';
import { parseCoordText, type CoordPart, type CoordTextError } from './coord-text';
import { findLink, parseLink, type LinkError, type LinkProvider } from './map-links';

export type PlaceSource = 'plain' | 'dms' | 'wechat' | LinkProvider;
export type PasteErrorCode = 'too-long' | CoordTextError | LinkError;

export interface LatLng {
  lat: number;
  lng: number;
}

export type PastedPlace =
  | (LatLng & {
      kind: 'position';
      crs: Crs;
      /** The text named no datum: WGS-84 is assumed, and numbers copied from 高德/微信 would be GCJ-02 (≈500 m off). */
      crsAssumed: boolean;
      source: PlaceSource;
      /** Uncertainty the source gave (geo: u=), metres. */
      accuracyM?: number;
      /** A name the link carried, shown as plain text only. */
      label?: string;
    })
  /** Two numbers that make sense either way round and neither reading is near Qinzhou: ask which is the latitude. */
  | { kind: 'ask'; readings: [LatLng, LatLng]; crs: Crs; crsAssumed: boolean; source: PlaceSource }
  /** A short link: the place is only known after following it, which needs the network. */
  | { kind: 'needs-network'; provider: LinkProvider | 'other'; url: string }
  | { kind: 'error'; code: PasteErrorCode; source?: PlaceSource }
  /** Not coordinates and not a map link: the caller searches it by name. */
  | { kind: 'text' };

/** Longer pastes are refused before any parsing; a share text with a link is well under this. */
export const MAX_PASTE_LENGTH = 2000;

/** WeChat's location share text (its links go to 腾讯 maps, which are read as links). */
const WECHAT = /\[位置\]|\[location\]|微信|wechat/i;

const valid = (p: LatLng) => onGlobe(p.lat, p.lng);

function fromParts(a: CoordPart, b: CoordPart, source: PlaceSource, crs: Crs, crsAssumed: boolean): PastedPlace {
  if (a.axis) {
    const p = a.axis === 'lat' ? { lat: a.value, lng: b.value } : { lat: b.value, lng: a.value };
    return valid(p) ? { kind: 'position', ...p, crs, crsAssumed, source } : { kind: 'error', code: 'out-of-range', source };
  }
  const latFirst = { lat: a.value, lng: b.value };
  const lngFirst = { lat: b.value, lng: a.value };
  const readings = [latFirst, lngFirst].filter(valid);
  if (readings.length === 0) return { kind: 'error', code: 'out-of-range', source };
  const near = readings.filter((r) => nearQinzhou(r.lat, r.lng));
  const only = readings.length === 1 || latFirst.lat === lngFirst.lat ? readings[0] : near.length === 1 ? near[0] : null;
  if (only) return { kind: 'position', ...only, crs, crsAssumed, source };
  return { kind: 'ask', readings: [latFirst, lngFirst], crs, crsAssumed, source };
}

export function parsePastedPlace(input: string): PastedPlace {
  const text = String(input ?? '');
  if (text.length > MAX_PASTE_LENGTH) return { kind: 'error', code: 'too-long' };
  if (text.trim() === '') return { kind: 'text' };

  const link = findLink(text);
  let rest = text;
  if (link) {
    const r = parseLink(link);
    if (r.kind === 'coords') {
      const out: PastedPlace = { kind: 'position', lat: r.lat, lng: r.lng, crs: r.crs, crsAssumed: false, source: r.provider };
      if (r.accuracyM !== undefined) out.accuracyM = r.accuracyM;
      if (r.label !== undefined) out.label = r.label;
      return out;
    }
    if (r.kind === 'needs-network') return r;
    // A map site's link without coordinates says so; an unknown link is ignored if the text around it has coordinates.
    if (r.provider !== 'other') return { kind: 'error', code: r.code, source: r.provider };
    rest = text.replace(link, ' ');
  }

  const wechat = WECHAT.test(rest);
  const coords = parseCoordText(wechat ? rest.replace(WECHAT, ' ') : rest);
  if (coords.kind === 'none') return link ? { kind: 'error', code: 'unsupported-link' } : { kind: 'text' };
  const source: PlaceSource = wechat ? 'wechat' : coords.kind === 'pair' && (coords.a.dms || coords.b.dms) ? 'dms' : 'plain';
  if (coords.kind === 'error') return { kind: 'error', code: coords.code, source };
  return wechat ? fromParts(coords.a, coords.b, source, 'gcj02', false) : fromParts(coords.a, coords.b, source, 'wgs84', true);
}
