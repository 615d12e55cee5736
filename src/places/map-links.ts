/**
 * Coordinates carried by map links people copy: geo: URIs (RFC 5870), 高德 (AMap), 百度 (Baidu)
 * and 腾讯 (Tencent) links and app schemes. Each link's own conventions decide the axis order
 * and the datum; nothing is fetched (short links say that they need the network).
 *
 * | provider | where the coordinates are | order | datum |
 * | --- | --- | --- | --- |
 * | geo: | geo:lat,lng[,alt][;crs=wgs84][;u=metres], or ?q=lat,lng | lat,lng | WGS-84 (other crs refused) |
 * | 高德 | position=, markers=, to=, from=, dest= (lng,lat); lat=&lon=, dlat=&dlon= | lng,lat | GCJ-02; coordinate=wgs84 or dev=1 → WGS-84 |
 * | 百度 | location=, latlng=, destination=latlng:…; map.baidu.com/@x,y (mercator) | lat,lng | BD-09; coord_type=gcj02 / wgs84 / bd09mc as said |
 * | 腾讯 | marker=coord:…, tocoord=, coord=, center= (lat,lng); pointx=&pointy= | lat,lng | GCJ-02; coord_type=1 → WGS-84 |
 */
import gcoord from 'gcoord';
import type { Crs } from '../core/index';
import { onGlobe } from './area';

export type LinkProvider = 'geo-uri' | 'amap' | 'baidu' | 'tencent';
export type LinkError = 'link-without-coordinates' | 'unsupported-crs' | 'unsupported-link' | 'out-of-range';

export type LinkResult =
  | { kind: 'coords'; provider: LinkProvider; lat: number; lng: number; crs: Crs; accuracyM?: number; label?: string }
  | { kind: 'needs-network'; provider: LinkProvider | 'other'; url: string }
  | { kind: 'error'; provider: LinkProvider | 'other'; code: LinkError };

/** Short-link hosts: the place is only known after following the redirect, which needs the network. */
const SHORT_LINK_HOSTS: [RegExp, LinkProvider | 'other'][] = [
  [/^surl\.amap\.com$/, 'amap'],
  [/^(j\.map|mapurl)\.baidu\.com$/, 'baidu'],
  [/^(url\.cn|t\.cn|dwz\.cn|s\.qq\.com)$/, 'other'],
];

/** A link in pasted text: with a scheme, or a bare map-site address such as "uri.amap.com/marker?…". */
const LINK_CHARS = '[^\\s"\'<>，。；、【】（）「」]+';
const SCHEME_LINK = new RegExp(`\\b(?:(?:https?|androidamap|iosamap|amapuri|baidumap|bdapp|qqmap)://|geo:)${LINK_CHARS}`, 'i');
// No look-behind (older WebViews lack it): the bare address must start the text or follow a non-word character.
const BARE_LINK = new RegExp(`(?:^|[^\\w.])((?:[\\w-]+\\.)*(?:amap\\.com|gaode\\.com|baidu\\.com|qq\\.com|url\\.cn|t\\.cn|dwz\\.cn)/${LINK_CHARS})`, 'i');

