import type { Reason, Verdict } from '../../core';
import { useStrings } from '../../i18n';
import { roundMetres } from '../format';
import type { Placeholder } from './placeholder';
import { StatusIcon } from './StatusIcon';

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
}

function Gloss({ cite }: { cite: string }) {
  const s = useStrings();
  const text = s.glosses.find(([re]) => re.test(cite))?.[1];
  return text ? (
    <p class="gloss" lang="en">
      <span class="muted">{s.glossLabel}</span>
      {text}
    </p>
  ) : null;
}

function decidingReason(reasons: Reason[]): Reason | null {
  return reasons.find((r) => r.role === 'decisive') ?? reasons[0] ?? null;
}

export function VerdictCard({ verdict, zone, accuracyM, placeholder, compact, level = 2 }: Props) {
  const s = useStrings();
  const H = level === 1 ? 'h1' : 'h2';
  if (!verdict) {
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
  const deciding = decidingReason(verdict.reasons);
  const others = verdict.reasons.filter((r) => r !== deciding);
  const zoneClass = verdict.zone ?? 'none';
  const word = s.status[verdict.activity][verdict.status];
  return (
    <section class={`verdict verdict--${verdict.status}`} aria-labelledby="verdict-word" id="verdict" data-status={verdict.status}>
      <div class="verdict__head">
        <StatusIcon status={verdict.status} />
        <div aria-live="polite" aria-atomic="true">
          <H id="verdict-word" class="verdict__word">
            {word}
          </H>
          {verdict.projected && <span class="tag tag--projected">{s.seasonProjected}</span>}
          <p class="verdict__zone">
            {s.zoneLabel[zoneClass]}
            {zone && (
              <>
                {' · '}
                <span lang="zh-CN">{zone.name}</span>
                {verdict.zone === 'prohibited' && zone.article && <span lang="zh-CN"> （{zone.article}）</span>}
              </>
            )}
          </p>
        </div>
      </div>
      <p class="verdict__explain">{s.statusExplain[verdict.status]}</p>
      {verdict.activity === 'sell' && verdict.status === 'allowed' && <p class="verdict__explain">{s.sellNote}</p>}
      {verdict.projected && (
        <p class="note note--projected" role="note">
          {s.projected}
        </p>
      )}
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
      {deciding && (
        <figure class="verdict__article">
          <figcaption>
            {s.decidingArticle}: <cite lang="zh-CN">{deciding.cite}</cite>
          </figcaption>
          <blockquote lang="zh-CN">{deciding.text}</blockquote>
          <Gloss cite={deciding.cite} />
        </figure>
      )}
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
                <span class="reason__role">{r.role === 'decisive' ? s.decisive : s.advisory}</span>{' '}
                <cite lang="zh-CN">{r.cite}</cite>
                <blockquote lang="zh-CN">{r.text}</blockquote>
                <Gloss cite={r.cite} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
