/** Words of patrol mode and its boundary warnings (loaded with the patrol chunk). */
const zh = {
  barLabel: '巡查状态',
  starting: '正在定位…',
  paused: '页面在后台：已暂停定位',
  denied: '定位权限被拒绝，巡查模式无法跟随位置。',
  unavailable: '暂时无法获取位置，正在重试…',
  unsupported: '此浏览器不支持定位，巡查模式不可用。',
  fix: (acc: number, age: string) => `定位 ±${acc} 米 · ${age}`,
  ageSeconds: (s: number) => (s < 1 ? '刚刚' : `${s} 秒前`),
  ageMinutes: (m: number) => `${m} 分钟前`,
  stale: '定位已过时',
  staleHint: (s: number) => `已超过 ${s} 秒没有新的定位，结果可能不是您现在的位置。`,
  noFixYet: (s: number) => `等待定位（${s} 秒）`,
  boundary: (d: number, road: string | null) => `距边界约 ${d} 米` + (road ? `（${road}）` : ''),
  noBoundary: '附近没有影响结果的边界',
  wakeLockOn: '屏幕常亮',
  sound: '提示音',
  soundLabel: '提示音',
  dismiss: '知道了',
  entered: (zone: string, word: string) => `注意：已进入禁放区（${zone}）。此时此地：${word}。`,
  crossed: (zone: string, word: string) => `已越过边界：现在在${zone}。此时此地：${word}。`,
  changed: (word: string) => `结果已变化：此时此地${word}。`,
  near: (d: number, road: string | null, band: number) =>
    `靠近边界：距${road ? `“${road}”` : '边界'}约 ${d} 米（警示范围 ${band} 米），定位误差可能使结果不同。`,
};

export type PatrolStrings = typeof zh;

const en: PatrolStrings = {
  barLabel: 'Patrol status',
  starting: 'Locating…',
  paused: 'Page in the background: locating paused',
  denied: 'Location permission was denied, so patrol mode cannot follow your position.',
  unavailable: 'Your position is unavailable for now; retrying…',
  unsupported: 'This browser cannot locate you; patrol mode is unavailable.',
  fix: (acc: number, age: string) => `Fix ±${acc} m · ${age}`,
  ageSeconds: (s: number) => (s < 1 ? 'just now' : `${s} s ago`),
  ageMinutes: (m: number) => `${m} min ago`,
  stale: 'Stale fix',
  staleHint: (s: number) => `No new fix for over ${s} s: the answer may not be for where you are now.`,
  noFixYet: (s: number) => `Waiting for a fix (${s} s)`,
  boundary: (d: number, road: string | null) => `About ${d} m to the boundary` + (road ? ` (${road})` : ''),
  noBoundary: 'No boundary nearby changes the answer',
  wakeLockOn: 'Screen kept on',
  sound: 'Sound',
  soundLabel: '提示音 Sound',
  dismiss: 'OK',
  entered: (zone: string, word: string) => `Warning: you entered a prohibited zone (${zone}). Here and now: ${word}.`,
  crossed: (zone: string, word: string) => `Boundary crossed: now in the ${zone}. Here and now: ${word}.`,
  changed: (word: string) => `The answer changed: here and now, ${word}.`,
  near: (d: number, road: string | null, band: number) =>
    `Near a boundary: about ${d} m from ${road ?? 'it'} (warning distance ${band} m); the position's error may change the answer.`,
};

export const PATROL_STRINGS = { 'zh-CN': zh, en };
