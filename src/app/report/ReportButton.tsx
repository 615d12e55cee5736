import { useStrings } from '../../i18n';
import { REPORT_WORDS } from '../../i18n/report';

/** "报告边界问题" (issue 13), on the card and under the map (verdict/CardActions): opens the report sheet. */
export function ReportButton({ onOpen }: { onOpen: () => void }) {
  const w = REPORT_WORDS[useStrings().lang];
  return (
    <button type="button" class="btn btn--small" aria-label={w.buttonLabel} onClick={onOpen}>
      {w.button}
    </button>
  );
}
