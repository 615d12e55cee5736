/** Builds dist/ and serves it on 127.0.0.1 (random port), like a plain production host (gzip). */
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The production build into dist/. NODE_ENV=production on purpose: under vitest it is "test",
 * which makes vite emit a development bundle whose service worker never registers.
 */
export function buildDist(): void {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}

/** Files served instead of what is on disk (path → body), e.g. a changed sw.js to simulate a release, a broken zones.bin. */
export type Overrides = Map<string, string | Uint8Array>;

/** `delays`: path → milliseconds to wait before answering (a slow network for that file). */
export async function serveDir(dir: string, port = 0, overrides: Overrides = new Map(), delays: Map<string, number> = new Map()): Promise<{ url: string; server: Server }> {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const delay = delays.get(path);
    if (delay) await new Promise((ok) => setTimeout(ok, delay));
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const override = overrides.get(path);
      if (override === undefined && (await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = override !== undefined ? Buffer.from(override) : await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers: Record<string, string> = {
        'content-type': type,
        'cache-control': file.endsWith('sw.js') || file.endsWith('.html') ? 'no-cache' : 'public, max-age=3600',
      };
      // Compress text like any real host does, so sizes and Lighthouse see what phones get.
      if (!type.startsWith('image/') && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(body, { level: 6 });
        headers['content-encoding'] = 'gzip';
        headers['vary'] = 'accept-encoding';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const addr = server.address();
  const p = typeof addr === 'object' && addr ? addr.port : port;
  return { url: `http://127.0.0.1:${p}`, server };
}
