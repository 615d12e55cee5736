/**
 * A minimal iCalendar writer (RFC 5545) for the season calendar: VEVENTs with UTC times, TEXT
 * escaping and line folding at 75 octets without splitting a UTF-8 character. Hand-written
 * rather than the `ics` package: that one bundles a schema validator (yup) and weighs about
 * 24 KB gzip in a chunk, for the 60 lines below; and here UIDs, DTSTAMP and the time form are ours
 * to keep stable. Times are UTC (`…Z`): every calendar reads them, they name the instant exactly,
 * and like the core they need no time-zone database (a VTIMEZONE for Asia/Shanghai would say
 * only "+08:00 all year" and depend on each client's tz data).
 */

export interface IcsEvent {
  /** Stable across downloads of the same calendar, so a re-import updates instead of duplicating. */
  uid: string;
  /** Epoch ms, half-open [start, end). */
  start: number;
  end: number;
  summary: string;
  description: string;
  location: string;
  geo: { lat: number; lng: number };
  /** STATUS:TENTATIVE (a projection), else CONFIRMED (a notice says so). */
  tentative: boolean;
}

export interface IcsCalendar {
  /** X-WR-CALNAME: the name most calendar apps show for an imported file. */
  name: string;
  /** DTSTAMP of every event: when this file was made. */
  stampMs: number;
  events: IcsEvent[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 20270204T160000Z */
export function icsUtc(ms: number): string {
  const t = new Date(ms);
  return `${t.getUTCFullYear()}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}T${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}${pad(t.getUTCSeconds())}Z`;
}

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma, newline. */
export function icsText(s: string): string {
  return s.replace(/[\\;,]/g, (c) => '\\' + c).replace(/\r?\n/g, '\\n');
}

/** UTF-8 length of one code point. */
const octetsOf = (ch: string) => {
  const c = ch.codePointAt(0)!;
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
};

/** Folds a content line to at most 75 octets a line (3.1), never inside a character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let cur = '';
  let octets = 0;
  for (const ch of line) {
    const n = octetsOf(ch);
    // Continuation lines start with one space, which counts towards their 75.
    if (octets + n > 75) {
      out.push(cur);
      cur = ' ';
      octets = 1;
    }
    cur += ch;
    octets += n;
  }
  out.push(cur);
  return out.join('\r\n');
}

function eventLines(e: IcsEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${icsText(e.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${icsUtc(e.start)}`,
    `DTEND:${icsUtc(e.end)}`,
    `SUMMARY:${icsText(e.summary)}`,
    `DESCRIPTION:${icsText(e.description)}`,
    `LOCATION:${icsText(e.location)}`,
    `GEO:${e.geo.lat.toFixed(6)};${e.geo.lng.toFixed(6)}`,
    `STATUS:${e.tentative ? 'TENTATIVE' : 'CONFIRMED'}`,
    // A window to fire in is not a busy time.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The file's text: CRLF line ends, folded lines, UTF-8. */
export function icsFile(cal: IcsCalendar): string {
  const stamp = icsUtc(cal.stampMs);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//qinzhou-fireworks//season calendar//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(cal.name)}`,
    ...cal.events.flatMap((e) => eventLines(e, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