export function findLink(text: string): string | null {
  return text.match(SCHEME_LINK)?.[0] ?? text.match(BARE_LINK)?.[1] ?? null;
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const MAX_LABEL = 60;

function num(s: string | undefined | null): number | null {
  const t = (s ?? '').trim();
  return DECIMAL.test(t) ? Number(t) : null;
}

/** "a,b" (more comma-separated fields may follow) → [a, b], or null. */
function pair(s: string | undefined | null): [number, number] | null {
  if (!s) return null;
  const [x, y] = s.split(',');
  const a = num(x), b = num(y);
  return a === null || b === null ? null : [a, b];
}

const label = (s: string | null | undefined): string | undefined => {
  const t = (s ?? '').trim();
  return t ? t.slice(0, MAX_LABEL) : undefined;
};

function coords(provider: LinkProvider, lat: number, lng: number, crs: Crs, extra: { accuracyM?: number; label?: string } = {}): LinkResult {
  if (!onGlobe(lat, lng)) return { kind: 'error', provider, code: 'out-of-range' };
  const out: LinkResult = { kind: 'coords', provider, lat, lng, crs };
  if (extra.accuracyM !== undefined) out.accuracyM = extra.accuracyM;
  if (extra.label !== undefined) out.label = extra.label;
  return out;
}

/** RFC 5870: geo:lat,lng[,alt][;crs=…][;u=…], plus the common Android form geo:0,0?q=lat,lng(label). */
function geoUri(uri: string): LinkResult {
  const m = uri.match(/^geo:([^?#]*)(?:\?([^#]*))?/i);
  const [path = '', query = ''] = m ? [m[1], m[2]] : [];
  const [coordPart = '', ...params] = path.split(';');
  const fields = coordPart.split(',');
  let lat = num(fields[0]), lng = num(fields[1]);
  if (fields.length < 2 || fields.length > 3 || lat === null || lng === null || (fields[2] !== undefined && num(fields[2]) === null)) {
    return { kind: 'error', provider: 'geo-uri', code: 'link-without-coordinates' };
  }
  let accuracyM: number | undefined;
  for (const p of params) {
    const [k = '', v = ''] = p.split('=');
    const key = k.trim().toLowerCase();
    if (key === 'crs' && v.trim().toLowerCase() !== 'wgs84') return { kind: 'error', provider: 'geo-uri', code: 'unsupported-crs' };
    if (key === 'u') {
      const u = num(v);
      if (u !== null && u >= 0) accuracyM = u;
    }
  }
  let name: string | undefined;
  const q = new URLSearchParams(query).get('q');
  const qm = q?.match(/^\s*([+-]?[\d.]+)\s*,\s*([+-]?[\d.]+)\s*(?:\((.*)\))?\s*$/);
  if (lat === 0 && lng === 0 && qm) {
    lat = num(qm[1]);
    lng = num(qm[2]);
    name = label(qm[3]);
    if (lat === null || lng === null) return { kind: 'error', provider: 'geo-uri', code: 'link-without-coordinates' };
  }
  return coords('geo-uri', lat, lng, 'wgs84', { accuracyM, label: name });
}

function amap(u: URL): LinkResult {
  const q = u.searchParams;
  const wgs = q.get('coordinate')?.toLowerCase() === 'wgs84' || q.get('dev') === '1';
  const crs: Crs = wgs ? 'wgs84' : 'gcj02';
  const name = label(q.get('name') ?? q.get('destName') ?? q.get('dname') ?? q.get('poiname'));
  for (const key of ['position', 'markers', 'to', 'dest', 'from']) {
    const p = pair(q.get(key)?.split('|')[0]);
    if (p) return coords('amap', p[1], p[0], crs, { label: name ?? label(q.get(key)?.split('|')[0]?.split(',')[2]) });
  }
  for (const [la, ln] of [['lat', 'lon'], ['dlat', 'dlon'], ['lat', 'lng']] as const) {
    const lat = num(q.get(la)), lng = num(q.get(ln));
    if (lat !== null && lng !== null) return coords('amap', lat, lng, crs, { label: name });
  }
  return { kind: 'error', provider: 'amap', code: 'link-without-coordinates' };
}

const BAIDU_CRS: Record<string, Crs | 'bd09mc'> = { bd09ll: 'bd09', bd09: 'bd09', gcj02: 'gcj02', wgs84: 'wgs84', bd09mc: 'bd09mc' };

function baidu(u: URL): LinkResult {
  const q = u.searchParams;
  const type = (q.get('coord_type') ?? q.get('coordtype') ?? 'bd09ll').toLowerCase();
  const crs = BAIDU_CRS[type];
  if (!crs) return { kind: 'error', provider: 'baidu', code: 'unsupported-crs' };
  const name = label(q.get('title') ?? q.get('name'));
  // Web map views: map.baidu.com/…/@12092960.93,2489390.13,19z are BD-09 Mercator metres.
  const at = u.pathname.match(/@([+-]?[\d.]+),([+-]?[\d.]+)/);
  if (at) {
    const x = num(at[1]), y = num(at[2]);
    if (x === null || y === null || Math.abs(x) > 2.1e7 || Math.abs(y) > 2.1e7) return { kind: 'error', provider: 'baidu', code: 'out-of-range' };
    const [lng, lat] = gcoord.transform([x, y], gcoord.BD09MC, gcoord.BD09) as [number, number];
    return coords('baidu', lat, lng, 'bd09', { label: name });
  }
  for (const key of ['location', 'latlng', 'destination', 'origin']) {
    const v = q.get(key);
    const p = pair(v?.match(/latlng:([^|]*)/)?.[1] ?? v);
    if (!p) continue;
    if (crs === 'bd09mc') {
      const [lng, lat] = gcoord.transform([p[1], p[0]], gcoord.BD09MC, gcoord.BD09) as [number, number];
      return coords('baidu', lat, lng, 'bd09', { label: name });
    }
    return coords('baidu', p[0], p[1], crs, { label: name ?? label(v?.match(/name:([^|]*)/)?.[1]) });
  }
  return { kind: 'error', provider: 'baidu', code: 'link-without-coordinates' };
}

function tencent(u: URL): LinkResult {
  const q = u.searchParams;
  const type = q.get('coord_type');
  if (type !== null && type !== '1' && type !== '2') return { kind: 'error', provider: 'tencent', code: 'unsupported-crs' };
  const crs: Crs = type === '1' ? 'wgs84' : 'gcj02';
  const marker = q.get('marker') ?? '';
  const field = (k: string) => marker.match(new RegExp(`(?:^|;)${k}:([^;]*)`))?.[1];
  const name = label(field('title') ?? q.get('name') ?? q.get('to') ?? q.get('title'));
  for (const v of [field('coord'), q.get('tocoord'), q.get('coord'), q.get('center'), q.get('fromcoord')]) {
    const p = pair(v);
    if (p) return coords('tencent', p[0], p[1], crs, { label: name });
  }
  const x = num(q.get('pointx')), y = num(q.get('pointy'));
  if (x !== null && y !== null) return coords('tencent', y, x, crs, { label: name });
  return { kind: 'error', provider: 'tencent', code: 'link-without-coordinates' };
}

function providerOf(u: URL): LinkProvider | null {
  const scheme = u.protocol.replace(/:$/, '').toLowerCase();
  const host = u.hostname.toLowerCase();
  if (['androidamap', 'iosamap', 'amapuri'].includes(scheme) || /(^|\.)(amap|gaode)\.com$/.test(host)) return 'amap';
  if (['baidumap', 'bdapp'].includes(scheme) || /(^|\.)map\.baidu\.com$/.test(host)) return 'baidu';
  if (scheme === 'qqmap' || /(^|\.)map\.qq\.com$/.test(host)) return 'tencent';
  return null;
}

/** What a link says about a place; `null` host-wise means the caller should read the text instead. */
export function parseLink(link: string): LinkResult {
  if (/^geo:/i.test(link)) return geoUri(link);
  let u: URL;
  try {
    u = new URL(/^[a-z][\w+.-]*:\/\//i.test(link) ? link : `https://${link}`);
  } catch {
    return { kind: 'error', provider: 'other', code: 'unsupported-link' };
  }
  const host = u.hostname.toLowerCase();
  const short = SHORT_LINK_HOSTS.find(([re]) => re.test(host));
  if (short) return { kind: 'needs-network', provider: short[1], url: u.href };
  const provider = providerOf(u);
  if (provider === 'amap') return amap(u);
  if (provider === 'baidu') return baidu(u);
  if (provider === 'tencent') return tencent(u);
  return { kind: 'error', provider: 'other', code: 'unsupported-link' };
}
