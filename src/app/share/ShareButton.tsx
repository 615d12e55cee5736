import { useState } from 'preact/hooks';
import { useStrings } from '../../i18n';

/** Copies a link to the current place and time; falls back to showing the link to copy by hand. */
export function ShareButton({ url }: { url: string | null }) {
  const s = useStrings();
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  if (!url) return null;
  const share = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('manual');
    }
  };
  return (
    <div class="share">
      <button type="button" class="btn" onClick={share}>
        <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true">
          <circle cx="18" cy="5" r="3" fill="currentColor" />
          <circle cx="6" cy="12" r="3" fill="currentColor" />
          <circle cx="18" cy="19" r="3" fill="currentColor" />
          <path d="M8.6 10.5l6.8-4M8.6 13.5l6.8 4" stroke="currentColor" stroke-width="2" />
        </svg>
        {s.share}
      </button>
      <div role="status" aria-live="polite">
        {state === 'copied' && <p class="small">{s.shareCopied}</p>}
        {state === 'manual' && (
          <p class="small">
            <label>
              {s.shareManual}
              <input class="share__link" readOnly value={url} aria-label={s.shareLinkLabel} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
            </label>
          </p>
        )}
      </div>
    </div>
  );
}
