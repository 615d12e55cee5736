/**
 * The map's colours come from the page's CSS variables (src/app/styles.css, `--map-*`), so the
 * light and the dark theme are defined once, beside the app's own colours and the legend's
 * swatches. The fallbacks are the light theme, for a page without those variables.
 */
export interface Palette {
  land: string;
  water: string;
  band: string;
  zone: string;
  edge: string;
  road: string;
  roadMinor: string;
  roadCasing: string;
  county: string;
  label: string;
  labelHalo: string;
  zoneLabel: string;
  highlight: string;
  position: string;
  positionRing: string;
}

const VARS: Record<keyof Palette, [cssVar: string, fallback: string]> = {
  land: ['--map-land', '#f3f0e8'],
  water: ['--map-water', '#a9cde6'],
  band: ['--map-band', '#f2dcc0'],
  zone: ['--map-zone', '#d93025'],
  edge: ['--map-edge', '#b3261e'],
  road: ['--map-road', '#8f887a'],
  roadMinor: ['--map-road-minor', '#b9b2a3'],
  roadCasing: ['--map-road-casing', '#ffffff'],
  county: ['--map-county', '#5b4b8a'],
  label: ['--map-label', '#2b2a28'],
  labelHalo: ['--map-label-halo', '#ffffff'],
  zoneLabel: ['--map-zone-label', '#8c1d18'],
  highlight: ['--map-highlight', '#f6a800'],
  position: ['--map-position', '#1a5fb4'],
  positionRing: ['--map-position-ring', '#ffffff'],
};

/** The colours in force on `el` now (call again when the colour scheme changes). */
export function readPalette(el: Element): Palette {
  const css = getComputedStyle(el);
  const out = {} as Palette;
  for (const [key, [name, fallback]] of Object.entries(VARS) as [keyof Palette, [string, string]][]) {
    out[key] = css.getPropertyValue(name).trim() || fallback;
  }
  return out;
}

/** The light theme as the fallbacks give it: for code and tests that have no page. */
export const LIGHT: Palette = Object.fromEntries(Object.entries(VARS).map(([k, [, v]]) => [k, v])) as unknown as Palette;
