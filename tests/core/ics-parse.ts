/**
 * Reads an .ics file back with a real calendar parser (ical.js, Mozilla's, as Thunderbird uses),
 * so the tests check what a calendar app would see, not our own writer's idea of it.
 */
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  start: number;
  end: number;
  summary: string;
  description: string;
  location: string;
  geo: [number, number] | null;
  status: string;
  stamp: number;
}

export function parseIcs(text: string): { name: string; events: ParsedEvent[] } {
  const cal = new ICAL.Component(ICAL.parse(text));
  const events = cal.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    const geo = c.getFirstPropertyValue('geo') as unknown as [number, number] | null;
    return {
      uid: e.uid,
      start: e.startDate.toJSDate().getTime(),
      end: e.endDate.toJSDate().getTime(),
      summary: e.summary,
      description: e.description,
      location: e.location,
      geo,
      status: String(c.getFirstPropertyValue('status')),
      stamp: (c.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().getTime(),
    };
  });
  return { name: String(cal.getFirstPropertyValue('x-wr-calname')), events };
}
