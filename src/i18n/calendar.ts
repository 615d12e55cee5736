/**
 * The season calendar's words (core/season-calendar.ts): event titles and text, zh-CN and en.
 * Loaded with the app's lazy calendar chunk, and by `check --ics` (Chinese).
 */
import type { CalendarWords } from '../core';

const zh: CalendarWords = {
  name: (y, banned, projected) => `${y}年春节 ${banned ? '禁放期间' : '允许燃放时段'}${projected ? '（推算）' : ''}`,
  summary: (banned, projected) => (banned ? '禁止燃放烟花爆竹（禁放区，全天）' : '可燃放烟花爆竹') + (projected ? '（推算）' : ''),
  place: (lat, lng, banned, zone) => `北纬 ${lat}°，东经 ${lng}°（WGS-84）· ${banned ? '禁放区' : '限放区'}${zone ? ` · ${zone}` : ''}`,
  span: (a, b) => `北京时间 ${a} 至 ${b}`,
  basis: (cite) => `依据 ${cite}`,
  projection: (docNo, y) => `推算：没有通告覆盖${y}年，按${docNo}的规律推算，并非正式规定。`,
  data: (date, version) => (date ? `区域数据 ${date} 版（${version}）` : '区域数据版本未知'),
  disclaimer: '仅供参考，以政府和公安机关的规定为准。',
};

const en: CalendarWords = {
  name: (y, banned, projected) => `Spring Festival ${y}: ${banned ? 'banned period' : 'allowed windows'}${projected ? ' (projected)' : ''}`,
  summary: (banned, projected) => (banned ? 'Fireworks banned (prohibited zone, all day)' : 'Fireworks allowed') + (projected ? ' (推算 projected)' : ''),
  place: (lat, lng, banned, zone) => `${lat}° N, ${lng}° E (WGS-84) · ${banned ? 'prohibited zone' : 'restricted zone'}${zone ? ` · ${zone}` : ''}`,
  span: (a, b) => `China time ${a} to ${b}`,
  basis: (cite) => `Under ${cite}`,
  projection: (docNo, y) => `推算 Projected: no notice covers ${y}; the pattern of ${docNo} is applied, which is not an official rule.`,
  data: (date, version) => (date ? `Zone data of ${date} (${version})` : 'Zone data version unknown'),
  disclaimer: 'A guide only; the government’s and the police’s rules prevail.',
};

export const CALENDAR_WORDS = { 'zh-CN': zh, en };

/** The calendar button's outcome, in the app (loaded with the calendar chunk). */
export const CALENDAR_UI = {
  'zh-CN': {
    done: (file: string, n: number, banned: boolean) => `已下载日历文件 ${file}（${banned ? '禁放期间' : `${n} 个允许燃放时段`}），用日历应用打开即可导入。`,
    failed: '无法生成日历文件，请重试。',
  },
  en: {
    done: (file: string, n: number, banned: boolean) => `Downloaded ${file} (${banned ? 'the banned period' : `${n} allowed windows`}); open it with your calendar app to import it.`,
    failed: 'The calendar file could not be made; try again.',
  },
};
