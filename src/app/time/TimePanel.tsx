import { useId } from 'preact/hooks';
import type { Verdict } from '../../core';
import { useStrings } from '../../i18n';
import { countdown, displayChina, fromChinaInputValue, parseIso, toChinaInputValue } from '../chinaTime';
import type { QueryTime } from '../state/query';
import { Segmented } from '../segmented/Segmented';

type TimeMode = QueryTime['mode'];

interface Props {
  mode: TimeMode;
  atMs: number;
  verdict: Verdict | null;
  project: boolean;
  onMode: (mode: TimeMode) => void;
  onChosen: (ms: number) => void;
  onProject: (on: boolean) => void;
}

export function TimePanel({ mode, atMs, verdict, project, onMode, onChosen, onProject }: Props) {
  const s = useStrings();
  const id = useId();
  const live = mode === 'now';
  const windowEnd = verdict?.window ? parseIso(verdict.window.end) : null;
  const nextStart = verdict?.next ? parseIso(verdict.next.start) : null;
  return (
    <section class="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} class="panel__title">
        {s.timeHeading}
      </h2>
      <Segmented
        name={`${id}-mode`}
        labelledBy={`${id}-h`}
        options={[
          ['now', s.timeNow],
          ['chosen', s.timeChosen],
        ]}
        value={mode}
        onChange={onMode}
      />
      {live ? (
        <p class="time__now">
          <time dateTime={new Date(atMs).toISOString()}>{displayChina(atMs)}</time> <span class="muted">{s.chinaTime}</span>
        </p>
      ) : (
        <p class="field">
          <label for={`${id}-dt`}>{s.timeInputLabel}</label>
          <input
            id={`${id}-dt`}
            type="datetime-local"
            step={1}
            value={toChinaInputValue(atMs)}
            onChange={(e) => {
              const ms = fromChinaInputValue((e.currentTarget as HTMLInputElement).value);
              if (ms != null) onChosen(ms);
            }}
          />
        </p>
      )}
      {(windowEnd != null || nextStart != null) && (
        <p class="time__window">
          {windowEnd != null ? s.windowEnds(displayChina(windowEnd, { asEnd: true })) : s.nextStarts(displayChina(nextStart!))}
          {live && <span class="countdown">{s.countdownIn(countdown(atMs, (windowEnd ?? nextStart)!, s.lang))}</span>}
        </p>
      )}
      <p class="check">
        <label>
          <input type="checkbox" checked={project} onChange={(e) => onProject((e.currentTarget as HTMLInputElement).checked)} />{' '}
          {s.projectLabel}
        </label>
      </p>
    </section>
  );
}
