/**
 * Whether a place has a season calendar (season-calendar.ts), on its own so the app's first load
 * can decide to offer the button without carrying the calendar writer.
 */
import type { Verdict } from './types';

/** Why a place has no calendar for its coming season: the county decides, outside Qinzhou, or no season ahead. */
export type NoCalendar = 'county-rules' | 'outside' | 'no-period';

export function noCalendarReason(v: Verdict): NoCalendar | null {
  if (v.status === 'county-rules' || v.status === 'outside') return v.status;
  return v.period ? null : 'no-period';
}
