import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Content hash of the data the build ships (zones, edges, notices): the About panel's "data version". */
function dataVersion(): string {
  const h = createHash('sha256');
  for (const f of ['public/data/zones.geojson', 'public/data/zone-edges.geojson', 'public/data/zones.bin', 'public/data/rulesets.json']) {
    h.update(existsSync(f) ? readFileSync(f) : 'missing:' + f);
  }
  return h.digest('hex').slice(0, 12);
}
const DATA_VERSION = dataVersion();

/**
 * Emits data/version.json, the version manifest the page checks on every load and that is never
 * cached (src/pwa/data-release.ts), and serves it in dev. The notices themselves are
 * public/data/rulesets.json (scripts/build-rulesets.ts).
 */
function dataVersionManifest(): Plugin {
  const body = JSON.stringify({ version: DATA_VERSION });
  return {
    name: 'data-version-manifest',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.url ?? '').split('?')[0] !== '/data/version.json') return next();
        res.setHeader('content-type', 'application/json');
        res.setHeader('cache-control', 'no-store');
        res.end(body);
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'data/version.json', source: body });
    },
  };
}

/**
 * In the engine's worker only, `gcoord` is src/app/engine/gcoord-on-demand.ts: the datum
 * conversions load on the first GCJ-02/BD-09 input instead of with every first answer. The CLI,
 * the tests and the main-thread fallback keep the package itself.
 */
function workerGcoordOnDemand(): Plugin {
  const onDemand = fileURLToPath(new URL('./src/app/engine/gcoord-on-demand.ts', import.meta.url));
  return {
    name: 'worker-gcoord-on-demand',
    enforce: 'pre',
    resolveId(id, importer) {
      return id === 'gcoord' && importer !== onDemand ? onDemand : null;
    },
  };
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
  define: {
    __DATA_VERSION__: JSON.stringify(DATA_VERSION),
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  plugins: [
    preact(),
    dataVersionManifest(),
    VitePWA({
      // The app asks before switching versions (src/pwa/register.ts); no inline registration script (CSP).
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'generateSW',
      manifestFilename: 'manifest.webmanifest',
      // The glob below already lists the icons; listing them again would precache them twice.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: '钦州烟花爆竹禁限放查询',
        short_name: '禁限放查询',
        description: '此时此地能否燃放烟花爆竹（钦政规〔2019〕1号）。离线可用。',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#faf8f4',
        theme_color: '#7f1d16',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // App shell, the lazy map and search chunks, the data, the place index (json) and the map's
        // glyphs (pbf): after one visit everything answers, searches and draws labels offline.
        // The map draws the zones from zones.bin too, so the two zone GeoJSON files (published for
        // people and tools) are not precached; data/version.json is left out on purpose: it must
        // always come from the network.
        globPatterns: ['**/*.{js,css,html,png,geojson,bin,json,pbf}'],
        globIgnores: ['**/data/zones.geojson', '**/data/zone-edges.geojson', '**/data/version.json'],
        // The version check goes to the network and nowhere else (never a cache). With no network
        // the worker answers 204, "no version to report" (src/pwa/data-release.ts reads it as
        // such), instead of a failed request: in airplane mode the page then runs on its precached
        // data without a network error on every load.
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.endsWith('/data/version.json'),
            handler: 'NetworkOnly',
            options: { plugins: [{ handlerDidError: async () => new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } }) }] },
          },
        ],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
      },
    }),
  ],
  // The map chunk is big by nature (maplibre-gl) and loads only after the verdict.
  // Classic (iife) worker: runs in older WebViews that lack module workers.
  worker: { format: 'iife', plugins: () => [workerGcoordOnDemand()] },
  build: {
    target: 'es2020',
    sourcemap: false,
    manifest: true,
    chunkSizeWarningLimit: 1200,
    // Everything the entry imports statically stays in the entry chunk. Left alone, rolldown moves
    // the modules the entry shares with a lazy chunk that does not import the entry (core/params
    // and china-time, via the check log's store) into a chunk of their own: one more request
    // before the first answer, and ~0.3 KB gzip more than the same code inside the entry.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } } },
    // The polyfill serves <link rel=modulepreload> in index.html, and with one entry chunk there is
    // none; lazy chunks preload their imports with rel=preload where modulepreload is missing.
    modulePreload: { polyfill: false },
  },
});
