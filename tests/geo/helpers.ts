import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ZoneFeature, EdgeFeature } from '../../geo/zones';
import { REPO_DIR } from '../../geo/paths';

export const ZONES_PATH = join(REPO_DIR, 'public/data/zones.geojson');
export const EDGES_PATH = join(REPO_DIR, 'public/data/zone-edges.geojson');

export function committedZones(): { attribution: string; license: string; features: ZoneFeature[] } {
  return JSON.parse(readFileSync(ZONES_PATH, 'utf8'));
}

export function committedEdges(): { features: EdgeFeature[] } {
  return JSON.parse(readFileSync(EDGES_PATH, 'utf8'));
}

/** The in-repo copy of 钦政规〔2019〕1号 (the same file tests/core checks article texts against). */
const NOTICE_TEXT = readFileSync(join(REPO_DIR, 'docs/notice/qinzhou-2019-1.md'), 'utf8');

function noticeRing(pattern: RegExp): string {
  const m = NOTICE_TEXT.match(pattern);
  if (!m) throw new Error(`ring ${pattern} not found in the notice copy`);
  return m[1]!;
}

/** The notice's two rings, verbatim from 钦政规〔2019〕1号 一(一) and 一(二)1. */
export const NOTICE_RINGS: Record<string, string> = {
  'qz2019-main-urban': noticeRing(/（一）主城区建成区范围：([^闭]+)闭合区域/),
  'qz2019-port-ring': noticeRing(/（二）钦州港区建成区范围：1\.([^闭]+)闭合区域/),
};
