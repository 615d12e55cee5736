/// <reference types="vite/client" />
declare const __DATA_VERSION__: string;
declare const __APP_VERSION__: string;

interface ImportMetaEnv {
  readonly VITE_TILE_URL?: string;
  readonly VITE_TILE_ATTRIBUTION?: string;
}
