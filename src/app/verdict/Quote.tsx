import type { Reason } from '../../core';
import { useStrings } from '../../i18n';
import { useState } from 'preact/hooks';
import { LazyContacts } from '../contacts/LazyContacts';

/** An article quoted verbatim (Chinese), with its unofficial English gloss on the English page. */
export function Quote({ reason, caption }: { reason: Reason; caption: string }) {
  const s = useStrings();
  return (
    <figure class="verdict__article">
      <figcaption>
        {caption}
        {s.colon}
        <cite lang="zh-CN">{reason.cite}</cite>
      </figcaption>
      <blockquote lang="zh-CN">{reason.text}</blockquote>
      <Gloss reason={reason} />
    </figure>
  );
}

export function Gloss({ reason }: { reason: Reason }) {
  const s = useStrings();
  if (!s.glossLabel || !reason.gloss) return null;
  return (
    <p class="gloss" lang="en">
      <span class="muted">{s.glossLabel}</span>
      {reason.gloss}
    </p>
  );
}

/**
 * The penalties, one tap away: the line says what a breach costs (the national article's own
 * summary, or its English gloss), the articles open under it.
 */
export function Penalties({ reasons, brief }: { reasons: Reason[]; brief?: boolean }) {
  const s = useStrings();
  // Who to call loads when the penalties are opened (a chunk, contacts/LazyContacts).
  const [open, setOpen] = useState(false);
  const penalties = reasons.filter((r) => r.kind === 'penalty');
  if (!penalties.length) return null;
  const headline = penalties[penalties.length - 1]!;
  const line = brief ? undefined : s.lang === 'zh-CN' ? headline.summary : headline.gloss;
  return (
    <details class="verdict__penalties" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        <strong>{s.penalties}</strong>
        {line && <span lang={s.lang === 'zh-CN' ? 'zh-CN' : 'en'}> {line}</span>}
      </summary>
      <ul class="reasons">
        {penalties.map((r) => (
          <li key={r.cite} class="reason">
            <cite lang="zh-CN">{r.cite}</cite>
            <blockquote lang="zh-CN">{r.text}</blockquote>
            <Gloss reason={r} />
          </li>
        ))}
      </ul>
      {open && <LazyContacts />}
    </details>
  );
}
