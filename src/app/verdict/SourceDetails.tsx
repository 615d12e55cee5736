import type { Verdict } from '../../core';
import { useStrings } from '../../i18n';
import { SOURCE_DETAIL_WORDS } from '../../i18n/source-details';
import { roundMetres } from '../format';

/** The source line's details (lazy chunk): the same rows as the CLI prints, and a link to each OSM way. */
export default function SourceDetails({ verdict }: { verdict: Verdict }) {
  const s = useStrings();
  const w = SOURCE_DETAIL_WORDS[s.lang];
  const source = verdict.source!;
  const rows = w.rows({ source, distanceM: verdict.boundaryDistanceM === null ? null : roundMetres(verdict.boundaryDistanceM), appData: __DATA_VERSION__ });
  const ways = source.nearest?.provenance === 'osm' ? source.nearest.ref.split(' ').filter((r) => /^(way|relation|node)\/\d+$/.test(r)) : [];
  return (
    <div class="source">
      <dl class="source__facts">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {ways.map((ref) => (
        <p key={ref} class="small">
          <a href={`https://www.openstreetmap.org/${ref}`} target="_blank" rel="noopener noreferrer">
            {w.osmLink(ref)}
          </a>
        </p>
      ))}
    </div>
  );
}
