import { useStrings } from '../../i18n';

/** The patrol switch (a toggle button named "巡查模式"): in the tools row, and in the patrol bar while on. */
export function PatrolToggle({ on, busy, onToggle }: { on: boolean; busy?: boolean; onToggle: () => void }) {
  const s = useStrings();
  return (
    <button type="button" class={`btn patrol-toggle${on ? ' patrol-toggle--on' : ''}`} aria-pressed={on} aria-label={s.patrolModeLabel} onClick={onToggle}>
      <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M12 2l8 3v6c0 5-3.4 9.3-8 11-4.6-1.7-8-6-8-11V5z" fill="none" stroke="currentColor" stroke-width="2" />
        {on && <path d="M8 12l3 3 5-6" fill="none" stroke="currentColor" stroke-width="2" />}
      </svg>
      {s.patrolMode}
      {busy && <span class="small"> · {s.toolLoading}</span>}
    </button>
  );
}
