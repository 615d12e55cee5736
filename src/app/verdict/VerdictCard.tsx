import type { ComponentChildren } from 'preact';
import type { Reason, RuleSet, Verdict } from '../../core';
import { useStrings } from '../../i18n';
import { parseIso } from '../chinaTime';
import { roundMetres } from '../format';
import type { Placeholder } from './placeholder';
import { StatusIcon } from './StatusIcon';
import { Gloss, Penalties, Quote } from './Quote';
import { StillApplies } from './StillApplies';
import { LazyNear } from '../tools/near';
import { useLazy, type Loader } from '../tools/lazy';
import type { CountdownProps } from './Countdown';
import { loadSourceLine } from './foot';
import { LazyContacts } from '../contacts/LazyContacts';
import { basisOf, instantWithLunar, latestNotice, whenLine } from './when';
import './verdict.css';

const loadCountdown: Loader<CountdownProps> = () => import('./Countdown');

export interface ZoneInfo {
  name: string;
  article: string | null;
  approximate: boolean;
  maxErrorM: number;
}

interface Props {
  verdict: Verdict | null;
  zone: ZoneInfo | null;
  accuracyM: number | null;
  /** Shown instead of a verdict: loading, data failure, an error (none: the place prompt). */
  placeholder?: Placeholder;
  compact?: boolean;
  /** h1 when the card is the whole page (embed), h2 under the app's title otherwise. */
  level?: 1 | 2;
  /** The loaded notices (rule-set data): document numbers, English zone names, the projection's source. */
  notices: RuleSet[];
  /** The instant on the clock, and whether it is live (then the "when" line counts down). */
  clock: { atMs: number; live: boolean };
  /** The verdict was computed from data older than the data the server now has (shown, but said). */
  stale?: boolean;
  /** Controls under the penalties (the calendar offer, the boundary report). */
  actions?: ComponentChildren;
}

function decidingReason(reasons: Reason[]): Reason | null {
  return reasons.find((r) => r.role === 'decisive') ?? reasons[0] ?? null;
}

function Pending({ placeholder, level }: Pick<Props, 'placeholder' | 'level'>) {
  const s = useStrings();
  const H = level === 1 ? 'h1' : 'h2';
  return (
    <section class={`verdict verdict--pending${placeholder?.loading ? ' verdict--loading' : ''}`} aria-labelledby="verdict-word" id="verdict">
      <div class="verdict__head">
        <StatusIcon status="pending" />
        <H id="verdict-word" class="verdict__word" aria-live="polite">
          {placeholder?.title ?? s.pendingTitle}
        </H>
      </div>
      <p>{placeholder?.text ?? s.pendingText}</p>
      {placeholder?.action && (
        <button type="button" class="btn" onClick={placeholder.action.run}>
          {placeholder.action.label}
        </button>
      )}
    </section>
  );
}

/**
 * The answer, in reading order: the word, the basis (推算 badge), where, when (in lunar terms),
 * what that means, the engine's own summary of why, the deciding article verbatim, the
 * penalties one tap away, then everything else.
 */
