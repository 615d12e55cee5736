/** Builds the app once and serves dist/ for every browser test file. */
import type { TestProject } from 'vitest/node';
import { buildDist, serveDir } from './server';

export default async function setup(project: TestProject) {
  if (process.env.SKIP_BUILD !== '1') buildDist();
  const { url, server } = await serveDir('dist');
  project.provide('baseUrl', url);
  return async () => {
    await new Promise((ok) => server.close(ok));
  };
}
