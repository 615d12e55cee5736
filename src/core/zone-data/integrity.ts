/**
 * What createEngine() checks in the zone data before it answers anything, so that an empty,
 * mismatched or broken zones file is a data failure ("zone data: …", one line) and never a
 * verdict:
 *
 * - every zone a loaded rule set names is there, once, with the kind the rule set uses it as
 *   (prohibited zones `prohibited`; restricted and delegated counties `county`), and polygonal;
 * - every polygon the engine indexes has closed rings of at least four positions, wound by the
 *   right-hand rule (RFC 7946: exterior counter-clockwise, holes clockwise), of non-zero area;
 * - with `sweep` (geometry/ring-checks.ts selfContacts, passed in), no ring touches or crosses itself;
 * - every boundary stretch bounds a zone of the file.
 *
 * The sweep costs about 2 ms warm and 10 ms cold over the 7,654 vertices of the real data, the
 * whole cold-start budget, so the engine runs it on GeoJSON (what people hand to the CLI) and not
 * on the compact file: geo:build checks every polygon it writes with the same sweep
 * (geo/validity.ts) before encoding, and the file's reader checks its structure.
 */
import type { RuleSet } from '../ruleset';
import { signedArea, type selfContacts } from '../geometry/ring-checks';
import type { BoundaryLine } from '../geometry/boundary-lines';
import type { ZoneShape } from '../geometry/zone-index';

function fail(msg: string): never {
  throw new Error(`zone data: ${msg}`);
}

/**
 * The ids in a rule set's list. validateRuleSet() checks articles and dates, not these lists;
 * a rule set that skipped the file schema (file-schemas.ts) could hold a string here, which
 * `includes` would match as a substring.
 */
function idList(rs: RuleSet, list: unknown, where: string): string[] {
  if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) throw new Error(`rule set ${rs.id}: ${where} is not a list of zone ids`);
  return list;
}

/** The zones each rule set names, with the kind it uses them as. */
function namedZones(rs: RuleSet): (readonly [id: string, kind: 'prohibited' | 'county', as: string])[] {
  const exceptions = rs.prohibited?.exceptions;
  if (!Array.isArray(exceptions)) throw new Error(`rule set ${rs.id}: prohibited.exceptions is not a list`);
  return [
    ...idList(rs, rs.prohibited?.zones?.map((z) => z?.zoneId), 'prohibited.zones').map((id) => [id, 'prohibited', 'prohibited zone'] as const),
    ...exceptions.flatMap((e) => idList(rs, e?.zoneIds, 'prohibited.exceptions[].zoneIds').map((id) => [id, 'prohibited', 'exception'] as const)),
    ...idList(rs, rs.restricted?.countyZoneIds, 'restricted.countyZoneIds').map((id) => [id, 'county', 'restricted county'] as const),
    ...(rs.delegated ? idList(rs, rs.delegated.countyZoneIds, 'delegated.countyZoneIds') : []).map((id) => [id, 'county', 'county with its own rules'] as const),
  ];
}

function checkRing(id: string, ring: Float64Array, hole: boolean, sweep: typeof selfContacts | null): void {
  const n = ring.length / 2;
  const where = `${id}: a ${hole ? 'hole' : 'ring'}`;
  if (n < 4 || ring[0] !== ring[ring.length - 2] || ring[1] !== ring[ring.length - 1]) fail(`${where} is not closed or has fewer than 4 positions`);
  const area = signedArea(ring);
  if (!(area !== 0)) fail(`${where} has no area`);
  if (hole ? area > 0 : area < 0) fail(`${where} winds ${hole ? 'counter-clockwise' : 'clockwise'}, against the right-hand rule`);
  const hit = sweep?.(ring, true)[0];
  if (hit) fail(`${where} crosses or touches itself near ${hit.x[0].toFixed(6)}, ${hit.x[1].toFixed(6)}`);
}

export function checkZoneIntegrity(zones: readonly ZoneShape[], lines: readonly BoundaryLine[], ruleSets: readonly RuleSet[], opts: { sweep: typeof selfContacts | null }): void {
  const byId = new Map<string, ZoneShape>();
  for (const z of zones) {
    if (byId.has(z.id)) fail(`two features have the id ${z.id}`);
    byId.set(z.id, z);
  }
  for (const rs of ruleSets) {
    for (const [id, kind, as] of namedZones(rs)) {
      const z = byId.get(id);
      if (!z) fail(`no zone ${id}, which rule set ${rs.id} names as a ${as} (${zones.length} features in the file)`);
      if (z.properties.kind !== kind) fail(`${id} is of kind ${JSON.stringify(z.properties.kind ?? null)}, but rule set ${rs.id} names it as a ${as}`);
      if (z.polygons.length === 0) fail(`${id} has no polygon, but rule set ${rs.id} names it as a ${as}`);
    }
  }
  for (const z of zones) z.polygons.forEach((rings) => rings.forEach((ring, k) => checkRing(z.id, ring, k > 0, opts.sweep)));
  const stray = lines.findIndex((l) => !byId.has(l.stretch.zone));
  if (stray >= 0) fail(`boundary stretch ${stray} (${lines[stray]!.stretch.road || 'unnamed'}) bounds zone ${lines[stray]!.stretch.zone}, which is not in the zones`);
}
