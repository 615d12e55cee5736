import type { Verdict } from '../../core';
import type { EngineClient } from '../engine/client';
import { CalendarButton } from '../calendar/CalendarButton';
import { ReportButton } from '../report/ReportButton';

/**
 * The answer's follow-up controls on the card (issue 13): the season into the calendar, and
 * 报告边界问题. Only the buttons are in the first load; the calendar writer and the report sheet
 * are chunks fetched on the tap.
 */
export function CardActions({ verdict, engine, onReport }: { verdict: Verdict; engine: EngineClient | null; onReport: () => void }) {
  return (
    <div class="verdict__actions">
      <CalendarButton verdict={verdict} engine={engine} />
      <ReportButton onOpen={onReport} />
    </div>
  );
}
