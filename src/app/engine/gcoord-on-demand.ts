/// <reference lib="webworker" />
/**
 * gcoord for the engine's worker, fetched only when an input is in GCJ-02 or BD-09. The worker
 * build resolves `gcoord` to this module (vite.config.ts, `worker.plugins`), so the core keeps
 * its plain `import gcoord from 'gcoord'` and a WGS-84 answer (the first one, on every load) does
 * not wait for 3 KB of datum code. The worker is a classic script (iife, for old WebViews), so
 * there is no code splitting inside it: the first property read loads gcoord's own browser build
 * synchronously with importScripts (precached by the service worker like every script), and
 * every read is forwarded to it. The core touches gcoord only on its non-WGS-84 path.
 */
import type Gcoord from 'gcoord';
import GCOORD_SCRIPT from 'gcoord/dist/gcoord.global.prod.js?url';

type GcoordModule = typeof Gcoord;
declare const self: DedicatedWorkerGlobalScope & { gcoord?: GcoordModule };

let loaded: GcoordModule | undefined;
function gcoord(): GcoordModule {
  if (!loaded) {
    importScripts(GCOORD_SCRIPT);
    if (!self.gcoord) throw new Error(`gcoord: ${GCOORD_SCRIPT} did not define it`);
    loaded = self.gcoord;
  }
  return loaded;
}

export default new Proxy({} as GcoordModule, { get: (_, key) => Reflect.get(gcoord(), key) });
