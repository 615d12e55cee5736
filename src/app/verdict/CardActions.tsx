import type { Verdict } from '../../core';
import type { EngineClient } from '../engine/client';
import type { ChosenPlace } from '../state/query';
import { CalendarButton } from '../calendar/CalendarButton';
import { ReportButton } from '../report/ReportButton';
import { useLazy } from '../tools/lazy';

const loadReport = () => import('../report/ReportSheet');

export interface CardActionsProps {
  /** Where these controls sit: on the card (calendar, report, and the sheet), or under the map (report). */
  slot: 'card' | 'map';
  verdict: Verdict;
  engine: EngineClient | null;
  place: ChosenPlace | null;
  /** The report sheet is open (from the card's button or the map's). */
  reporting: boolean;
  onReport: (open: boolean) => void;
}

/**
 * The answer's follow-up controls (issue 13; a lazy chunk, requested once the first answer is
 * painted): the season into the calendar and 报告边界问题 on the card, 报告边界问题 under the
 * map; the report sheet is a chunk of its own, rendered by the card's slot.
 */
export default function CardActions({ slot, verdict, engine, place, reporting, onReport }: CardActionsProps) {
  const Report = useLazy(loadReport, reporting && slot === 'card');
  const report = <ReportButton onOpen={() => onReport(true)} />;
  if (slot === 'map') return <p>{report}</p>;
  return (
    <>
      <CalendarButton verdict={verdict} engine={engine} />
      {report}
      {reporting && Report && Report !== 'failed' && <Report verdict={verdict} place={place} onClose={() => onReport(false)} />}
    </>
  );
}
