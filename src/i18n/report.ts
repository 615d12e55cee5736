/**
 * Words of the boundary report (issue 13, 报告边界问题), loaded with its sheet. The report's
 * facts about the answer's source are the source details' rows (source-details.ts), so the
 * report, the card and the CLI say them alike.
 */
/** What the reporter believes is right, in the order the sheet offers it. */
export const BELIEFS = ['inside', 'outside', 'elsewhere', 'unsure'] as const;
export type Belief = (typeof BELIEFS)[number];

const zh = {
  heading: '报告边界问题',
  intro: '本应用不会发送任何内容。请复制、分享或下载这份报告，交给本工具的维护者（例如在项目代码库的问题列表中提交，附上 GeoJSON 文件）。区域的法定范围以钦州市人民政府的通告为准。',
  beliefLegend: '您认为正确的是',
  beliefs: {
    inside: '此处应在禁放区内',
    outside: '此处应在禁放区外',
    elsewhere: '边界应在别处（请在备注中说明在哪里）',
    unsure: '不确定，请核实',
  } as Record<Belief, string>,
  noteLabel: '备注（可选）：依据什么，例如路牌、通告条文、现场情况',
  previewLabel: '报告内容',
  copy: '复制报告',
  share: '分享报告',
  download: '下载 GeoJSON',
  copied: '报告已复制。',
  copyManual: '无法自动复制：请在上面的报告内容中全选后复制。',
  shared: '已打开分享。',
  downloaded: (file: string) => `已下载 ${file}。`,
  // The report's own lines
  title: '钦州烟花爆竹禁限放查询 · 边界问题报告',
  wgs84: (lat: string, lng: string) => `地点 WGS-84（GPS、OSM）：${lat}, ${lng}`,
  gcj02: (lat: string, lng: string) => `地点 GCJ-02（高德、腾讯、微信）：${lat}, ${lng}`,
  input: (lat: string, lng: string, crs: string, from: string) => `输入：${lat}, ${lng}（${crs}，${from}）`,
  at: (when: string) => `查询时间：${when}（北京时间）`,
  verdict: (word: string, status: string, zone: string) => `结论：${word}（${status}）· ${zone}`,
  belief: (b: string) => `报告人认为：${b}`,
  note: (n: string) => `备注：${n || '（无）'}`,
  madeAt: (when: string) => `报告生成：${when}（北京时间），由报告人自行发送`,
};

export type ReportWords = typeof zh;

const en: ReportWords = {
  heading: '报告边界问题 Report a boundary problem',
  intro: 'The app sends nothing. Copy, share or download this report and give it to the maintainers of this tool (for example as an issue in the project’s repository, with the GeoJSON file attached). The legal extent of the zones is the Qinzhou government’s notice.',
  beliefLegend: 'What you believe is right',
  beliefs: {
    inside: 'This place should be inside the prohibited zone',
    outside: 'This place should be outside the prohibited zone',
    elsewhere: 'The boundary lies elsewhere (say where in the note)',
    unsure: 'Not sure; please check',
  },
  noteLabel: 'Note (optional): your evidence, e.g. street signs, the notice’s wording, what is on the ground',
  previewLabel: 'The report',
  copy: 'Copy the report',
  share: 'Share the report',
  download: 'Download GeoJSON',
  copied: 'Report copied.',
  copyManual: 'Could not copy automatically: select the report above and copy it.',
  shared: 'Share sheet opened.',
  downloaded: (file: string) => `Downloaded ${file}.`,
  title: 'Qinzhou fireworks checker · boundary problem report',
  wgs84: (lat: string, lng: string) => `Place WGS-84 (GPS, OSM): ${lat}, ${lng}`,
  gcj02: (lat: string, lng: string) => `Place GCJ-02 (AMap, Tencent, WeChat): ${lat}, ${lng}`,
  input: (lat: string, lng: string, crs: string, from: string) => `Input: ${lat}, ${lng} (${crs}, ${from})`,
  at: (when: string) => `Checked for: ${when} (China time)`,
  verdict: (word: string, status: string, zone: string) => `Answer: ${word} (${status}) · ${zone}`,
  belief: (b: string) => `The reporter believes: ${b}`,
  note: (n: string) => `Note: ${n || '(none)'}`,
  madeAt: (when: string) => `Report made: ${when} (China time), sent by the reporter`,
};

export const REPORT_WORDS = { 'zh-CN': zh, en };
