/**
 * Words of the place search ("搜索地点"): results, pasted places and their errors (issue 9).
 * Imported only by the search chunk (src/app/place/search/), so none of this is in the first
 * load; the field's own name is `searchLabel` in place.ts. The keys of `pasteErrors`, `via` and
 * `providers` are src/places' codes: the search module types them against those unions, so a
 * new code without words is a type error there.
 */
import { CRS_NAMES as crsShort, type Crs } from '../core';

export const zh = {
  placeholder: '路名、区域，或粘贴坐标、链接',
  hint: '可用拼音或首字母（如 qzwdd）；也可粘贴坐标、高德/百度/腾讯地图链接或微信位置。',
  clear: '清除搜索',
  loadingIndex: '正在载入地点索引…',
  indexFailed: '搜索地点：地点索引无法载入，暂时不能按名称搜索；坐标和地图链接仍可使用。',
  noMatch: (q: string) => `没有找到“${q}”。可试试拼音、首字母，或粘贴坐标。`,
  count: (n: number) => `${n} 个结果，可用上下方向键选择，回车确认。`,
  kinds: { road: '道路', bridge: '桥梁', tunnel: '隧道', zone: '禁放区', county: '县区' },
  answers: { prohibited: '禁放区', restricted: '限放区', 'county-rules': '按县规定', outside: '钦州市外' },
  listSeparator: '、',
  nearBoundary: (km: string) => `其中约 ${km} 靠近概略边界，归属可能不同。`,
  partOf: (name: string) => `属于${name}`,
  roadTap: '在地图上点按这条路上的一点，即可查询该点。',
  areaTap: '在地图上点按区域内的一点，即可查询该点。',
  approximate: '边界部分为概略画出',
  unlocatedOption: '地图数据中没有这条路的位置',
  unlocated: (zone: string) => `地图数据中没有这条路的位置（${zone}的边界在此为概略画出）。`,
  reading: (lat: string, lng: string) => `纬度 ${lat}，经度 ${lng}`,
  checkThis: '查询此坐标',
  checked: (via: string, crs: Crs) => `已按${via}查询，坐标系 ${crsShort[crs]}。`,
  crsAssumed: '数字没有注明坐标系，按 WGS-84（GPS）理解；从高德、微信复制的数字是 GCJ-02。',
  asGcj: '改按 GCJ-02 查询',
  ask: '两种读法都说得通：哪个数是纬度？',
  needsNetwork: (provider: string) => `${provider}短链接需要联网打开才知道位置；请在地图应用里复制坐标或完整链接。`,
  linkLabel: (name: string) => `链接中的名称：${name}`,
  crsShort,
  via: {
    plain: '坐标',
    dms: '度分秒坐标',
    wechat: '微信位置',
    'geo-uri': 'geo: 链接',
    amap: '高德地图链接',
    baidu: '百度地图链接',
    tencent: '腾讯地图链接',
  },
  providers: { amap: '高德', baidu: '百度', tencent: '腾讯', 'geo-uri': 'geo:', other: '这个' },
  pasteErrors: {
    'too-long': '搜索地点：内容太长（最多 2000 个字符），请只粘贴坐标或地图链接。',
    'one-number': '搜索地点：只有一个数；坐标需要纬度和经度两个数，如 21.965, 108.63。',
    'too-many-numbers': '搜索地点：数字太多，分不清哪个是纬度、哪个是经度；请只留两个数，如 21.965, 108.63。',
    'bad-minutes-seconds': '搜索地点：分和秒应小于 60，如 21°57′54″N 108°37′48″E。',
    'conflicting-axes': '搜索地点：两个数都标成了纬度（或都标成了经度）；请检查 N/S、E/W 或“北纬/东经”。',
    unreadable: '搜索地点：读不出坐标；请写成 21.965, 108.63 或 21°57′54″N 108°37′48″E。',
    'out-of-range': '搜索地点：坐标超出范围（纬度 -90 ~ 90，经度 -180 ~ 180）。',
    'link-without-coordinates': '搜索地点：这个地图链接里没有坐标；请在地图应用里选中地点后再复制链接或坐标。',
    'unsupported-crs': '搜索地点：不支持这个链接的坐标系；请复制 WGS-84、GCJ-02 或 BD-09 坐标。',
    'unsupported-link': '搜索地点：不认识这个链接；支持高德、百度、腾讯地图链接和 geo: 链接。',
  },
};

