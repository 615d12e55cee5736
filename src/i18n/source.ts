/**
 * Words on the answer card for issue 13, composed into STRINGS (first load, so kept short): the
 * source line, the calendar and report buttons, and who to call. The details, the calendar's
 * own words and the report sheet's load with their chunks (source-details.ts, calendar.ts,
 * report.ts).
 */
import type { Provenance, VerdictSource } from '../core';

const line = (parts: (string | false | null)[]) => parts.filter(Boolean).join(' · ');

const zhProv: Record<Provenance, string> = { osm: 'OSM 实测', waypoint: '人工放置', area: '人工绘制', county: '县界轮廓', zone: '区域轮廓' };
const enProv: Record<Provenance, string> = { osm: 'traced from OSM', waypoint: 'placed by hand', area: 'drawn by hand', county: 'county outline', zone: 'zone outline' };

export const sourceZh = {
  /** "依据 钦政规〔2019〕1号 · 区域数据 2026-12-01 版 · 最近边界：OSM 实测 ±30 米" */
  sourceLine: (s: VerdictSource) =>
    line([
      `依据 ${s.notice.docNo}${s.projected ? '（推算）' : ''}`,
      s.zoneData ? `区域数据 ${s.zoneData.date} 版` : '区域数据版本未知',
      s.nearest && `最近边界：${zhProv[s.nearest.provenance]} ±${s.nearest.maxErrorM} 米`,
    ]),
  calendarOffer: (banned: boolean): string => (banned ? '把禁放期间加入日历' : '把允许燃放时段加入日历'),
  /** The accessible name keeps the contract name "报告边界问题" in both languages. */
  reportBoundary: '报告边界问题',
  reportBoundaryLabel: '报告边界问题',
  callPolice: '举报违法燃放（公安）',
  callHotline: '咨询燃放规定（政务服务便民热线）',
  /** The county sets its own rules; no public contact of its own could be cited, so none is given. */
  countyContact: (county: string) => `${county}自行确定禁限放规定；县的联系方式请查询县人民政府公告。`,
};

export type SourceStrings = typeof sourceZh;

export const sourceEn: SourceStrings = {
  sourceLine: (s: VerdictSource) =>
    line([
      `Under ${s.notice.docNo}${s.projected ? ' (projected)' : ''}`,
      s.zoneData ? `zone data of ${s.zoneData.date}` : 'zone data undated',
      s.nearest && `nearest boundary: ${enProv[s.nearest.provenance]} ±${s.nearest.maxErrorM} m`,
    ]),
  calendarOffer: (banned: boolean) => (banned ? 'Add the banned period to my calendar' : 'Add the allowed windows to my calendar'),
  reportBoundary: 'Report a boundary problem',
  reportBoundaryLabel: '报告边界问题 Report a boundary problem',
  callPolice: 'Report illegal firing (police)',
  callHotline: 'Questions about the rules (government service hotline)',
  countyContact: (county: string) => `${county} sets its own rules; for the county’s contact, see the county government’s notices (请查询县人民政府公告).`,
};