export function VerdictCard({ verdict, zone, accuracyM, placeholder, compact, level = 2, notices, clock, stale, actions }: Props) {
  const s = useStrings();
  // Only a live clock counts down; the words arrive a moment after the answer (../countdown.ts).
  const Countdown = useLazy(loadCountdown, clock.live && verdict !== null);
  if (!verdict) return <Pending placeholder={placeholder} level={level} />;
  const H = level === 1 ? 'h1' : 'h2';
  const zh = s.lang === 'zh-CN';
  const deciding = decidingReason(verdict.reasons);
  // A prohibited zone's answer cites its ban (一 末段) together with the article that draws the zone.
  const zoneArticle = verdict.zone === 'prohibited' && verdict.status === 'banned' ? verdict.reasons.find((r) => r.kind === 'zone') : undefined;
  const shown = new Set<Reason | undefined>([deciding ?? undefined, zoneArticle]);
  const others = verdict.reasons.filter((r) => !shown.has(r) && r.kind !== 'penalty');
  const zoneClass = verdict.zone ?? 'none';
  const word = s.status[verdict.activity][verdict.status];
  const when = whenLine(verdict, s);
  const counting = clock.live && when !== null && when.target !== null;
  const basis = basisOf(verdict, notices);
  const ruleSet = notices.find((n) => n.id === verdict.ruleSet) ?? latestNotice(notices);
  const nameEn = !zh && verdict.zoneId ? ruleSet?.zoneNames?.[verdict.zoneId]?.en : undefined;
  const caption = verdict.projected ? s.projectedArticle : s.decidingArticle;
  return (
    <section class={`verdict verdict--${verdict.status}${stale ? ' verdict--stale' : ''}`} aria-labelledby="verdict-word" id="verdict" data-status={verdict.status}>
      <div class="verdict__head">
        <StatusIcon status={verdict.status} />
        <div aria-live="polite" aria-atomic="true">
          <H id="verdict-word" class="verdict__word">
            {word}
          </H>
          {basis && <span class="tag tag--projected verdict__basis">{s.basisBadge(basis.notice.docNo)}</span>}
          <p class="verdict__zone">
            {s.zoneLabel[zoneClass]}
            {zone && (
              <>
                {' · '}
                <span lang="zh-CN">{zone.name}</span>
                {nameEn && <> ({nameEn})</>}
                {verdict.zone === 'prohibited' && zone.article && <span lang="zh-CN"> （{zone.article}）</span>}
              </>
            )}
          </p>
        </div>
      </div>
      {stale && (
        <p class="note note--warn" role="alert">
          {s.dataStale}
        </p>
      )}
      {compact && <p class="verdict__at">{s.checkedAt(instantWithLunar(parseIso(verdict.at), s))}</p>}
      {when && (
        <p class={`verdict__when verdict__when--${when.kind}`}>
          {when.text}
          {counting && Countdown && Countdown !== 'failed' && <Countdown fromMs={clock.atMs} toMs={when.target as number} />}
        </p>
      )}
      {basis && (
        <p class="note note--projected" role="note">
          {compact ? s.basisShort(basis.year) : s.basisSentence(basis.notice.docNo, basis.noticeYear, basis.year)}
        </p>
      )}
      <p class="verdict__explain">
        {verdict.projected && (verdict.status === 'allowed' || verdict.status === 'banned') ? s.projectedExplain[verdict.status] : s.statusExplain[verdict.status]}
      </p>
      {verdict.status === 'county-rules' && <LazyContacts county={verdict.zoneName} />}
      {verdict.status === 'no-notice' && verdict.activity === 'fire' && <StillApplies verdict={verdict} latest={latestNotice(notices)} />}
      {verdict.activity === 'sell' && verdict.status === 'allowed' && <p class="verdict__explain">{s.sellNote}</p>}
      {verdict.nearBoundary && verdict.boundaryDistanceM != null && (
        <p class="note note--warn" role="note">
          <strong>⚠ </strong>
          {s.nearBoundary(
            roundMetres(Math.max(verdict.boundaryDistanceM, 1)),
            accuracyM != null && accuracyM > 0 ? roundMetres(accuracyM) : null,
          )}
        </p>
      )}
      {zone?.approximate && verdict.nearBoundary && <p class="note">{s.zoneApprox(roundMetres(zone.maxErrorM))}</p>}
      {zh && !compact && deciding?.summary && (
        <p class="verdict__summary" lang="zh-CN">
          {deciding.summary}
        </p>
      )}
      {deciding && <Quote reason={deciding} caption={caption} />}
      {zoneArticle && <Quote reason={zoneArticle} caption={s.zoneArticle} />}
      <Penalties reasons={verdict.reasons} brief={compact} />
      {actions}
      {!compact && (others.length > 0 || verdict.boundaryDistanceM != null) && (
        <details class="verdict__more">
          <summary>{s.moreReasons}</summary>
          {verdict.boundaryDistanceM != null && <p>{s.boundaryDistance(roundMetres(verdict.boundaryDistanceM))}</p>}
          {verdict.nearestBoundary && (
            <p>
              {s.nearestEdge(verdict.nearestBoundary.road, verdict.nearestBoundary.source === 'osm', roundMetres(verdict.nearestBoundary.maxErrorM))}
            </p>
          )}
          {zone?.approximate && !verdict.nearBoundary && <p>{s.zoneApprox(roundMetres(zone.maxErrorM))}</p>}
          <ul class="reasons">
            {others.map((r, i) => (
              <li key={i} class={`reason reason--${r.role ?? 'advisory'}`}>
                <span class="reason__role">{r.role === 'decisive' ? s.decisive : s.advisory}</span> <cite lang="zh-CN">{r.cite}</cite>
                {zh && r.summary && <p class="reason__summary">{r.summary}</p>}
                <blockquote lang="zh-CN">{r.text}</blockquote>
                <Gloss reason={r} />
              </li>
            ))}
          </ul>
        </details>
      )}
      <LazyNear load={loadSourceLine} props={{ verdict }} slot="verdict__source-slot" />
    </section>
  );
}
