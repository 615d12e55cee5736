import { useState } from 'preact/hooks';
import type { Verdict } from '../../core';
import { useStrings } from '../../i18n';
import { CARD_FOOT_WORDS } from '../../i18n/card-foot';
import { useLazy } from '../tools/lazy';
import './source.css';

const loadDetails = () => import('./SourceDetails');

/**
 * Where the answer comes from (issue 13), in one short line at the foot of the card: the
 * notice, the zone data's date, how the nearest boundary was drawn. Tapping it opens the details
 * (a lazy chunk): the notice's title and publication date, the data version, the road extract
 * and its licence, the nearest stretch's provenance.
 */
export function SourceLine({ verdict }: { verdict: Verdict }) {
  const s = useStrings();
  const [open, setOpen] = useState(false);
  const Details = useLazy(loadDetails, open);
  if (!verdict.source) return null;
  return (
    <details class="verdict__source" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{CARD_FOOT_WORDS[s.lang].sourceLine(verdict.source)}</summary>
      {Details && Details !== 'failed' ? <Details verdict={verdict} /> : <p class="small">{Details ? s.toolFailed : s.toolLoading}</p>}
    </details>
  );
}
