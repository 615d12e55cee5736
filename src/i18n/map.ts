/**
 * The map's own control texts (maplibre-gl's zoom buttons, scale bar, gesture hints, and our
 * locate button), in both languages. MapSlot imports this with the map, so these words are not
 * in the first load.
 */
import type { Lang } from './strings';

const zh = {
  locate: '定位到我的位置',
  controls: {
    'NavigationControl.ZoomIn': '放大',
    'NavigationControl.ZoomOut': '缩小',
    'AttributionControl.ToggleAttribution': '显示或隐藏数据来源',
    'ScaleControl.Meters': '米',
    'ScaleControl.Kilometers': '公里',
    'CooperativeGesturesHandler.WindowsHelpText': '按住 Ctrl 键滚动滚轮缩放地图',
    'CooperativeGesturesHandler.MacHelpText': '按住 ⌘ 键滚动缩放地图',
    'CooperativeGesturesHandler.MobileHelpText': '双指移动地图',
  } as Record<string, string>,
};

export type MapWords = typeof zh;

export const MAP_WORDS: Record<Lang, MapWords> = {
  'zh-CN': zh,
  en: {
    locate: 'Locate me on the map',
    controls: {
      'NavigationControl.ZoomIn': 'Zoom in',
      'NavigationControl.ZoomOut': 'Zoom out',
      'AttributionControl.ToggleAttribution': 'Show or hide the data sources',
      'ScaleControl.Meters': 'm',
      'ScaleControl.Kilometers': 'km',
      'CooperativeGesturesHandler.WindowsHelpText': 'Hold Ctrl and scroll to zoom the map',
      'CooperativeGesturesHandler.MacHelpText': 'Hold ⌘ and scroll to zoom the map',
      'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
    },
  },
};
