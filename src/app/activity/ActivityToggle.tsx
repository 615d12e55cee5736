import { useId } from 'preact/hooks';
import type { Activity } from '../../core/types';
import { useStrings } from '../../i18n';

export function ActivityToggle({ value, onChange }: { value: Activity; onChange: (a: Activity) => void }) {
  const s = useStrings();
  const id = useId();
  return (
    <section class="panel panel--inline" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} class="panel__title">
        {s.activityHeading}
      </h2>
      <div class="segmented" role="radiogroup" aria-labelledby={`${id}-h`}>
        {(['fire', 'sell'] as const).map((a) => (
          <label key={a} class="segmented__opt">
            <input type="radio" name={`${id}-act`} value={a} checked={value === a} onChange={() => onChange(a)} />
            <span>{s.activity[a]}</span>
          </label>
        ))}
      </div>
    </section>
  );
}
