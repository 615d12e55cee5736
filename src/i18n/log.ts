/** Words of the check log (检查记录), loaded with its chunk. */
const zh = {
  heading: '检查记录',
  intro: '每次手动查询和巡查中每次结果变化都记录在本机（IndexedDB），不会上传。',
  loading: '正在读取记录…',
  unavailable: '此浏览器无法在本机保存记录（可能处于无痕模式或禁用了存储）。',
  empty: '还没有记录。',
  count: (n: number) => `共 ${n} 条记录`,
  source: { manual: '手动查询', patrol: '巡查' } as Record<'manual' | 'patrol', string>,
  accuracy: (m: number) => `±${m} 米`,
  note: '备注',
  noteSave: '保存备注',
  noteSaved: '备注已保存。',
  format: '格式',
  export: '导出记录',
  exportLabel: '导出记录',
  shared: '已分享。',
  downloaded: (name: string) => `已下载 ${name}。`,
  clear: '清空记录',
  clearConfirm: (n: number) => `确定删除本机的全部 ${n} 条记录吗？此操作无法撤销。`,
  clearYes: '全部删除',
  clearNo: '取消',
  cleared: '记录已清空。',
  shareTitle: '烟花爆竹禁限放检查记录',
};

export type LogStrings = typeof zh;

const en: LogStrings = {
  heading: 'Check log',
  intro: 'Every manual check and every change of answer on patrol is stored on this device (IndexedDB) and never uploaded.',
  loading: 'Reading the log…',
  unavailable: 'This browser cannot store the log on the device (private mode, or storage is turned off).',
  empty: 'No checks recorded yet.',
  count: (n: number) => `${n} check${n === 1 ? '' : 's'}`,
  source: { manual: 'Manual check', patrol: 'Patrol' },
  accuracy: (m: number) => `±${m} m`,
  note: 'Note',
  noteSave: 'Save note',
  noteSaved: 'Note saved.',
  format: 'Format',
  export: 'Export log',
  exportLabel: '导出记录 Export log',
  shared: 'Shared.',
  downloaded: (name: string) => `Downloaded ${name}.`,
  clear: 'Clear log',
  clearConfirm: (n: number) => `Delete all ${n} checks stored on this device? This cannot be undone.`,
  clearYes: 'Delete all',
  clearNo: 'Cancel',
  cleared: 'The log is empty now.',
  shareTitle: 'Fireworks check log',
};

export const LOG_STRINGS = { 'zh-CN': zh, en };
