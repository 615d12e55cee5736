/** Words of the legal card (出示条文), loaded with its chunk. The articles themselves are quoted from the rule-set data, never here. */
const zh = {
  heading: '依据条文',
  answer: '查询结果',
  place: '地点',
  time: '时间',
  chinaTime: (when: string) => `${when}（北京时间）`,
  coords: (lat: string, lng: string) => `北纬 ${lat}°，东经 ${lng}°（WGS-84）`,
  decisive: '决定性条款',
  penalties: '处罚规定',
  contacts: '联系电话',
  notice: '通告',
  print: '打印',
  otherLang: 'English',
  otherLangLabel: '切换到英文 English',
  projected: '推算：没有通告覆盖该年份，按2019年通告规律推算，并非正式规定。',
  disclaimer: '本查询结果仅供参考，以政府和公安机关的规定为准。',
};

export type LegalStrings = typeof zh;

const en: LegalStrings = {
  heading: 'The law that applies',
  answer: 'Answer',
  place: 'Place',
  time: 'Time',
  chinaTime: (when: string) => `${when} (China time)`,
  coords: (lat: string, lng: string) => `${lat}° N, ${lng}° E (WGS-84)`,
  decisive: 'Deciding article',
  penalties: 'Penalties',
  contacts: 'Who to call',
  notice: 'Notice',
  print: 'Print',
  otherLang: '中文',
  otherLangLabel: '切换到中文 Chinese',
  projected: 'Projection: no notice covers this year; the 2019 notice’s pattern is applied, which is not an official rule.',
  disclaimer: 'This answer is a guide; the government’s and the police’s rules prevail. The articles are quoted in the original Chinese, each with an unofficial English summary.',
};

export const LEGAL_STRINGS = { 'zh-CN': zh, en };
