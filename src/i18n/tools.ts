/**
 * Words of the officer tools' controls on the first screen (patrol toggle, check log, legal
 * card, batch), composed into the page's words (zh.ts, en.ts). The tools' own words load with
 * their lazy chunks (i18n/patrol.ts, log.ts, legal.ts, batch.ts), so the first load carries only
 * these labels.
 * Accessible names keep the Chinese contract name in both languages ("巡查模式 Patrol mode").
 */
const zh = {
  toolsHeading: '执法工具',
  patrolMode: '巡查模式',
  patrolModeLabel: '巡查模式',
  showLaw: '出示条文',
  showLawLabel: '出示条文',
  checkLog: '检查记录',
  checkLogLabel: '检查记录',
  batchCheck: '批量查询',
  batchCheckLabel: '批量查询',
  toolLoading: '正在载入…',
  toolFailed: '无法载入，请重试。',
};

export type ToolStrings = typeof zh;

const en: ToolStrings = {
  toolsHeading: 'Officer tools',
  patrolMode: 'Patrol mode',
  patrolModeLabel: '巡查模式 Patrol mode',
  showLaw: 'Show the law',
  showLawLabel: '出示条文 Show the law',
  checkLog: 'Check log',
  checkLogLabel: '检查记录 Check log',
  batchCheck: 'Check many places',
  batchCheckLabel: '批量查询 Check many places',
  toolLoading: 'Loading…',
  toolFailed: 'Could not load; try again.',
};

export const TOOL_STRINGS = { 'zh-CN': zh, en };
