/**
 * Where an answer comes from (issue 13): the facts the card's source line, the embed's verdict
 * message and the CLI all state, in one place — the notice and its publication date, whether the
 * answer is projected, the zone data's release stamp and licence (written by geo:build,
 * geo/release.ts), the road extract and its licence, and how the nearest relevant boundary
 * stretch was drawn, with its error bound.
 */
import type { BoundaryLine } from './geometry/boundary-lines';
import type { RuleSet } from './ruleset';
import type { BoundaryStretch, VerdictSource } from './types';

/** The zones collection's foreign members as geo:build writes them (any may be missing in older data). */
interface Meta {
  dataVersion?: string;
  dataDate?: string;
  license?: string;
  roads?: { extract?: string; license?: string; attribution?: string };
}

/**
 * The source of an answer from (the notice that answers, projected or not, the nearest relevant
 * stretch), over the zone data given: its lines (for their refs), zone kinds and collection members.
 */
export function sourceReader(lines: BoundaryLine[], kindOf: (zoneId: string) => unknown, meta: Meta = {}) {
  const refs = new Map(lines.map((l) => [l.stretch, l.ref]));
  const { dataVersion: version, dataDate: date, license = null, roads } = meta;
  const data = {
    zoneData: version && date ? { version, date, license } : null,
    roads: roads?.extract ? { extract: roads.extract, license: roads.license ?? '', attribution: roads.attribution ?? '' } : null,
  };
  return (rs: RuleSet, projected: boolean, st: BoundaryStretch | null): VerdictSource => ({
    notice: { id: rs.id, docNo: rs.docNo, title: rs.title, published: rs.published },
    projected,
    ...data,
    nearest: st && {
      zone: st.zone,
      road: st.road,
      // An `outline` is a county's, or an area drawn by hand in geo/waypoints.json.
      provenance: st.source === 'outline' ? (kindOf(st.zone) === 'county' ? 'county' : 'area') : (st.source as 'osm' | 'waypoint' | 'zone'),
      ref: refs.get(st) ?? '',
      maxErrorM: st.maxErrorM,
    },
  });
}
