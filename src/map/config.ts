/**
 * Optional online raster tiles under the offline basemap. Off by default: the app makes no
 * third-party request unless a deployment sets VITE_TILE_URL (an XYZ template) at build time,
 * and such a deployment must also widen the Content-Security-Policy in index.html (img-src,
 * connect-src) for that host.
 */
export interface OnlineTiles {
  url: string;
  attribution: string;
}

export const ONLINE_TILES: OnlineTiles | null = import.meta.env.VITE_TILE_URL
  ? { url: String(import.meta.env.VITE_TILE_URL), attribution: String(import.meta.env.VITE_TILE_ATTRIBUTION ?? '') }
  : null;
