import { useEffect, useRef, useState } from 'preact/hooks';
import { CRS_VALUES, CSV_HEADER, formatChina, ACTIVITY_VALUES, type Activity, type Crs } from '../../core';
import { useStrings } from '../../i18n';
import { BATCH_STRINGS } from '../../i18n/batch';
import type { EngineClient } from '../engine/client';
import { displayChina } from '../chinaTime';
import { Sheet } from '../tools/Sheet';
import { deliverFile, stampedName } from '../tools/deliver';
import { runInPageBatch, type BatchOutcome, type BatchProgress } from './run';
import './batch.css';

export interface BatchSheetProps {
  engine: EngineClient;
  activity: Activity;
  project: boolean;
  onClose: () => void;
}

type Run =
  | { kind: 'idle' }
  | { kind: 'running'; progress: BatchProgress }
  | { kind: 'done'; outcome: BatchOutcome; ms: number; activity: Activity }
  | { kind: 'cancelled' }
  | { kind: 'failed' };

const PAGE = 50;
/** A verdict's instant in China time ("2019-02-10 20:00"); an error row's own text as given. */
const timeOf = (iso: string) => (/[+-]08:00$/.test(iso) && Number.isFinite(Date.parse(iso)) ? displayChina(Date.parse(iso)) : iso || '—');
const col = (name: (typeof CSV_HEADER)[number]) => CSV_HEADER.indexOf(name);

