import { useState } from 'preact/hooks';
import type { Activity, Verdict } from '../../core';
import { useStrings } from '../../i18n';
import type { EngineClient } from '../engine/client';
import type { ChosenPlace, QueryAction } from '../state/query';
import { PatrolToggle } from '../patrol/PatrolToggle';
import { useCheckLog } from '../log/useCheckLog';
import type { Features } from './features';
import { useLazy } from './lazy';
import './tools.css';

const loadPatrol = () => import('../patrol/PatrolBar');
const loadLegal = () => import('../legal/LegalCard');
const loadLog = () => import('../log/LogSheet');
const loadBatch = () => import('../batch/BatchSheet');

type SheetKind = 'legal' | 'log' | 'batch';

interface Props {
  features: Features;
  verdict: Verdict | null;
  place: ChosenPlace | null;
  zoneName: string | null;
  dispatch: (a: QueryAction) => void;
  engine: EngineClient | null;
  activity: Activity;
  project: boolean;
}

/**
 * The officer tools (issue 10): patrol mode, the legal card, the check log and the in-page batch.
 * Only this row and the loaders are in the first load; each tool is a lazy chunk fetched on
 * first use (and precached by the service worker, so it opens offline after one visit).
 */
export function Tools({ features, verdict, place, zoneName, dispatch, engine, activity, project }: Props) {
  const s = useStrings();
  const [patrol, setPatrol] = useState(false);
  const [sheet, setSheet] = useState<SheetKind | null>(null);
  const Bar = useLazy(loadPatrol, patrol);
  const Legal = useLazy(loadLegal, sheet === 'legal');
  const Log = useLazy(loadLog, sheet === 'log');
  const Batch = useLazy(loadBatch, sheet === 'batch');
  useCheckLog(features.log && !patrol, verdict, place, zoneName);

  const barShown = patrol && Bar && Bar !== 'failed';
  const canShowLaw = features.legal && !!verdict?.ruleSet;
  const toggle = <PatrolToggle on={patrol} busy={patrol && !Bar} onToggle={() => setPatrol(!patrol)} />;
  const showLaw = canShowLaw ? (
    <button type="button" class="btn btn--law" aria-label={s.showLawLabel} onClick={() => setSheet('legal')}>
      {s.showLaw}
    </button>
  ) : null;
  const failed = [patrol && Bar, sheet === 'legal' && Legal, sheet === 'log' && Log, sheet === 'batch' && Batch].includes('failed');
  const close = () => setSheet(null);

  return (
    <>
      {barShown && <Bar verdict={verdict} place={place} zoneName={zoneName} dispatch={dispatch} record={features.log} toggle={toggle} showLaw={showLaw} />}
      {(features.patrol || features.legal || features.log || features.batch) && (
        <div class="tools" role="group" aria-label={s.toolsHeading}>
          {features.patrol && !barShown && toggle}
          {!barShown && showLaw}
          {features.log && (
            <button type="button" class="btn" aria-label={s.checkLogLabel} onClick={() => setSheet('log')}>
              {s.checkLog}
            </button>
          )}
          {features.batch && engine && (
            <button type="button" class="btn" aria-label={s.batchCheckLabel} onClick={() => setSheet('batch')}>
              {s.batchCheck}
            </button>
          )}
          {failed && (
            <p class="note note--warn small" role="status">
              {s.toolFailed}
            </p>
          )}
        </div>
      )}
      {sheet === 'legal' && Legal && Legal !== 'failed' && verdict && <Legal verdict={verdict} zoneName={zoneName} ruleSets={engine?.ruleSets ?? []} onClose={close} />}
      {sheet === 'log' && Log && Log !== 'failed' && <Log onClose={close} />}
      {sheet === 'batch' && Batch && Batch !== 'failed' && engine && <Batch engine={engine} activity={activity} project={project} onClose={close} />}
    </>
  );
}
