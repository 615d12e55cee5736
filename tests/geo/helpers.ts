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

/** The notice's two rings, verbatim from 钦政规〔2019〕1号 一(一) and 一(二)1. */
export const NOTICE_RINGS: Record<string, string> = {
  'qz2019-main-urban': '西环北路—乘风大道—金海湾西大街—滨江东路—平山大道—扬帆大道—金海湾东大街—东环路—蓬莱大道—325国道—钦州湾大道—西环北路',
  'qz2019-port-ring': '龙径大道—环珠西大街—进港大道—滨海公路—南港大道—勒沟东大街—临海大道—果鹰大道—勒沟东大街—沿江路—桃源路—逸仙路—龙径大道',
};
