/**
 * Where an answer comes from (issue 13): the facts the card's source line, the embed's verdict
 * message and the CLI all state, in one place — the notice and its publication date, whether the
 * answer is projected, the zone data's release stamp and licence (written by geo:build,
 * geo/release.ts), the road extract and its licence, and how the nearest relevant boundary
 * stretch was drawn, with its error bound.
 */
import type { BoundaryLine } from './geometry/boundary-lines';
import type { RuleSet } from './ruleset';
import type { BoundaryStretch, Provenance, VerdictSource } from './types';

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/** The data's part of every source, read once from the zones collection's foreign members. */
function dataFacts(meta: Record<string, unknown> = {}): Pick<VerdictSource, 'zoneData' | 'roads'> {
  const version = str(meta.dataVersion);
  const date = str(meta.dataDate);
  const roads = (meta.roads ?? {}) as Record<string, unknown>;
  const extract = str(roads.extract);
  return {
    zoneData: version && date ? { version, date, license: str(meta.license) } : null,
    roads: extract ? { extract, license: str(roads.license) ?? '', attribution: str(roads.attribution) ?? '' } : null,
  };
}

function provenanceOf(stretch: BoundaryStretch, zoneKind: unknown): Provenance {
  if (stretch.source === 'osm' || stretch.source === 'waypoint' || stretch.source === 'zone') return stretch.source;
  // An `outline` is a county's, or an area drawn by hand in geo/waypoints.json.
  return zoneKind === 'county' ? 'county' : 'area';
}

/**
 * The source of an answer from (the notice that answers, projected or not, the nearest relevant
 * stretch), over the zone data given: its lines (for their refs), zone kinds and collection members.
 */
export function sourceReader(lines: BoundaryLine[], kindOf: (zoneId: string) => unknown, meta?: Record<string, unknown>) {
  const data = dataFacts(meta);
  const refs = new Map(lines.map((l) => [l.stretch, l.ref]));
  return (rs: RuleSet, projected: boolean, stretch: BoundaryStretch | null): VerdictSource => ({
    notice: { id: rs.id, docNo: rs.docNo, title: rs.title, published: rs.published },
    projected,
    ...data,
    nearest: stretch && {
      zone: stretch.zone,
      road: stretch.road,
      provenance: provenanceOf(stretch, kindOf(stretch.zone)),
      ref: refs.get(stretch) ?? '',
      maxErrorM: stretch.maxErrorM,
    },
  });
}
