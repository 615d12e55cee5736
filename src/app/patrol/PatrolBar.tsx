import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Verdict } from '../../core';
import { useStrings } from '../../i18n';
import { PATROL_STRINGS } from '../../i18n/patrol';
import { roundMetres } from '../format';
import type { ChosenPlace, QueryAction } from '../state/query';
import { StatusIcon } from '../verdict/StatusIcon';
import { queueCheck } from '../log/useCheckLog';
import { beep, rememberSound, soundWanted, unlockAudio, vibrate } from './alarm';
import { fixAgeMs, STALE_MS, usePositionWatch, type PatrolFix } from './watch';
import { useWakeLock } from './wakeLock';
import { INITIAL_WARN_STATE, step, warnBand, type WarningKind } from './warnings';
import './patrol.css';

export interface PatrolBarProps {
  verdict: Verdict | null;
  place: ChosenPlace | null;
  zoneName: string | null;
  dispatch: (a: QueryAction) => void;
  /** Store each change of verdict in the check log. */
  record: boolean;
  /** The patrol toggle, kept in the bar while patrolling. */
  toggle: ComponentChildren;
  /** The legal card's opener, kept in the bar while patrolling (null: not offered). */
  showLaw: ComponentChildren;
}

interface Alert {
  id: number;
  kind: WarningKind;
  text: string;
}

/**
 * Patrol mode (lazy chunk): follows watchPosition, keeps a compact sticky bar with the status,
 * the zone, the distance to the nearest relevant boundary, the fix's accuracy and age, and raises
 * each boundary warning once (warnings.ts) in words (role="alert"), a vibration and, if chosen, a tone.
 */
export default function PatrolBar({ verdict, place, zoneName, dispatch, record, toggle, showLaw }: PatrolBarProps) {
  const s = useStrings();
  const p = PATROL_STRINGS[s.lang];
  const patrolPlace = useRef<ChosenPlace | null>(null);
  const started = useRef(performance.now());

  // A patrol answers for here and now.
  useEffect(() => dispatch({ type: 'now', at: Date.now() }), [dispatch]);

  const onFix = useCallback(
    (f: PatrolFix) => {
      const next: ChosenPlace = { lat: f.lat, lng: f.lng, crs: 'wgs84', accuracyM: f.accuracyM, source: 'gps' };
      patrolPlace.current = next;
      dispatch({ type: 'place', place: next });
    },
    [dispatch],
  );
  const { state, fix } = usePositionWatch(onFix);
  const wake = useWakeLock(true);

  const [sound, setSound] = useState(soundWanted);
  useEffect(() => {
    if (soundWanted()) unlockAudio();
  }, []);
  const toggleSound = () => {
    const on = !sound && unlockAudio();
    setSound(on);
    rememberSound(on);
    if (on) beep('near');
  };

  // Warnings: one step of the state machine per new verdict for a patrol fix.
  const warn = useRef(INITIAL_WARN_STATE);
  const seen = useRef<Verdict | null>(null);
  const nextId = useRef(1);
  const [alert, setAlert] = useState<Alert | null>(null);
  // Everything else the step reads, as of this render; the step itself runs on a new verdict only:
  // right after a fix, `verdict` is still the previous place's, and must not be taken for this one's.
  const latest = useRef({ place, zoneName, record, sound, s, p });
  latest.current = { place, zoneName, record, sound, s, p };
  useEffect(() => {
    const { place, zoneName, record, sound, s, p } = latest.current;
    if (!verdict || verdict === seen.current || !place || place !== patrolPlace.current) return;
    seen.current = verdict;
    const band = warnBand(place.accuracyM, verdict.nearestBoundary?.maxErrorM);
    const before = warn.current.side;
    const { state: next, event } = step(warn.current, { status: verdict.status, zone: verdict.zone, distanceM: verdict.boundaryDistanceM, bandM: band });
    warn.current = next;
    if (record && next.side !== before) queueCheck(verdict, place, zoneName, 'patrol');
    if (!event) return;
    const word = s.status[verdict.activity][verdict.status];
    const zone = zoneName ?? s.zoneLabel[verdict.zone ?? 'none'];
    const road = verdict.nearestBoundary?.road ?? null;
    const d = roundMetres(Math.max(verdict.boundaryDistanceM ?? 0, 1));
    const text = {
      entered: () => p.entered(zone, word),
      crossed: () => p.crossed(s.zoneLabel[verdict.zone ?? 'none'] + (zoneName ? `（${zoneName}）` : ''), word),
      changed: () => p.changed(word),
      near: () => p.near(d, road, roundMetres(band)),
    }[event]();
    setAlert({ id: nextId.current++, kind: event, text });
    vibrate(event);
    if (sound) beep(event);
  }, [verdict]);

  // The fix's age on screen, once a second.
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const t = setInterval(() => setNow(performance.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const age = fix ? fixAgeMs(fix, now) : null;
  const stale = age !== null ? age > STALE_MS : state.kind === 'starting' && now - started.current > STALE_MS;
  const ageText = age === null ? '' : age < 60_000 ? p.ageSeconds(Math.floor(age / 1000)) : p.ageMinutes(Math.floor(age / 60_000));
  const following = verdict && place && place === patrolPlace.current ? verdict : null;

  const message =
    state.kind === 'error' ? { denied: p.denied, unavailable: p.unavailable, unsupported: p.unsupported }[state.reason] : state.kind === 'paused' ? p.paused : null;

  return (
    <section class={`patrol verdict--${following?.status ?? 'pending'}${stale ? ' patrol--stale' : ''}`} aria-label={p.barLabel} data-stale={stale ? 'true' : 'false'}>
      <div class="patrol__top">
        <StatusIcon status={following?.status ?? 'pending'} />
        <p class="patrol__what">
          <strong class="verdict__word">{following ? s.status[following.activity][following.status] : p.starting}</strong>
          {following && (
            <span class="patrol__zone">
              {s.zoneLabel[following.zone ?? 'none']}
              {zoneName && <span lang="zh-CN"> · {zoneName}</span>}
            </span>
          )}
        </p>
      </div>
      <p class="patrol__facts">
        {following && (
          <span>
            {following.boundaryDistanceM != null ? p.boundary(roundMetres(following.boundaryDistanceM), following.nearestBoundary?.road ?? null) : p.noBoundary}
          </span>
        )}
        <span class="patrol__fix">
          {fix ? p.fix(roundMetres(fix.accuracyM), ageText) : state.kind === 'starting' ? p.noFixYet(Math.floor((now - started.current) / 1000)) : ''}
          {stale && <strong class="patrol__stale"> ⚠ {p.stale}</strong>}
        </span>
        {/* Quiet where the lock is unavailable: patrol works without it. */}
        {wake === 'held' && <span class="muted">{p.wakeLockOn}</span>}
      </p>
      <div class="patrol__buttons">
        {toggle}
        <button type="button" class="btn btn--small" aria-pressed={sound} aria-label={p.soundLabel} onClick={toggleSound}>
          {p.sound}
        </button>
        {showLaw}
      </div>
      {(message || stale) && (
        <p class="patrol__note small" role="status">
          {message ?? p.staleHint(STALE_MS / 1000)}
        </p>
      )}
      <div role="alert" class="patrol-alert-slot">
        {alert && (
          <div class={`patrol-alert patrol-alert--${alert.kind}`} key={alert.id} data-kind={alert.kind}>
            <p>{alert.text}</p>
            <button type="button" class="btn btn--small" onClick={() => setAlert(null)}>
              {p.dismiss}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
