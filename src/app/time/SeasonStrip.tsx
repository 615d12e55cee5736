import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { Interval, Status, Verdict, ZoneClass } from '../../core';
import { useStrings, type Strings } from '../../i18n';
import { displayClock, displayDay, parseIso } from '../chinaTime';
import type { SeasonOfYear } from '../hooks/useSeason';
import { DAY, dateLabels, lunarLabels, type AxisFit, type AxisLabel } from './axis';
import { lunarName } from './lunar';
import { CalendarButton } from '../calendar/CalendarButton';
import type { EngineClient } from '../engine/client';
import './season.css';

export interface SeasonStripProps {
  season: SeasonOfYear;
  atMs: number;
  /** The clock is live ("now"), so the marker is "now", not "the chosen time". */
  live: boolean;
  /** The chosen place's zone in that season: a prohibited one gets no allowed-looking bars. */
  zone: ZoneClass;
  status: Status | null;
  /** For the calendar offer of the answer's season (calendar/CalendarButton). */
  calendar?: { verdict: Verdict; engine: EngineClient | null } | null;
}

interface Run {
  /** Start of the first window of the run. */
  first: number;
  /** Start of the last window of the run. */
  last: number;
  /** End of the first window (a lone window is drawn from `first` to `end`). */
  end: number;
  startClock: string;
  endClock: string;
  single: boolean;
}

/** Collapses daily-repeating windows ("06:00–24:00 every day from … to …") into one line. */
export function runs(windows: Interval[]): Run[] {
  const out: Run[] = [];
  for (const w of windows) {
    const start = parseIso(w.start);
    const end = parseIso(w.end);
    const prev = out[out.length - 1];
    const dur = end - start;
    // Only windows shorter than a day repeat "daily"; back-to-back whole days stay separate.
    if (prev && dur < DAY && prev.end - prev.first === dur && start - prev.last === DAY) {
      prev.last = start;
      prev.single = false;
      continue;
    }
    out.push({ first: start, last: start, end, startClock: displayClock(start), endClock: displayClock(end, true), single: true });
  }
  return out;
}

/** "除夕—正月初一（2月5日—2月6日）" for the whole days from `a` to the day that `b` ends. */
function days(a: number, b: number, s: Strings, bIsEnd: boolean): string {
  const la = lunarName(a);
  const lb = lunarName(bIsEnd ? b - 1 : b);
  const zh = s.lang === 'zh-CN';
  const dates = `${displayDay(a, s.lang, { withYear: false })}${zh ? '—' : ' – '}${displayDay(b, s.lang, { withYear: false, asEnd: bIsEnd })}`;
  // "正月初二—十六": the month is said once when both days are in it.
  const lbShort = la && lb && lb !== '除夕' && la.slice(0, 2) === lb.slice(0, 2) ? lb.slice(2) : lb;
  const lunar = la && lb ? (la === lb ? la : `${la}—${lbShort}`) : '';
  return lunar ? (zh ? `${lunar}（${dates}）` : `${lunar} (${dates})`) : dates;
}

/** Where a label is anchored, 0…1: an edge label at the strip's edge, as layoutRows placed it (axis.ts), others at their day's middle. */
const edgeOrMiddle = (l: AxisLabel) => (l.align === 'start' ? 0 : l.align === 'end' ? 1 : l.x);

function Labels({ labels, kind }: { labels: AxisLabel[]; kind: 'lunar' | 'date' }) {
  const rows = Math.max(0, ...labels.map((l) => l.row)) + 1;
  return (
    <div class={`axis axis--${kind}`} style={{ height: `${rows * 1.1}rem` }}>
      {labels.map((l) => (
        <span key={l.text + l.x} class={`axis__label axis__label--${l.align}`} style={{ left: `${(edgeOrMiddle(l) * 100).toFixed(3)}%`, top: `${l.row * 1.1}rem` }}>
          {l.text}
        </span>
      ))}
    </div>
  );
}

/** What the chart looks like as rendered now: its width, the axis' font size, each label's width in em. */
function measureAxis(chart: HTMLElement): AxisFit | undefined {
  const axis = chart.querySelector('.axis');
  const fontPx = axis ? parseFloat(getComputedStyle(axis).fontSize) : NaN;
  const widthPx = chart.clientWidth;
  if (!(widthPx > 0 && fontPx > 0)) return undefined;
  const labelEm: Record<string, number> = {};
  // offsetWidth ignores the centring transform, and a label's width does not depend on its row.
  for (const el of chart.querySelectorAll<HTMLElement>('.axis__label')) labelEm[el.textContent ?? ''] = el.offsetWidth / fontPx;
  return { widthPx, fontPx, labelEm };
}

