/**
 * public/data/zones.bin, the compact zone data the engine loads (docs/data-format.md): the
 * published GeoJSON, edges stored as runs of zone-ring vertices, with the grid cells and the
 * relevance masks of the bundled notices decided here once. Built from the emitted GeoJSON text,
 * and checked to decode back to it exactly.
 */
import { isDeepStrictEqual } from 'node:util';
import { bundledRuleSets } from '../src/core/engine';
import { geoJsonFromFile, readZoneFile } from '../src/core/zone-data/decode';
import { encodeZoneData } from '../src/core/zone-data/encode';
import { prepareZoneFile } from '../src/core/zone-data/prepare';

export function compactZoneData(zonesJson: string, edgesJson: string): Uint8Array {
  const zones = JSON.parse(zonesJson) as GeoJSON.FeatureCollection;
  const edges = JSON.parse(edgesJson) as GeoJSON.FeatureCollection;
  const bytes = encodeZoneData(prepareZoneFile(zones, edges, bundledRuleSets()));
  const back = geoJsonFromFile(readZoneFile(bytes));
  if (!isDeepStrictEqual(back.zones, zones) || !isDeepStrictEqual(back.edges, edges)) {
    throw new Error('the compact zone data does not decode to the GeoJSON it was built from');
  }
  return bytes;
}
