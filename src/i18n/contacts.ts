/**
 * Who to call (issue 13), in both languages: loaded with the Contacts list (app/contacts: a chunk
 * on the card, opened with the penalties or on a county's card; and the legal card), never with
 * the first answer.
 */
const zh = {
  callPolice: '举报违法燃放（公安）',
  callHotline: '咨询燃放规定（政务服务便民热线）',
  /** The county sets its own rules; no public contact of its own could be cited, so none is given. */
  countyContact: (county: string) => `${county}自行确定禁限放规定；县的联系方式请查询县人民政府公告。`,
};

const en: typeof zh = {
  callPolice: 'Report illegal firing (police)',
  callHotline: 'Questions about the rules (government service hotline)',
  countyContact: (county: string) => `${county} sets its own rules; for the county’s contact, see the county government’s notices (请查询县人民政府公告).`,
};

export const CONTACT_WORDS = { 'zh-CN': zh, en };
