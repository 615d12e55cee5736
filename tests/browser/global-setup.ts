/** Builds the app once and serves dist/ for every browser test file. */
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { serveDir } from './server';


export default async function setup(project: TestProject) {
  if (process.env.SKIP_BUILD !== '1') {
    // NODE_ENV=production: vitest sets NODE_ENV=test, which would make vite build a development bundle.
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  }
  const { url, server } = await serveDir('dist');
  project.provide('baseUrl', url);
  return async () => {
    await new Promise((ok) => server.close(ok));
  };
}
