import type { RuleSet, Verdict } from '../../core';
import { lunarDayStart } from '../../core';
import { useStrings } from '../../i18n';
import { displayDay, displayDayRange, inChina, parseIso } from '../chinaTime';
import { lunarRange } from './when';

/**
 * The no-notice answer, so it never reads as "no restrictions": what holds all year (the
 * national places, the sales ban in the prohibited zones) and when the next control period is.
 */
export function StillApplies({ verdict, latest }: { verdict: Verdict; latest: RuleSet | null }) {
  const s = useStrings();
  const zh = s.lang === 'zh-CN';
  // The national places first (they hold everywhere), then the sales rule.
  const items = ['baseline', 'sales']
    .flatMap((kind) => verdict.reasons.filter((r) => r.kind === kind))
    .map((r) => (zh ? r.summary : r.gloss))
    .filter(Boolean);
  let ahead: string | null = null;
  if (verdict.period) {
    const a = parseIso(verdict.period.start);
    const b = parseIso(verdict.period.end);
    ahead = s.nextSeason(displayDayRange(a, b, s.lang), lunarRange(a, b));
  } else if (latest) {
    const ny = nextNewYear(parseIso(verdict.at));
    if (ny !== null) ahead = s.nextNewYear(displayDay(ny, s.lang), latest.docNo);
  }
  return (
    <div class="still">
      <p class="still__head">{s.stillApplies}</p>
      <ul class="still__list">
        {items.map((t) => (
          <li key={t} lang={zh ? 'zh-CN' : 'en'}>
            {t}
          </li>
        ))}
      </ul>
      {ahead && <p class="still__ahead">{ahead}</p>}
    </div>
  );
}

/** 00:00 of the next 正月初一 after `ms`, from the lunar table. */
function nextNewYear(ms: number): number | null {
  const year = inChina(ms).getFullYear();
  for (const y of [year, year + 1]) {
    const t = lunarDayStart(y, { month: 1, day: 1 });
    if (t !== null && t > ms) return t;
  }
  return null;
}
