/**
 * The card's foot (issue 13), one lazy chunk requested when it comes onto the screen
 * (tools/near.tsx; below the first screen on a phone): the calendar offer and 报告边界问题 under
 * the penalties, the same report button under the map, and the source line at the card's end.
 * The calendar writer, the report sheet and the source details are chunks of their own, fetched
 * on the tap; who to call loads when the penalties are opened (contacts/LazyContacts).
 */
import type { Verdict } from '../../core';
import type { EngineClient } from '../engine/client';
import type { ChosenPlace } from '../state/query';
import { CalendarButton } from '../calendar/CalendarButton';
import { ReportButton } from '../report/ReportButton';

export interface ActionsProps {
  verdict: Verdict;
  engine: EngineClient | null;
  place: ChosenPlace | null;
}

export function Actions({ verdict, engine, place }: ActionsProps) {
  return (
    <div class="verdict__actions">
      <CalendarButton verdict={verdict} engine={engine} />
      <ReportButton verdict={verdict} place={place} />
    </div>
  );
}

export function MapReport({ verdict, place }: { verdict: Verdict; place: ChosenPlace | null }) {
  return (
    <p>
      <ReportButton verdict={verdict} place={place} />
    </p>
  );
}

export { SourceLine } from './SourceLine';
