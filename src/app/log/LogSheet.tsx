import { useEffect, useState } from 'preact/hooks';
import { formatChina } from '../../core';
import { useStrings } from '../../i18n';
import { LOG_STRINGS } from '../../i18n/log';
import { displayChina } from '../chinaTime';
import { formatCoord, roundMetres } from '../format';
import { Sheet } from '../tools/Sheet';
import { deliverFile, stampedName } from '../tools/deliver';
import { logCsv, logGeoJson, type LogEntry } from './entry';
import { clearChecks, listChecks, setNote } from './store';
import './log.css';

type Format = 'csv' | 'geojson';
type Listing = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; entries: LogEntry[] };

function NoteField({ entry, onSaved }: { entry: LogEntry; onSaved: (note: string) => void }) {
  const s = useStrings();
  const l = LOG_STRINGS[s.lang];
  const [value, setValue] = useState(entry.note);
  const id = `note-${entry.id}`;
  return (
    <form
      class="log__note"
      onSubmit={(e) => {
        e.preventDefault();
        if (entry.id !== undefined) void setNote(entry.id, value.trim()).then(() => onSaved(value.trim()));
      }}
    >
      <label for={id}>{l.note}</label>
      <input id={id} value={value} maxLength={500} onInput={(e) => setValue(e.currentTarget.value)} />
      <button type="submit" class="btn btn--small">
        {l.noteSave}
      </button>
    </form>
  );
}

function Entry({ e, onNote }: { e: LogEntry; onNote: (note: string) => void }) {
  const s = useStrings();
  const l = LOG_STRINGS[s.lang];
  const at = Date.parse(String(e.cells.at));
  return (
    <li class={`log__entry verdict--${e.status}`}>
      <p class="log__line">
        <strong class="verdict__word">{s.status[e.activity][e.status]}</strong> <span>{s.zoneLabel[e.zone ?? 'none']}</span>
        {e.zoneName && <span lang="zh-CN"> · {e.zoneName}</span>}
      </p>
      <p class="log__line small">
        {Number.isFinite(at) ? displayChina(at) : String(e.cells.at)} · {formatCoord(Number(e.cells.lat))}, {formatCoord(Number(e.cells.lng))}
        {e.input.accuracyM != null && e.input.accuracyM > 0 && <> · {l.accuracy(roundMetres(e.input.accuracyM))}</>} · {l.source[e.source]}
      </p>
      {e.note && <p class="log__line small">“{e.note}”</p>}
      <details>
        <summary>{l.note}</summary>
        <NoteField entry={e} onSaved={onNote} />
      </details>
    </li>
  );
}

/** 检查记录 (lazy chunk): the device's check log — list, notes, export (CSV or GeoJSON; shared or downloaded), clear with confirmation. */
export default function LogSheet({ onClose }: { onClose: () => void }) {
  const s = useStrings();
  const l = LOG_STRINGS[s.lang];
  const [listing, setListing] = useState<Listing>({ kind: 'loading' });
  const [format, setFormat] = useState<Format>('csv');
  const [confirming, setConfirming] = useState(false);
  const [said, setSaid] = useState('');
  useEffect(() => {
    listChecks().then(
      (entries) => setListing({ kind: 'ready', entries }),
      () => setListing({ kind: 'unavailable' }),
    );
  }, []);
  const entries = listing.kind === 'ready' ? listing.entries : [];

  const exportLog = async () => {
    const name = stampedName('qinzhou-checks', formatChina(Date.now()), format === 'csv' ? 'csv' : 'geojson');
    const done =
      format === 'csv'
        ? await deliverFile(name, 'text/csv', logCsv(entries), l.shareTitle)
        : await deliverFile(name, 'application/geo+json', logGeoJson(entries), l.shareTitle);
    setSaid(done === 'shared' ? l.shared : done === 'downloaded' ? l.downloaded(name) : '');
  };
  const clear = async () => {
    await clearChecks().catch(() => {});
    setConfirming(false);
    setListing({ kind: 'ready', entries: [] });
    setSaid(l.cleared);
  };
  const withNote = (id: number | undefined, note: string) => {
    setListing({ kind: 'ready', entries: entries.map((e) => (e.id === id ? { ...e, note } : e)) });
    setSaid(l.noteSaved);
  };

  return (
    <Sheet class="log" titleId="log-h" title={l.heading} closeLabel={s.close} onClose={onClose}>
      <p class="small muted">{l.intro}</p>
      {listing.kind === 'loading' && <p>{l.loading}</p>}
      {listing.kind === 'unavailable' && <p class="note note--warn">{l.unavailable}</p>}
      {listing.kind === 'ready' && (
        <>
          <div class="log__tools">
            <p class="log__count">{entries.length ? l.count(entries.length) : l.empty}</p>
            {entries.length > 0 && (
              <>
                <fieldset class="log__format">
                  <legend>{l.format}</legend>
                  {(['csv', 'geojson'] as const).map((f) => (
                    <label key={f}>
                      <input type="radio" name="log-format" value={f} checked={format === f} onChange={() => setFormat(f)} />
                      {f === 'csv' ? 'CSV' : 'GeoJSON'}
                    </label>
                  ))}
                </fieldset>
                <button type="button" class="btn btn--primary" aria-label={l.exportLabel} onClick={() => void exportLog()}>
                  {l.export}
                </button>
                <button type="button" class="btn" onClick={() => setConfirming(true)}>
                  {l.clear}
                </button>
              </>
            )}
          </div>
          {confirming && (
            <div class="note note--warn log__confirm" role="alertdialog" aria-labelledby="log-confirm" aria-modal="false">
              <p id="log-confirm">{l.clearConfirm(entries.length)}</p>
              <button type="button" class="btn" onClick={() => void clear()}>
                {l.clearYes}
              </button>
              <button type="button" class="btn" onClick={() => setConfirming(false)}>
                {l.clearNo}
              </button>
            </div>
          )}
          <p role="status" class="small">
            {said}
          </p>
          <ol class="log__list" reversed>
            {entries.map((e) => (
              <Entry key={e.id} e={e} onNote={(note) => withNote(e.id, note)} />
            ))}
          </ol>
        </>
      )}
    </Sheet>
  );
}
