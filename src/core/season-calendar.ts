/**
 * The coming season for a place as calendar events (issue 13): each allowed window for a
 * restricted place, or the whole banned period for a prohibited one — exactly the engine's
 * spans, with the place, the basis and 推算 (when projected) in each event's text. The words are
 * the caller's (src/i18n/calendar.ts); the app's lazy calendar chunk and `check --ics` call this.
 */
import { formatChina, parseIsoInstant } from './china-time';
import { icsFile, icsUtc, type IcsEvent } from './ics';
import type { SeasonWindows } from './engine';
import type { RuleSet } from './ruleset';
import type { Verdict } from './types';
import { noCalendarReason } from './no-calendar';

export interface CalendarWords {
  /** The calendar's name, e.g. "2027年春节 允许燃放时段". */
  name: (year: number, banned: boolean, projected: boolean) => string;
  /** An event's title. */
  summary: (banned: boolean, projected: boolean) => string;
  /** The place: WGS-84 degrees (6 decimals), the zone class, the zone's name. */
  place: (lat: string, lng: string, banned: boolean, zoneName: string | null) => string;
  /** The description's lines: the span in China time, the article, the projection, the data. */
  span: (from: string, to: string) => string;
  basis: (cite: string) => string;
  projection: (docNo: string, year: number) => string;
  data: (date: string | null, version: string | null) => string;
  disclaimer: string;
}

export interface SeasonCalendar {
  fileName: string;
  text: string;
  /** The events' spans, epoch ms (what the file holds, for the caller to report). */
  spans: { start: number; end: number }[];
}

/** "2027-02-05 00:00" in China time (an end at midnight is the next day's 00:00). */
const chinaMinute = (ms: number) => formatChina(ms).slice(0, 16).replace('T', ' ');

/**
 * The calendar for the verdict's period (`verdict.period`: the season the instant is in, else the
 * next), given that season's windows from the engine (`seasonWindows(period.year, { project:
 * period.projected })`). Null when the place has none (noCalendarReason) or the season given is
 * not the verdict's.
 */
export function seasonCalendar(v: Verdict, season: SeasonWindows, ruleSets: RuleSet[], words: CalendarWords, stampMs: number): SeasonCalendar | null {
  const p = v.period;
  if (noCalendarReason(v) || !p) return null;
  if (season.ruleSet !== p.ruleSet || season.projected !== p.projected || season.period?.start !== p.start || season.period.end !== p.end) return null;
  const rs = ruleSets.find((r) => r.id === p.ruleSet);
  if (!rs) return null;
  const banned = p.zone === 'prohibited';
  const spans = (banned ? [p] : season.windows).map((w) => ({ start: parseIsoInstant(w.start)!, end: parseIsoInstant(w.end)! }));
  const cite = rs.articles.find((a) => a.id === (banned ? rs.prohibited.fireBanArticle : rs.restricted.windows.article))?.cite ?? rs.docNo;
  const { lat, lng } = v.position;
  const data = v.source?.zoneData ?? null;
  const place = words.place(lat.toFixed(6), lng.toFixed(6), banned, v.zoneName ?? null);
  const where = `${lat.toFixed(5)}_${lng.toFixed(5)}`;
  const events: IcsEvent[] = spans.map((s) => ({
    // Same place, season and window: same UID, so importing the file again updates the events.
    uid: `${banned ? 'banned' : 'allowed'}-${icsUtc(s.start)}-${rs.id}-${where}@qinzhou-fireworks`,
    start: s.start,
    end: s.end,
    summary: words.summary(banned, p.projected),
    description: [
      words.span(chinaMinute(s.start), chinaMinute(s.end)),
      place,
      words.basis(cite),
      ...(p.projected ? [words.projection(rs.docNo, p.year)] : []),
      words.data(data?.date ?? null, data?.version ?? null),
      words.disclaimer,
    ].join('\n'),
    location: place,
    geo: { lat, lng },
    tentative: p.projected,
  }));
  return {
    fileName: `qinzhou-fireworks-${p.year}-${lat.toFixed(4)}-${lng.toFixed(4)}.ics`,
    text: icsFile({ name: words.name(p.year, banned, p.projected), stampMs, events }),
    spans,
  };
}