function sameFit(a: AxisFit | undefined, b: AxisFit): boolean {
  if (!a || a.widthPx !== b.widthPx || a.fontPx !== b.fontPx) return false;
  const ka = Object.keys(a.labelEm ?? {});
  const kb = Object.keys(b.labelEm ?? {});
  return ka.length === kb.length && kb.every((k) => Math.abs((a.labelEm?.[k] ?? NaN) - b.labelEm![k]!) < 0.01);
}

/**
 * The chart as rendered, kept up to date, so the axis labels take more rows rather than overlap:
 * measured after every render, whenever the chart or a label changes size (a resize, text made
 * larger), and when web fonts finish loading (a label's width changes with its font). It does
 * not wait for any one of these: a stale measurement once put labels on top of each other.
 */
function useAxisFit(): [RefObject<HTMLDivElement>, AxisFit | undefined] {
  const ref = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState<AxisFit>();
  const observer = useRef<ResizeObserver | null>(null);
  const measure = useRef(() => {});
  measure.current = () => {
    const chart = ref.current;
    const next = chart && measureAxis(chart);
    if (next) setFit((f) => (sameFit(f, next) ? f : next));
  };
  // Declared before the measuring effect so the observer exists when that first runs.
  useLayoutEffect(() => {
    const run = () => measure.current();
    if (typeof ResizeObserver !== 'undefined') observer.current = new ResizeObserver(run);
    document.fonts?.addEventListener?.('loadingdone', run);
    void document.fonts?.ready.then(run);
    return () => {
      observer.current?.disconnect();
      document.fonts?.removeEventListener?.('loadingdone', run);
    };
  }, []);
  useLayoutEffect(() => {
    const chart = ref.current;
    if (chart && observer.current) {
      // Observing an element twice is a no-op; labels that left the DOM are dropped by the observer.
      observer.current.observe(chart);
      chart.querySelectorAll('.axis__label').forEach((el) => observer.current!.observe(el));
    }
    measure.current();
  });
  return [ref, fit];
}

export function SeasonStrip({ season, atMs, live, zone, status, calendar }: SeasonStripProps) {
  const s = useStrings();
  const [chart, fit] = useAxisFit();
  if (!season.period) {
    return (
      <section class="panel season" aria-labelledby="season-h">
        <h2 id="season-h" class="panel__title">
          {s.seasonHeading(season.year)}
        </h2>
        <p>{s.seasonNone(season.year)}</p>
      </section>
    );
  }
  const p0 = parseIso(season.period.start);
  const p1 = parseIso(season.period.end);
  const span = p1 - p0;
  const pct = (t: number) => `${(((t - p0) / span) * 100).toFixed(3)}%`;
  const prohibited = zone === 'prohibited';
  const what = live ? s.seasonNow : s.seasonChosen;
  const where = atMs < p0 ? s.seasonBefore(what) : atMs >= p1 ? s.seasonAfter(what) : null;
  return (
    <section class="panel season" aria-labelledby="season-h">
      <h2 id="season-h" class="panel__title">
        {prohibited ? s.seasonHeadingProhibited(season.year) : s.seasonHeading(season.year)}
        {season.projected && <span class="tag tag--projected">{s.seasonProjected}</span>}
      </h2>
      <p class="muted">{s.seasonPeriod(season.projected, displayDay(p0, s.lang), displayDay(p1, s.lang, { asEnd: true }))}</p>
      <div class="season__chart" aria-hidden="true" ref={chart}>
        <Labels labels={lunarLabels(p0, p1, fit)} kind="lunar" />
        <div class={`strip${prohibited ? ' strip--banned' : ''}`} style={{ '--days': String(Math.round(span / DAY)) } as Record<string, string>}>
          {prohibited ? (
            <span class="strip__all">{s.seasonBanned}</span>
          ) : (
            season.windows.map((w) => {
              const a = parseIso(w.start);
              const b = parseIso(w.end);
              return <span key={w.start} class="strip__win" style={{ left: pct(a), width: `${(((b - a) / span) * 100).toFixed(3)}%` }} />;
            })
          )}
          {!where && <span class="strip__now" style={{ left: pct(atMs) }} />}
        </div>
        <Labels labels={dateLabels(p0, p1, fit)} kind="date" />
      </div>
      {where && <p class="small season__where">{where}</p>}
      {prohibited ? (
        <p class="note">{s.seasonProhibitedNote}</p>
      ) : (
        <ul class="season__list">
          {runs(season.windows).map((r) =>
            r.single ? (
              <li key={r.first}>
                {days(r.first, r.end, s, true)} {r.startClock}–{r.endClock}
              </li>
            ) : (
              <li key={r.first}>{s.seasonDaily(days(r.first, r.last, s, false), r.startClock, r.endClock)}</li>
            ),
          )}
        </ul>
      )}
      {status === 'county-rules' && <p class="note">{s.seasonCountyNote}</p>}
      {calendar && <CalendarButton verdict={calendar.verdict} engine={calendar.engine} />}
    </section>
  );
}
