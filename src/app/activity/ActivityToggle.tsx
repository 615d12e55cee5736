import { useId } from 'preact/hooks';
import { ACTIVITY_VALUES, type Activity } from '../../core';
import { useStrings } from '../../i18n';
import { Segmented } from '../segmented/Segmented';

export function ActivityToggle({ value, onChange }: { value: Activity; onChange: (a: Activity) => void }) {
  const s = useStrings();
  const id = useId();
  return (
    <section class="panel panel--inline" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} class="panel__title">
        {s.activityHeading}
      </h2>
      <Segmented
        name={`${id}-act`}
        labelledBy={`${id}-h`}
        options={ACTIVITY_VALUES.map((a) => [a, s.activity[a]] as const)}
        value={value}
        onChange={onChange}
      />
    </section>
  );
}
