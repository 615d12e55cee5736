import { useId } from 'preact/hooks';
import { useStrings } from '../../i18n';
import { displayChina, displayDay, fromChinaInputValue, toChinaInputValue } from '../chinaTime';
import type { QueryTime } from '../state/query';
import { Segmented } from '../segmented/Segmented';
import { lunarName, seasonShortcuts } from './lunar';
import './time.css';

type TimeMode = QueryTime['mode'];

interface Props {
  mode: TimeMode;
  atMs: number;
  project: boolean;
  /** Document number of the notice whose pattern a projection applies (rule-set data); empty until loaded. */
  patternDocNo: string;
  /** The Spring Festival season the shortcuts are for (正月初一's year). */
  seasonYear: number;
  onMode: (mode: TimeMode) => void;
  onChosen: (ms: number) => void;
  onProject: (on: boolean) => void;
}

export function TimePanel({ mode, atMs, project, patternDocNo, seasonYear, onMode, onChosen, onProject }: Props) {
  const s = useStrings();
  const id = useId();
  const live = mode === 'now';
  const lunar = lunarName(atMs);
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
      {lunar && (
        <p class="time__lunar" lang="zh-CN">
          {s.lunarDate(lunar)}
        </p>
      )}
      <div class="time__shortcuts" role="group" aria-label={s.shortcutsLabel(seasonYear)}>
        <p class="small muted">{s.shortcutsLabel(seasonYear)}</p>
        {seasonShortcuts(seasonYear).map(({ key, atMs: t }) => (
          <button type="button" key={key} class="btn btn--chip" aria-pressed={!live && t === atMs} onClick={() => onChosen(t)}>
            {s.shortcutNames[key]} {displayChina(t).slice(-5)}
            <span class="small muted"> {displayDay(t, s.lang, { withYear: false })}</span>
          </button>
        ))}
      </div>
      {patternDocNo && (
        <p class="check">
          <label>
            <input type="checkbox" checked={project} onChange={(e) => onProject((e.currentTarget as HTMLInputElement).checked)} />{' '}
            {s.projectLabel(patternDocNo)}
          </label>
        </p>
      )}
    </section>
  );
}