/** The results, a page at a time (10,000 table rows at once would freeze a phone); `activity` is what the run checked. */
function Results({ outcome, activity }: { outcome: BatchOutcome; activity: Activity }) {
  const s = useStrings();
  const b = BATCH_STRINGS[s.lang];
  const [page, setPage] = useState(0);
  const n = outcome.rows.length;
  const from = page * PAGE;
  const shown = outcome.rows.slice(from, from + PAGE);
  const pages = Math.ceil(n / PAGE);
  return (
    <>
      <ul class="batch__counts">
        {Object.entries(outcome.counts).map(([k, c]) => (
          <li key={k} class={`verdict--${k}`}>
            {k === 'error' ? b.errors : s.status[activity][k as keyof typeof s.status.fire]}: <strong>{c}</strong>
          </li>
        ))}
      </ul>
      <div class="batch__table-wrap">
        <table class="batch__table">
          <caption>{b.tableCaption(from + 1, from + shown.length, n)}</caption>
          <thead>
            <tr>
              <th scope="col">{b.colLine}</th>
              <th scope="col">{b.colPlace}</th>
              <th scope="col">{b.colTime}</th>
              <th scope="col">{b.colStatus}</th>
              <th scope="col">{b.colZone}</th>
              {outcome.header.slice(CSV_HEADER.length + 1).map((h) => (
                <th scope="col" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.line} class={r.status ? `verdict--${r.status}` : 'batch__error'}>
                <td>{r.line}</td>
                <td class="batch__nowrap">{r.cells[col('lat')] || r.cells[col('lng')] ? `${r.cells[col('lat')]}, ${r.cells[col('lng')]}` : '—'}</td>
                <td class="batch__nowrap">{timeOf(r.cells[col('at')]!)}</td>
                {r.status ? (
                  <>
                    <td class="batch__nowrap">
                      <strong>{s.status[activity][r.status]}</strong>
                    </td>
                    <td class="batch__nowrap">{s.zoneLabel[(r.cells[col('zone')] || 'none') as 'none']}</td>
                  </>
                ) : (
                  <td colSpan={2} class="batch__err">
                    {r.cells[col('error')]}
                  </td>
                )}
                {r.extra.map((x, i) => (
                  <td key={i}>{x}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <p class="batch__pager">
          <button type="button" class="btn" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {b.prev}
          </button>
          <span>
            {page + 1} / {pages}
          </span>
          <button type="button" class="btn" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
            {b.next}
          </button>
        </p>
      )}
    </>
  );
}

/** 批量查询 (lazy chunk): many places at once, checked in the engine worker with a progress bar, a cancel button and a CSV download. */
export default function BatchSheet({ engine, activity: appActivity, project: appProject, onClose }: BatchSheetProps) {
  const s = useStrings();
  const b = BATCH_STRINGS[s.lang];
  const [pasted, setPasted] = useState('');
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [crs, setCrs] = useState<Crs>('wgs84');
  const [activity, setActivity] = useState<Activity>(appActivity);
  const [project, setProject] = useState(appProject);
  const [run, setRun] = useState<Run>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const start = async (e: Event) => {
    e.preventDefault();
    const text = file?.text ?? pasted;
    const ctl = new AbortController();
    abort.current = ctl;
    const t0 = performance.now();
    setRun({ kind: 'running', progress: { rows: 0, read: 0, length: text.length } });
    try {
      const shared = { crs, activity, ...(project ? { project: '1' } : {}) };
      const outcome = await runInPageBatch(text, (inputs) => engine.call('batch', { inputs }), shared, (progress) => setRun({ kind: 'running', progress }), ctl.signal);
      if (!outcome) {
        setRun({ kind: 'cancelled' });
        return;
      }
      setRun({ kind: 'done', outcome, ms: performance.now() - t0, activity });
    } catch {
      setRun({ kind: 'failed' });
    }
  };
  const download = (o: BatchOutcome) => void deliverFile(stampedName('qinzhou-batch', formatChina(Date.now()), 'csv'), 'text/csv', o.csv(), b.heading);

  const running = run.kind === 'running';
  return (
    <Sheet class="batch" titleId="batch-h" title={b.heading} closeLabel={s.close} onClose={onClose}>
      <p class="small muted">{b.intro}</p>
      {(run.kind === 'idle' || run.kind === 'cancelled' || run.kind === 'failed') && (
        <form class="batch__form" onSubmit={(e) => void start(e)}>
          <p class="field">
            <label for="batch-paste">{b.paste}</label>
            <textarea id="batch-paste" rows={6} spellcheck={false} placeholder={'lat,lng,at,address\n21.968,108.632,2019-02-10T20:00:00+08:00,…'} onInput={(e) => setPasted(e.currentTarget.value)} value={pasted} disabled={!!file} />
          </p>
          <p class="field">
            <label for="batch-file">{b.file}</label>
            <input
              id="batch-file"
              type="file"
              accept=".csv,text/csv,text/plain"
              onChange={(e) => {
                const f = e.currentTarget.files?.[0];
                if (f) void f.text().then((text) => setFile({ name: f.name, text }));
                else setFile(null);
              }}
            />
          </p>
          {file && <p class="small">{b.fileChosen(file.name, Math.ceil(file.text.length / 1024))}</p>}
          <div class="batch__options">
            <p class="field">
              <label for="batch-crs">{b.crs}</label>
              <select id="batch-crs" value={crs} onChange={(e) => setCrs(CRS_VALUES.find((c) => c === e.currentTarget.value) ?? crs)}>
                {CRS_VALUES.map((c) => (
                  <option key={c} value={c}>
                    {s.crsNames[c]}
                  </option>
                ))}
              </select>
            </p>
            <p class="field">
              <label for="batch-activity">{b.activity}</label>
              <select id="batch-activity" value={activity} onChange={(e) => setActivity(ACTIVITY_VALUES.find((a) => a === e.currentTarget.value) ?? activity)}>
                {ACTIVITY_VALUES.map((a) => (
                  <option key={a} value={a}>
                    {s.activity[a]}
                  </option>
                ))}
              </select>
            </p>
          </div>
          <p class="check">
            <label>
              <input type="checkbox" checked={project} onChange={(e) => setProject(e.currentTarget.checked)} />
              {b.project}
            </label>
          </p>
          {run.kind === 'cancelled' && <p role="status">{b.cancelled}</p>}
          {run.kind === 'failed' && <p class="note note--error" role="alert">{b.failed}</p>}
          <button type="submit" class="btn btn--primary" disabled={!file && !pasted.trim()}>
            {b.start}
          </button>
        </form>
      )}
      {running && (
        <div class="batch__running">
          <label for="batch-progress">{b.progressLabel}</label>
          <progress id="batch-progress" max={run.progress.length || 1} value={run.progress.read} />
          <p role="status" class="batch__status">
            {b.progress(run.progress.rows)}
          </p>
          <button type="button" class="btn" onClick={() => abort.current?.abort()}>
            {b.cancel}
          </button>
        </div>
      )}
      {run.kind === 'done' && (
        <div class="batch__done">
          <p role="status" class="batch__status">
            {run.outcome.rows.length ? b.done(run.outcome.rows.length, run.ms) : b.nothing}
          </p>
          <p class="batch__actions">
            {run.outcome.rows.length > 0 && (
              <button type="button" class="btn btn--primary" onClick={() => download(run.outcome)}>
                {b.download}
              </button>
            )}
            <button type="button" class="btn" onClick={() => setRun({ kind: 'idle' })}>
              {b.again}
            </button>
          </p>
          {run.outcome.rows.length > 0 && <Results outcome={run.outcome} activity={run.activity} />}
        </div>
      )}
    </Sheet>
  );
}
