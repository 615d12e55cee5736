import { useStrings } from '../../i18n';

export function UpdatePrompt({ onReload }: { onReload: () => void }) {
  const s = useStrings();
  return (
    <div class="toast" role="status">
      <span>{s.updateReady}</span>
      <button type="button" class="btn btn--primary" onClick={onReload}>
        {s.updateReload}
      </button>
    </div>
  );
}
