/**
 * Words of the answer's "when" and "why" (issue 7): the basis badge, the lunar dates, the
 * no-notice state, penalties, the season strip's axis, the time shortcuts, the embed's own
 * states and the data-release notes. Composed into the page's words by src/i18n/zh.ts and
 * en.ts. Nothing here names a notice, a year or a county: those come from the rule-set data as
 * arguments.
 */
export const answerZh = {
  /** The badge on a projected answer; `docNo` from the rule set whose pattern is applied. */
  basisBadge: (docNo: string) => `推算 · 按${docNo}的规律`,
  basisSentence: (docNo: string, noticeYear: number, year: number) =>
    `这是推算，不是正式规定：已载入的通告不涵盖${year}年春节，这里把${docNo}（${noticeYear}年）的规律对应到${year}年的农历日期。以${year}年正式公布的通告为准。`,
  /** The embed's shorter form of basisSentence. */
  basisShort: (year: number) => `推算，不是正式规定；以${year}年正式公布的通告为准。`,
  /** What a projected allowed / banned answer means (the notice itself says nothing about that year). */
  projectedExplain: { allowed: '按推算，此时此地允许燃放。下列场所类规定仍然适用。', banned: '按推算，此时此地禁止燃放。' },
  /** "2027年2月3日—3月1日（腊月廿七—正月廿四）全天禁止". */
  whenProhibited: (range: string, lunar: string) => `此处在禁放区：${range}（${lunar}）全天禁止`,
  whenNone: '本期间内已没有允许燃放的时段。',
  checkedAt: (when: string) => `查询时间：${when}（北京时间）`,
  stillApplies: '全年仍然适用：',
  nextSeason: (range: string, lunar: string) => `下一个管控期间：${range}（${lunar}）`,
  nextNewYear: (day: string, docNo: string) => `下一个春节：${day}（正月初一）。已载入的通告不涵盖该年；开启推算可按${docNo}的规律估算。`,
  summaryLabel: '结论说明',
  penalties: '违规处罚',
  /** Caption over the verbatim article of a projected answer. */
  projectedArticle: '推算所依据的条款原文',
  colon: '：',
  zoneArticle: '区域条款',
  /** Gloss of special lunar days (English only; empty in Chinese, where the name says it). */
  lunarGloss: { eve: '', newYear: '', lantern: '' },
  lunarDate: (name: string) => `农历${name}`,
  shortcutsLabel: (year: number) => `${year}年春节常用时间`,
  shortcutNames: { eve: '除夕', newYear: '初一', second: '初二', lantern: '正月十五' },
  seasonNow: '现在',
  seasonChosen: '所选时间',
  seasonBefore: (what: string) => `${what}在期间之前`,
  seasonAfter: (what: string) => `${what}在期间之后`,
  seasonBanned: '全天禁止',
  seasonHeadingProhibited: (y: number) => `${y}年春节期间（禁放区）`,
  seasonAllowed: '允许燃放',
  embedNeedsTitle: '请提供地点',
  embedNeedsText: '嵌入本查询的页面须在链接中给出 lat 和 lng（十进制度数；微信定位结果另加 crs=gcj02），或向本页发送消息 {type: "check", lat, lng}。',
  dataUpdating: '服务器上的区域或通告数据已更新，正在按新数据重新判断…',
  dataStale: '服务器上已有更新的数据，但暂时无法载入：以下结论基于旧数据，可能已过时。',
};

export const answerEn: typeof answerZh = {
  basisBadge: (docNo: string) => `Projected · pattern of ${docNo}`,
  basisSentence: (docNo: string, noticeYear: number, year: number) =>
    `This is a projection, not an official rule: no loaded notice covers Spring Festival ${year}, so the pattern of ${docNo} (${noticeYear}) is applied to ${year}’s lunar dates. The notice published for ${year} prevails.`,
  basisShort: (year: number) => `A projection, not an official rule; the notice published for ${year} prevails.`,
  projectedExplain: { allowed: 'By the projection, allowed here at this time. The place-kind rules below still apply.', banned: 'By the projection, not allowed here at this time.' },
  whenProhibited: (range: string, lunar: string) => `Prohibited zone: banned all day, ${range} (${lunar})`,
  whenNone: 'No allowed window is left in this period.',
  checkedAt: (when: string) => `For ${when} (China time)`,
  stillApplies: 'Still applies all year:',
  nextSeason: (range: string, lunar: string) => `Next control period: ${range} (${lunar})`,
  nextNewYear: (day: string, docNo: string) => `Next Spring Festival: ${day} (正月初一). No loaded notice covers it; turn projection on to apply the pattern of ${docNo}.`,
  summaryLabel: 'What this means',
  penalties: 'Penalties',
  projectedArticle: 'Original text the projection follows',
  colon: ': ',
  zoneArticle: 'Zone article',
  lunarGloss: { eve: 'Lunar New Year’s Eve', newYear: 'Lunar New Year’s Day', lantern: 'Lantern Festival' },
  lunarDate: (name: string) => `Lunar date: ${name}`,
  shortcutsLabel: (year: number) => `Spring Festival ${year}: common times`,
  shortcutNames: { eve: 'Eve 除夕', newYear: 'Day 1 初一', second: 'Day 2 初二', lantern: 'Lantern 十五' },
  seasonNow: 'now',
  seasonChosen: 'chosen time',
  seasonBefore: (what: string) => `The ${what} is before the period`,
  seasonAfter: (what: string) => `The ${what} is after the period`,
  seasonBanned: 'banned all day',
  seasonHeadingProhibited: (y: number) => `Spring Festival ${y} (prohibited zone)`,
  seasonAllowed: 'allowed',
  embedNeedsTitle: 'A place is needed',
  embedNeedsText: 'The page embedding this checker must give lat and lng in the link (decimal degrees; add crs=gcj02 for WeChat positions), or post the message {type: "check", lat, lng} to this frame.',
  dataUpdating: 'The zone or notice data on the server has been updated; checking again with the new data…',
  dataStale: 'Newer data is on the server but could not be loaded: this answer comes from the old data and may be out of date.',
};
