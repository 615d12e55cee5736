/**
 * Words of the place panel and the map that the first load needs (issue 9): the search field's
 * name, the hint under the coordinate form, the form's one-line errors, the map's highlight
 * caption. Composed into the page's words (zh.ts, en.ts). The search results' words load with
 * the search chunk (search.ts) and the map controls' with the map (map.ts): they cost the first
 * load nothing.
 */

/** What is wrong with one typed coordinate, as src/app/place/coordProblem.ts reads it. */
export type CoordProblem =
  | { field: 'lat' | 'lng'; kind: 'empty' }
  /** Two numbers (a whole "21.965,108.63") typed into one field. */
  | { field: 'lat' | 'lng'; kind: 'pair' }
  /** A number outside ±90 / ±180; `swapped` when the other field's number fits here and this one fits there. */
  | { field: 'lat' | 'lng'; kind: 'range'; value: string; swapped: boolean }
  | { field: 'lat' | 'lng'; kind: 'not-number'; value: string };

const EXAMPLE = { lat: '21.965', lng: '108.63' } as const;
const RANGE = { lat: '-90 ~ 90', lng: '-180 ~ 180' } as const;

export const zh = {
  searchLabel: '搜索地点',
  coordsHint: '从高德、腾讯地图或微信复制的数字是 GCJ-02：请把坐标系选为 GCJ-02。',
  /** One line naming the field once, e.g. "纬度“abc”不是数字，应为十进制度数，如 21.965。" */
  coordError: (name: string, p: CoordProblem): string => {
    switch (p.kind) {
      case 'empty':
        return `请填写${name}，如 ${EXAMPLE[p.field]}。`;
      case 'pair':
        return `${name}只填一个数，如 ${EXAMPLE[p.field]}；整段坐标或地图链接请粘贴到上方“搜索地点”。`;
      case 'range':
        return p.swapped
          ? `${name} ${p.value} 超出 ${RANGE[p.field]}：纬度和经度是否填反了？钦州约在纬度 21.9、经度 108.6。`
          : `${name} ${p.value} 超出 ${RANGE[p.field]} 的范围。`;
      case 'not-number':
        return `${name}“${p.value}”不是数字，应为十进制度数，如 ${EXAMPLE[p.field]}。`;
    }
  },
  mapClearFocus: '取消高亮',
};

export type PlaceStrings = typeof zh;

export const en: PlaceStrings = {
  searchLabel: '搜索地点 Search places',
  coordsHint: 'Numbers copied from AMap, Tencent Maps or WeChat are GCJ-02: choose GCJ-02 as the coordinate system.',
  coordError: (name: string, p: CoordProblem): string => {
    switch (p.kind) {
      case 'empty':
        return `Enter the ${name.toLowerCase()}, e.g. ${EXAMPLE[p.field]}.`;
      case 'pair':
        return `${name} takes one number, e.g. ${EXAMPLE[p.field]}; paste a whole coordinate pair or a map link into “搜索地点 Search places” above.`;
      case 'range':
        return p.swapped
          ? `${name} ${p.value} is outside ${RANGE[p.field]}: are latitude and longitude swapped? Qinzhou is near latitude 21.9, longitude 108.6.`
          : `${name} ${p.value} is outside ${RANGE[p.field]}.`;
      case 'not-number':
        return `${name} “${p.value}” is not a number: expected decimal degrees, e.g. ${EXAMPLE[p.field]}.`;
    }
  },
  mapClearFocus: 'Clear highlight',
};
