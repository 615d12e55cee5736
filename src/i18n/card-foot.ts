/**
 * Words of the card's foot (issue 13), in both languages, for the app and the CLI: the source
 * line and the calendar and report buttons (first load, so kept short; their details, the
 * calendar's and the report sheet's words load with their chunks). Accessible names keep the Chinese contract name ("报告边界问题").
 */
import type { Provenance, VerdictSource } from '../core';

const line = (parts: (string | false | null)[]) => parts.filter(Boolean).join(' · ');

const zhProv: Record<Provenance, string> = { osm: 'OSM 实测', waypoint: '人工放置', area: '人工绘制', county: '县界轮廓', zone: '区域轮廓' };
const enProv: Record<Provenance, string> = { osm: 'traced from OSM', waypoint: 'placed by hand', area: 'drawn by hand', county: 'county outline', zone: 'zone outline' };

const zh = {
  /** "依据 钦政规〔2019〕1号 · 区域数据 2026-12-01 版 · 最近边界：OSM 实测 ±30 米" */
  sourceLine: (s: VerdictSource) =>
    line([
      `依据 ${s.notice.docNo}${s.projected ? '（推算）' : ''}`,
      s.zoneData ? `区域数据 ${s.zoneData.date} 版` : '区域数据版本未知',
      s.nearest && `最近边界：${zhProv[s.nearest.provenance]} ±${s.nearest.maxErrorM} 米`,
    ]),
  calendarOffer: (banned: boolean): string => (banned ? '把禁放期间加入日历' : '把允许燃放时段加入日历'),
  reportBoundary: '报告边界问题',
  reportBoundaryLabel: '报告边界问题',
};

const en: typeof zh = {
  sourceLine: (s: VerdictSource) =>
    line([
      `Under ${s.notice.docNo}${s.projected ? ' (projected)' : ''}`,
      s.zoneData ? `zone data of ${s.zoneData.date}` : 'zone data undated',
      s.nearest && `nearest boundary: ${enProv[s.nearest.provenance]} ±${s.nearest.maxErrorM} m`,
    ]),
  calendarOffer: (banned: boolean) => (banned ? 'Add the banned period to my calendar' : 'Add the allowed windows to my calendar'),
  reportBoundary: 'Report a boundary problem',
  reportBoundaryLabel: '报告边界问题 Report a boundary problem',
};

export const CARD_FOOT_WORDS = { 'zh-CN': zh, en };
