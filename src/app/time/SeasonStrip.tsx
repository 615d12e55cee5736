import type { Interval, ZoneClass, Status } from '../../core';
import { useStrings } from '../../i18n';
import { displayChina, displayClock, parseIso } from '../chinaTime';
import type { SeasonOfYear } from '../hooks/useSeason';

interface Props {
  season: SeasonOfYear;
  atMs: number;
  zone: ZoneClass;
  status: Status | null;
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

const DAY = 86400_000;

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

export function SeasonStrip({ season, atMs, zone, status }: Props) {
  const s = useStrings();
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
  const inPeriod = atMs >= p0 && atMs < p1;
  return (
    <section class="panel season" aria-labelledby="season-h">
      <h2 id="season-h" class="panel__title">
        {s.seasonHeading(season.year)}
        {season.projected && <span class="tag tag--projected">{s.seasonProjected}</span>}
      </h2>
      <p class="muted">{s.seasonPeriod(displayChina(p0), displayChina(p1, { asEnd: true }))}</p>
      <div class="strip" aria-hidden="true">
        {season.windows.map((w) => {
          const a = parseIso(w.start);
          const b = parseIso(w.end);
          return <span key={w.start} class="strip__win" style={{ left: pct(a), width: `${(((b - a) / span) * 100).toFixed(3)}%` }} />;
        })}
        {inPeriod && <span class="strip__now" style={{ left: pct(atMs) }} />}
      </div>
      <ul class="season__list">
        {runs(season.windows).map((r) =>
          r.single ? (
            <li key={r.first}>
              {displayChina(r.first, { withYear: false })} – {displayChina(r.end, { asEnd: true, withYear: false })}
            </li>
          ) : (
            <li key={r.first}>
              {s.seasonDaily(displayChina(r.first, { withYear: false }).slice(0, 5), displayChina(r.last, { withYear: false }).slice(0, 5), r.startClock, r.endClock)}
            </li>
          ),
        )}
      </ul>
      {zone === 'prohibited' && <p class="note">{s.seasonProhibitedNote}</p>}
      {status === 'county-rules' && <p class="note">{s.seasonCountyNote}</p>}
    </section>
  );
}
