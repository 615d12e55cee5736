/** Builds the app once and serves dist/ for every browser test file. */
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { serveDir } from './server';


export default async function setup(project: TestProject) {
  if (process.env.SKIP_BUILD !== '1') {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  }
  const { url, server } = await serveDir('dist');
  project.provide('baseUrl', url);
  return async () => {
    await new Promise((ok) => server.close(ok));
  };
}
