import { useStrings } from '../../i18n';

/** "报告边界问题" (issue 13), on the card and under the map: opens the report sheet (a lazy chunk). */
export function ReportButton({ onOpen }: { onOpen: () => void }) {
  const s = useStrings();
  return (
    <button type="button" class="btn btn--small" aria-label={s.reportBoundaryLabel} onClick={onOpen}>
      {s.reportBoundary}
    </button>
  );
}
