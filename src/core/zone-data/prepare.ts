/**
 * Decides, once, everything that depends only on the zone data and the bundled notices: the grid
 * cells of every polygon, a relevance mask per distinct answerClassKey and the boundary tree's
 * leaf order (geometry/packed-tree.ts). geo:build writes the
 * result into the compact file (encode.ts), so the engine does none of this at load.
 */
import { BoundaryIndex } from '../geometry/boundary-index';
import { ZoneIndex } from '../geometry/zone-index';
import { answerClassKey } from '../rule-area';
import { relevanceMask } from '../relevance';
import { seaIdsOf } from '../sea';
import type { RuleSet } from '../ruleset';
import type { ZoneFileInput } from './encode';
import { modelFromGeoJson } from './model';

export function prepareZoneFile(zones: GeoJSON.FeatureCollection, edges: GeoJSON.FeatureCollection, ruleSets: RuleSet[]): ZoneFileInput {
  const model = modelFromGeoJson(zones, edges);
  const zoneIndex = new ZoneIndex(model.zones);
  const boundary = new BoundaryIndex(model.lines);
  const sea = seaIdsOf(model.zones);
  const masks = new Map<string, Uint8Array>();
  for (const rs of ruleSets) {
    const key = answerClassKey(rs);
    if (!masks.has(key)) masks.set(key, relevanceMask(rs, zoneIndex, boundary, sea));
  }
  return { zones, edges, cells: zoneIndex.cells, masks, treeOrder: boundary.treeOrder };
}
