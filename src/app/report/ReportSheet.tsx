import { useMemo, useState } from 'preact/hooks';
import type { Verdict } from '../../core';
import { useStrings } from '../../i18n';
import { BELIEFS, REPORT_WORDS, type Belief } from '../../i18n/report';
import { formatChina } from '../../core';
import type { ChosenPlace } from '../state/query';
import { Sheet } from '../tools/Sheet';
import { downloadFile, stampedName } from '../tools/deliver';
import { reportGeoJson, reportText, type BoundaryReport } from './compose';
import './report.css';

export interface ReportSheetProps {
  verdict: Verdict;
  place: ChosenPlace | null;
  onClose: () => void;
}

/**
 * 报告边界问题 (lazy chunk): the report for the answer on screen, with what the reporter believes
 * and a note, as text to copy, a Web Share, and a GeoJSON download. Nothing is sent by the app.
 */
export default function ReportSheet({ verdict, place, onClose }: ReportSheetProps) {
  const s = useStrings();
  const w = REPORT_WORDS[s.lang];
  const [belief, setBelief] = useState<Belief>('unsure');
  const [note, setNote] = useState('');
  const [status, setStatus] = useState('');
  const [madeAt] = useState(() => Date.now());
  const report: BoundaryReport = { verdict, place, belief, note, appData: __DATA_VERSION__, madeAt };
  const text = reportText(report, s, w);
  const fileName = useMemo(() => stampedName('qinzhou-boundary-report', formatChina(madeAt), 'geojson'), [madeAt]);
  const file = () => new File([reportGeoJson(report)], fileName, { type: 'application/geo+json' });
  const canShare = typeof navigator.share === 'function';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(w.copied);
    } catch {
      setStatus(w.copyManual);
    }
  };
  const share = async () => {
    const files = [file()];
    const data: ShareData = { title: w.title, text };
    try {
      await navigator.share(typeof navigator.canShare === 'function' && navigator.canShare({ ...data, files }) ? { ...data, files } : data);
      setStatus(w.shared);
    } catch {
      /* cancelled, or refused: the text and the download are still here */
    }
  };
  const download = () => {
    downloadFile(file());
    setStatus(w.downloaded(fileName));
  };

  return (
    <Sheet class="report" titleId="report-h" title={w.heading} closeLabel={s.close} onClose={onClose}>
      <p class="report__intro">{w.intro}</p>
      <fieldset class="report__belief">
        <legend>{w.beliefLegend}</legend>
        {BELIEFS.map((b) => (
          <label key={b}>
            <input type="radio" name="belief" value={b} checked={belief === b} onChange={() => setBelief(b)} /> {w.beliefs[b]}
          </label>
        ))}
      </fieldset>
      <label class="report__field">
        {w.noteLabel}
        <textarea rows={3} value={note} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <div class="report__actions">
        <button type="button" class="btn btn--primary" onClick={copy}>
          {w.copy}
        </button>
        {canShare && (
          <button type="button" class="btn" onClick={share}>
            {w.share}
          </button>
        )}
        <button type="button" class="btn" onClick={download}>
          {w.download}
        </button>
      </div>
      <p class="small report__status" role="status">
        {status}
      </p>
      <label class="report__field">
        {w.previewLabel}
        <textarea class="report__text" rows={14} readOnly value={text} />
      </label>
    </Sheet>
  );
}
