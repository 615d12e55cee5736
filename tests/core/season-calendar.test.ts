/**
 * The season calendar (issue 13) on the real zones: read back by ical.js, its events are the
 * engine's windows to the second (a restricted place) or its banned period (a prohibited one),
 * for a notice's season and a projected one; each event's text names the place, the basis and
 * 推算 when projected; UIDs are stable; the file keeps RFC 5545's line rules.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine, formatChina, isVerdict, noCalendarReason, seasonCalendar, type Verdict } from '../../src/core/index';
import { foldLine, icsText } from '../../src/core/ics';
import { CALENDAR_WORDS } from '../../src/i18n/calendar';
import { parseIcs } from './ics-parse';

const engine = createEngine({ compact: readFileSync('public/data/zones.bin') });
const zh = CALENDAR_WORDS['zh-CN'];
const STAMP = Date.parse('2026-12-01T08:00:00Z');

function verdict(lat: number, lng: number, at: string, project = true): Verdict {
  const r = engine.evaluate({ lat, lng, at, project });
  if (!isVerdict(r)) throw new Error(JSON.stringify(r));
  return r;
}

function calendarOf(v: Verdict, words = zh, stamp = STAMP) {
  const season = engine.seasonWindows(v.period!.year, { project: v.period!.projected });
  return { season, cal: seasonCalendar(v, season, engine.ruleSets, words, stamp) };
}

const RESTRICTED: [number, number] = [21.95, 108.6]; // 钦南区, west of the city
const PROHIBITED: [number, number] = [21.968, 108.632]; // 子材大桥, 主城区建成区

describe('season calendar (.ics)', () => {
  const cases = [
    { name: 'restricted, 2019 notice', at: '2019-02-06T10:00:00+08:00', place: RESTRICTED, banned: false, projected: false },
    { name: 'restricted, projected 2027', at: '2026-12-01T10:00:00+08:00', place: RESTRICTED, banned: false, projected: true },
    { name: 'prohibited, 2019 notice', at: '2019-02-10T20:00:00+08:00', place: PROHIBITED, banned: true, projected: false },
    { name: 'prohibited, projected 2027', at: '2027-02-06T10:00:00+08:00', place: PROHIBITED, banned: true, projected: true },
  ];
  it.each(cases)('$name: the events are the engine’s spans to the second, with place, basis and 推算', ({ at, place, banned, projected }) => {
    const v = verdict(...place, at);
    expect(v.period).toMatchObject({ zone: banned ? 'prohibited' : 'restricted', projected });
    const { season, cal } = calendarOf(v);
    expect(cal).not.toBeNull();
    const parsed = parseIcs(cal!.text);
    const want = (banned ? [v.period!] : season.windows).map((w) => [Date.parse(w.start), Date.parse(w.end)]);
    expect(want.length).toBeGreaterThan(0);
    if (!banned) expect(want.length).toBe(16); // 除夕–初一 merged, 初二 … 十六 06:00–24:00
    expect(parsed.events.map((e) => [e.start, e.end])).toEqual(want);
    expect(cal!.spans.map((s) => [s.start, s.end])).toEqual(want);
    expect(parsed.name).toBe(zh.name(v.period!.year, banned, projected));
    for (const e of parsed.events) {
      expect(e.summary).toBe(zh.summary(banned, projected));
      expect(e.summary.includes('推算')).toBe(projected);
      expect(e.description.includes('推算')).toBe(projected);
      expect(e.description).toContain(banned ? '依据 钦政规〔2019〕1号 一（末段）' : '依据 钦政规〔2019〕1号 二(二)');
      expect(e.description).toContain(`区域数据 ${v.source!.zoneData!.date} 版`);
      expect(e.location).toBe(`北纬 ${place[0].toFixed(6)}°，东经 ${place[1].toFixed(6)}°（WGS-84）· ${banned ? '禁放区' : '限放区'} · ${v.zoneName}`);
      expect(e.description).toContain(e.location);
      expect(e.geo).toEqual(place);
      expect(e.status).toBe(projected ? 'TENTATIVE' : 'CONFIRMED');
      expect(e.stamp).toBe(STAMP);
    }
    // The first event's China-time span is written out as the engine has it.
    const minute = (ms: number) => formatChina(ms).slice(0, 16).replace('T', ' ');
    expect(parsed.events.map((e) => e.description.split('\n')[0])).toEqual(want.map(([a, b]) => zh.span(minute(a!), minute(b!))));
    expect(cal!.fileName).toBe(`qinzhou-fireworks-${v.period!.year}-${place[0].toFixed(4)}-${place[1].toFixed(4)}.ics`);
  });

  it('UIDs are unique, and stable across downloads (another day, another language)', () => {
    const v = verdict(...RESTRICTED, '2026-12-01T10:00:00+08:00');
    const a = parseIcs(calendarOf(v).cal!.text).events;
    const b = parseIcs(calendarOf(v, CALENDAR_WORDS.en, STAMP + 86_400_000).cal!.text).events;
    expect(new Set(a.map((e) => e.uid)).size).toBe(a.length);
    expect(b.map((e) => e.uid)).toEqual(a.map((e) => e.uid));
    expect(b[0]!.summary).toBe('Fireworks allowed (推算 projected)');
    // Another place, other UIDs.
    const c = parseIcs(calendarOf(verdict(21.9, 108.55, '2026-12-01T10:00:00+08:00')).cal!.text).events;
    expect(c.some((e) => a.some((x) => x.uid === e.uid))).toBe(false);
  });

  it('no calendar where the county decides, outside Qinzhou, or with no season ahead (projection off)', () => {
    for (const [lat, lng, reason, project] of [
      [22.42, 109.29, 'county-rules', true],
      [21.62, 108.8, 'outside', true],
      [21.95, 108.6, 'no-period', false],
    ] as const) {
      const v = verdict(lat, lng, '2027-02-06T10:00:00+08:00', project);
      expect(noCalendarReason(v)).toBe(reason);
      expect(seasonCalendar(v, engine.seasonWindows(2027, { project: true }), engine.ruleSets, zh, STAMP)).toBeNull();
    }
    // A season that is not the verdict's is refused, never mixed in.
    const v = verdict(...RESTRICTED, '2019-02-06T10:00:00+08:00');
    expect(seasonCalendar(v, engine.seasonWindows(2027, { project: true }), engine.ruleSets, zh, STAMP)).toBeNull();
  });

  it('writes RFC 5545 lines: CRLF, at most 75 octets, folded between characters, TEXT escaped', () => {
    const v = verdict(...PROHIBITED, '2027-02-06T10:00:00+08:00');
    const text = calendarOf(v).cal!.text;
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const long = 'SUMMARY:' + '禁止燃放烟花爆竹'.repeat(10);
    const folded = foldLine(long);
    expect(folded.split('\r\n').every((l) => Buffer.byteLength(l) <= 75 && !l.includes('\uFFFD'))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    expect(icsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });
});
