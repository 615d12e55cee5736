/**
 * The calendar file for the answer's season (lazy chunk, loaded on the first tap of the
 * calendar button): the engine's windows for verdict.period, made into .ics by the core
 * (season-calendar.ts) and downloaded. Nothing leaves the device.
 */
import { seasonCalendar, type Verdict } from '../../core';
import type { Lang } from '../../i18n';
import { CALENDAR_UI, CALENDAR_WORDS } from '../../i18n/calendar';
import type { EngineClient } from '../engine/client';
import { downloadFile } from '../tools/deliver';

/** Makes and downloads the file; returns the line to show. */
export async function offerCalendar(verdict: Verdict, engine: EngineClient, lang: Lang): Promise<string> {
  const ui = CALENDAR_UI[lang];
  const p = verdict.period;
  if (!p) return ui.failed;
  const season = await engine.call('season', { year: p.year, project: p.projected });
  const cal = seasonCalendar(verdict, season, engine.ruleSets, CALENDAR_WORDS[lang], Date.now());
  if (!cal) return ui.failed;
  downloadFile(new File([cal.text], cal.fileName, { type: 'text/calendar;charset=utf-8' }));
  return ui.done(cal.fileName, cal.spans.length, p.zone === 'prohibited');
}
