/**
 * The answer's source in full (issue 13): the rows behind the card's source line, read by the
 * lazy details view and by the CLI's human output, zh-CN and en.
 */
import type { Provenance, VerdictSource } from '../core';

export interface SourceFacts {
  source: VerdictSource;
  /** Distance to that stretch, metres, already rounded for display; null if none. */
  distanceM: number | null;
  /** The app's data release (zones and notices), when the page knows it. */
  appData?: string;
}

type Rows = [term: string, value: string][];

const zhProv = (p: Provenance, ref: string): string =>
  ({
    osm: `按 OpenStreetMap 道路描绘（${ref}）`,
    waypoint: `人工放置（geo/waypoints.json：${ref}，附证据与误差上限）`,
    area: `人工绘制的区域轮廓（geo/waypoints.json：${ref}）`,
    county: `县界轮廓（${ref}）`,
    zone: `区域轮廓（${ref}）`,
  })[p];

const enProv = (p: Provenance, ref: string): string =>
  ({
    osm: `traced from OpenStreetMap roads (${ref})`,
    waypoint: `placed by hand (geo/waypoints.json: ${ref}, with its evidence and error bound)`,
    area: `outline drawn by hand (geo/waypoints.json: ${ref})`,
    county: `county outline (${ref})`,
    zone: `zone outline (${ref})`,
  })[p];

const zh = {
  rows: ({ source: s, distanceM, appData }: SourceFacts): Rows => [
    ['通告', `${s.notice.title}（${s.notice.docNo}），${s.notice.published} 公布`],
    ['推算', s.projected ? `是：没有通告覆盖这一年，按${s.notice.docNo}的规律推算，并非正式规定。` : '否：结论直接依据该通告。'],
    ['区域数据', s.zoneData ? `${s.zoneData.date} 版（版本 ${s.zoneData.version}${s.zoneData.license ? `，${s.zoneData.license}` : ''}）` : '版本未知（数据未带版本标记）'],
    ['道路数据', s.roads ? `${s.roads.extract}，${s.roads.attribution}，${s.roads.license}` : '未注明'],
    [
      '最近边界',
      s.nearest
        ? `${s.nearest.road}：${zhProv(s.nearest.provenance, s.nearest.ref)}，误差不超过 ${s.nearest.maxErrorM} 米${distanceM !== null ? `；距此约 ${distanceM} 米` : ''}`
        : '无',
    ],
    ...(appData ? ([['应用数据版本', appData]] as Rows) : []),
  ],
  osmLink: (ref: string) => `在 OpenStreetMap 上查看 ${ref}`,
};

export type SourceDetailWords = typeof zh;

const en: SourceDetailWords = {
  rows: ({ source: s, distanceM, appData }: SourceFacts): Rows => [
    ['Notice', `${s.notice.title} (${s.notice.docNo}), published ${s.notice.published}`],
    ['Projected', s.projected ? `Yes: no notice covers this year; the pattern of ${s.notice.docNo} is applied, which is not an official rule.` : 'No: the answer rests on the notice itself.'],
    ['Zone data', s.zoneData ? `of ${s.zoneData.date} (version ${s.zoneData.version}${s.zoneData.license ? `, ${s.zoneData.license}` : ''})` : 'version unknown (the data carries no stamp)'],
    ['Road data', s.roads ? `${s.roads.extract}, ${s.roads.attribution}, ${s.roads.license}` : 'not stated'],
    [
      'Nearest boundary',
      s.nearest
        ? `${s.nearest.road}: ${enProv(s.nearest.provenance, s.nearest.ref)}, error at most ${s.nearest.maxErrorM} m${distanceM !== null ? `; about ${distanceM} m away` : ''}`
        : 'none',
    ],
    ...(appData ? ([['App data version', appData]] as Rows) : []),
  ],
  osmLink: (ref: string) => `See ${ref} on OpenStreetMap`,
};

export const SOURCE_DETAIL_WORDS = { 'zh-CN': zh, en };