export type SearchStrings = typeof zh;

export const en: SearchStrings = {
  placeholder: 'Road, area, or paste coordinates or a link',
  hint: 'Pinyin and initials work (e.g. qzwdd); you can also paste coordinates, an AMap/Baidu/Tencent map link or a WeChat location.',
  clear: 'Clear the search',
  loadingIndex: 'Loading the place index…',
  indexFailed: 'Search places: the place index could not be loaded, so names cannot be searched for now; coordinates and map links still work.',
  noMatch: (q: string) => `Nothing found for “${q}”. Try pinyin, initials, or paste coordinates.`,
  count: (n: number) => `${n} result${n === 1 ? '' : 's'}; use the up and down arrow keys to choose, Enter to confirm.`,
  kinds: { road: 'Road', bridge: 'Bridge', tunnel: 'Tunnel', zone: 'Prohibited zone', county: 'County' },
  answers: { prohibited: 'Prohibited zone', restricted: 'Restricted zone', 'county-rules': 'County rules', outside: 'Outside Qinzhou' },
  listSeparator: ', ',
  nearBoundary: (km: string) => `About ${km} of it lies near an approximate boundary, where the zone may differ.`,
  partOf: (name: string) => `part of ${name}`,
  roadTap: 'Tap a point on this road on the map to check that point.',
  areaTap: 'Tap a point inside the area on the map to check that point.',
  approximate: 'boundary partly approximate',
  unlocatedOption: 'The map data has no position for this road',
  unlocated: (zone: string) => `The map data has no position for this road (the boundary of ${zone} is drawn approximately there).`,
  reading: (lat: string, lng: string) => `Latitude ${lat}, longitude ${lng}`,
  checkThis: 'Check these coordinates',
  checked: (via: string, crs: Crs) => `Checked from the ${via}, coordinate system ${crsShort[crs]}.`,
  crsAssumed: 'The numbers name no coordinate system, so they are read as WGS-84 (GPS); numbers copied from AMap or WeChat are GCJ-02.',
  asGcj: 'Check as GCJ-02 instead',
  ask: 'Both readings make sense: which number is the latitude?',
  needsNetwork: (provider: string) => `${provider} short links need the network to reveal the place; copy the coordinates or the full link in the map app.`,
  linkLabel: (name: string) => `Name in the link: ${name}`,
  crsShort,
  via: {
    plain: 'coordinates',
    dms: 'degrees-minutes-seconds coordinates',
    wechat: 'WeChat location',
    'geo-uri': 'geo: link',
    amap: 'AMap link',
    baidu: 'Baidu Maps link',
    tencent: 'Tencent Maps link',
  },
  providers: { amap: 'AMap', baidu: 'Baidu', tencent: 'Tencent', 'geo-uri': 'geo:', other: 'These' },
  pasteErrors: {
    'too-long': 'Search places: too long (at most 2000 characters); paste only the coordinates or the map link.',
    'one-number': 'Search places: only one number; coordinates need a latitude and a longitude, e.g. 21.965, 108.63.',
    'too-many-numbers': 'Search places: too many numbers to tell latitude from longitude; keep two, e.g. 21.965, 108.63.',
    'bad-minutes-seconds': 'Search places: minutes and seconds must be under 60, e.g. 21°57′54″N 108°37′48″E.',
    'conflicting-axes': 'Search places: both numbers are marked as latitude (or both as longitude); check N/S and E/W.',
    unreadable: 'Search places: no coordinates could be read; write them as 21.965, 108.63 or 21°57′54″N 108°37′48″E.',
    'out-of-range': 'Search places: out of range (latitude -90 to 90, longitude -180 to 180).',
    'link-without-coordinates': 'Search places: this map link carries no coordinates; pick the place in the map app, then copy its link or coordinates.',
    'unsupported-crs': 'Search places: this link’s coordinate system is not supported; copy WGS-84, GCJ-02 or BD-09 coordinates.',
    'unsupported-link': 'Search places: this link is not recognised; AMap, Baidu and Tencent map links and geo: links work.',
  },
};

export const SEARCH_STRINGS = { 'zh-CN': zh, en } as const;
