/**
 * Words for data that is missing or broken but leaves the answer standing (degraded, not
 * broken): the zone file's boundary part, the basemap. Composed into STRINGS.
 */
const zh = {
  boundaryUnavailable: '边界数据无法读取：本结论未计算到区域边界的距离。靠近区域边界时，结论可能因所在边界一侧而不同。',
  mapRoadsUnavailable: '道路底图无法载入，地图只显示区域。',
};

export type DataStrings = typeof zh;

const en: DataStrings = {
  boundaryUnavailable: 'The boundary data could not be read, so this answer has no distance to a zone boundary. Near a boundary the answer may depend on which side you are.',
  mapRoadsUnavailable: 'The road basemap could not be loaded; the map shows the zones only.',
};

export const DATA_STRINGS = { 'zh-CN': zh, en };
