/**
 * Words for data that is missing or broken but leaves the answer standing (degraded, not
 * broken): the zone file's boundary part, the basemap. Composed into STRINGS; the English ones
 * live in data.en.ts, so they load with the English words only.
 */
export const DATA_ZH = {
  boundaryUnavailable: '边界数据无法读取：本结论未计算到区域边界的距离。靠近区域边界时，结论可能因所在边界一侧而不同。',
  mapRoadsUnavailable: '道路底图无法载入，地图只显示区域。',
};

export type DataStrings = typeof DATA_ZH;
