import { useState } from 'preact/hooks';
import type { Verdict } from '../../core';
import { useStrings } from '../../i18n';
import { CARD_FOOT_WORDS } from '../../i18n/card-foot';
import type { ChosenPlace } from '../state/query';
import { useLazy } from '../tools/lazy';

const loadSheet = () => import('./ReportSheet');

/**
 * "报告边界问题" (issue 13), on the card and under the map: opens the report sheet for the answer
 * on screen (a lazy chunk, fetched on the first tap; a modal, so it can open from either place).
 */
export function ReportButton({ verdict, place }: { verdict: Verdict; place: ChosenPlace | null }) {
  const s = CARD_FOOT_WORDS[useStrings().lang];
  const [open, setOpen] = useState(false);
  const Sheet = useLazy(loadSheet, open);
  return (
    <>
      <button type="button" class="btn btn--small" aria-label={s.reportBoundaryLabel} onClick={() => setOpen(true)}>
        {s.reportBoundary}
      </button>
      {open && Sheet && Sheet !== 'failed' && <Sheet verdict={verdict} place={place} onClose={() => setOpen(false)} />}
    </>
  );
}
