import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of geo/, so scripts work from any working directory. */
export const GEO_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO_DIR = join(GEO_DIR, '..');
export const SOURCES_DIR = join(GEO_DIR, 'sources');
