import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { isInputError, type Activity, type EvaluateResult, type InputError, type Verdict } from '../core/types';
import { LangContext, STRINGS, initialLang, rememberLang, type Lang } from '../i18n';
import type { AppData } from './data';
import { chinaParts, chinaYear } from './chinaTime';
import { parseUrl, shareUrl, type Place } from './url';
import { postToParent, MESSAGE_SOURCE } from './embed';
import { VerdictCard, type ZoneInfo } from './verdict/VerdictCard';
import { TimePanel } from './time/TimePanel';
import { SeasonStrip, type Season } from './time/SeasonStrip';
import { PlacePanel } from './place/PlacePanel';
import { locate, type GeoState } from './place/geolocate';
import { ActivityToggle } from './activity/ActivityToggle';
import { ShareButton } from './share/ShareButton';
import { MapSlot } from './mapslot/MapSlot';
import { UpdatePrompt } from './update/UpdatePrompt';
import type { UpdateHandle } from '../pwa/register';
import type { AboutProps, NoticeLike } from './about/AboutDialog';

interface Props {
  load: () => Promise<AppData>;
}

type DataState = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; data: AppData };

function zoneInfo(data: AppData, id: string | null): ZoneInfo | null {
  if (!id) return null;
  const p = data.engine.zoneProps.find((z) => z.id === id);
  if (!p) return null;
  return { name: String(p.name ?? id), article: p.article ?? null, approximate: !!p.approximate, maxErrorM: Number(p.maxErrorM ?? 0) };
}

/** A verdict minus its instant: embedders get a message when the answer changes, not every second. */
function signature(v: Verdict): string {
  return JSON.stringify([v.status, v.zoneId, v.window, v.next, v.position, v.activity, v.projected, v.nearBoundary]);
}

export function App({ load }: Props) {
  const url = useMemo(() => parseUrl(location.search), []);
  const [lang, setLang] = useState<Lang>(() => initialLang(new URLSearchParams(location.search)));
  const s = STRINGS[lang];
  const [dataState, setDataState] = useState<DataState>({ kind: 'loading' });
  const [place, setPlace] = useState<Place | null>(url.place);
  const [mode, setMode] = useState<'now' | 'chosen'>(url.at != null ? 'chosen' : 'now');
  const [chosenMs, setChosenMs] = useState<number>(url.at ?? Date.now());
  const [nowMs, setNowMs] = useState(() => Date.now());
  const [activity, setActivity] = useState<Activity>(url.activity ?? 'fire');
  const [project, setProject] = useState(url.project);
  const [geo, setGeo] = useState<GeoState>({ kind: 'idle' });
  const [painted, setPainted] = useState(false);
  const [update, setUpdate] = useState<UpdateHandle | null>(null);
  const [About, setAbout] = useState<ComponentType<AboutProps> | null>(null);
  const embed = url.embed;

  const fetchData = useCallback(() => {
    setDataState({ kind: 'loading' });
    load().then(
      (data) => setDataState({ kind: 'ready', data }),
      () => setDataState({ kind: 'failed' }),
    );
  }, [load]);
  useEffect(fetchData, [fetchData]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = s.appTitle;
  }, [lang]);

  // The live clock ticks each second only in "now" mode.
  useEffect(() => {
    if (mode !== 'now') return;
    const t = setInterval(() => setNowMs(Date.now()), 1000);
    return () => clearInterval(t);
  }, [mode]);

  const atMs = mode === 'now' ? Math.floor(nowMs / 1000) * 1000 : chosenMs;
  const data = dataState.kind === 'ready' ? dataState.data : null;
  // In "now" mode the answer is recomputed only when it can change (the current window ends or the
  // next begins) and once a minute for safety; the clock and countdown tick every second without it.
  const [liveEvalMs, setLiveEvalMs] = useState(atMs);
  const evalMs = mode === 'now' ? liveEvalMs : chosenMs;

  // The engine answers asynchronously (it lives in a worker); a stale answer is dropped.
  const [result, setResult] = useState<EvaluateResult | null>(null);
  useEffect(() => {
    if (!data || !place) {
      setResult(null);
      return;
    }
    let current = true;
    data.engine
      .evaluate({ lat: place.lat, lng: place.lng, crs: place.crs, at: evalMs, activity, accuracyM: place.accuracyM, project })
      .then((r) => current && setResult(r))
      .catch(() => current && setDataState({ kind: 'failed' }));
    return () => {
      current = false;
    };
  }, [data, place, evalMs, activity, project]);
  const verdict = result && !isInputError(result) ? result : null;
  const evalError: InputError | null = result && isInputError(result) ? result : null;

  const transitionMs = verdict?.window ? Date.parse(verdict.window.end) : verdict?.next ? Date.parse(verdict.next.start) : Infinity;
  useEffect(() => {
    if (mode === 'now' && (atMs >= transitionMs || atMs - liveEvalMs >= 60_000 || atMs < liveEvalMs)) setLiveEvalMs(atMs);
  }, [mode, atMs, transitionMs, liveEvalMs]);

  // The coming (or current) Spring Festival season: from April on, this year's is over (a
  // season ends by 正月廿四, mid-March at the latest), so show next year's.
  const year = chinaYear(atMs) + (chinaParts(atMs).mo >= 4 ? 1 : 0);
  const [season, setSeason] = useState<Season | null>(null);
  useEffect(() => {
    if (!data) return;
    let current = true;
    // The strip always shows a year's windows: from its notice, or projected (and labelled so).
    data.engine.seasonWindows(year, true).then(
      (w) => current && setSeason({ year, ...w }),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [data, year]);

  // First paint of the answer (or of the place prompt): only now may the map and the service worker load.
  useEffect(() => {
    if (painted || !data || (place && !result)) return;
    // After the next frame; the timer covers pages that get no frames (hidden tabs, some headless runs).
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      performance.mark('qz:verdict-painted');
      setPainted(true);
    };
    requestAnimationFrame(() => setTimeout(go, 0));
    setTimeout(go, 200);
  }, [data, result, painted]);

  useEffect(() => {
    if (!painted) return;
    import('../pwa/register').then((m) => m.registerServiceWorker(setUpdate)).catch(() => {});
  }, [painted]);

  // Embedding pages hear about each new answer (and about bad parameters).
  const lastPosted = useRef<string>('');
  useEffect(() => {
    if (!embed) return;
    if (verdict) {
      const sig = signature(verdict);
      if (sig === lastPosted.current) return;
      lastPosted.current = sig;
      postToParent({ source: MESSAGE_SOURCE, version: 1, type: 'verdict', verdict });
    } else if (url.errors.length || evalError) {
      const sig = 'error:' + JSON.stringify([url.errors, evalError]);
      if (sig === lastPosted.current) return;
      lastPosted.current = sig;
      postToParent({ source: MESSAGE_SOURCE, version: 1, type: 'error', errors: [...url.errors, ...(evalError ? [evalError] : [])] });
    }
  }, [embed, verdict, evalError]);

  const onLocate = () => {
    setGeo({ kind: 'locating' });
    locate(
      (f) => {
        setGeo({ kind: 'idle' });
        setPlace({ lat: f.lat, lng: f.lng, crs: 'wgs84', accuracyM: f.accuracyM, source: 'gps' });
      },
      (reason) => setGeo({ kind: 'error', reason }),
    );
  };
  const onPick = useCallback((lat: number, lng: number) => setPlace({ lat, lng, crs: 'wgs84', source: 'map' }), []);
  const toggleLang = () => {
    const next: Lang = lang === 'zh-CN' ? 'en' : 'zh-CN';
    setLang(next);
    rememberLang(next);
  };
  const openAbout = () => {
    import('./about/AboutDialog').then((m) => setAbout(() => m.default)).catch(() => {});
  };

  // Until the first answer is ready only the header and a verdict-sized placeholder are drawn:
  // nothing below it can be pushed around when the answer arrives (no layout shift).
  // Only the first load waits: later places keep the page (and the map) in place while computing.
  const [settled, setSettled] = useState(false);
  const waiting = !settled && (dataState.kind === 'loading' || (dataState.kind === 'ready' && !!place && !result));
  useEffect(() => {
    if (!waiting && !settled && dataState.kind !== 'loading') setSettled(true);
  }, [waiting, settled, dataState.kind]);
  const placeholder =
    waiting || (data && place && !result)
      ? { title: s.loadingData, text: '', loading: waiting }
      : dataState.kind === 'failed'
        ? { title: s.dataFailed, text: '', action: { label: s.retry, run: fetchData } }
        : evalError
          ? { title: s.paramError.replace(/[:：]\s*$/, ''), text: `${evalError.field}: ${evalError.message}` }
          : undefined;

  const zone = data && verdict ? zoneInfo(data, verdict.zoneId) : null;
  const accuracy = place?.accuracyM ?? null;
  const errors = url.errors;
  const link = verdict
    ? shareUrl(location.origin + location.pathname, { lat: verdict.position.lat, lng: verdict.position.lng, atMs, activity, project })
    : null;

  const errorBox = errors.length > 0 && (
    <div class="note note--error" role="alert">
      {errors.map((e, i) => (
        <p key={i}>
          {s.paramError}
          <code>{e.field}</code> — {e.message} {s.paramErrorHint}
        </p>
      ))}
    </div>
  );

  if (embed) {
    return (
      <LangContext.Provider value={s}>
        <main class="app app--embed" id="main">
          {errorBox}
          <VerdictCard verdict={verdict} zone={zone} accuracyM={accuracy} placeholder={placeholder} compact level={1} />
          <p class="small embed__foot">
            <a href={link ?? location.pathname} target="_blank" rel="noopener">
              {s.embedOpenFull}
            </a>{' '}
            · © OpenStreetMap (ODbL)
          </p>
        </main>
      </LangContext.Provider>
    );
  }

  return (
    <LangContext.Provider value={s}>
      <a class="skip" href="#verdict">
        {s.skipToVerdict}
      </a>
      <header class="bar">
        <div>
          <h1 class="bar__title">{s.appTitle}</h1>
          <p class="bar__sub" lang="zh-CN">
            {s.appSubtitle}
          </p>
        </div>
        <div class="bar__actions">
          <button type="button" class="btn btn--ghost" onClick={toggleLang} aria-label={s.langToggleLabel} lang={lang === 'en' ? 'zh-CN' : 'en'}>
            {s.langToggle}
          </button>
          <button type="button" class="btn btn--ghost" onClick={openAbout} aria-haspopup="dialog">
            {s.about}
          </button>
        </div>
      </header>
      <main class="app" id="main">
        {errorBox}
        <VerdictCard verdict={verdict} zone={zone} accuracyM={accuracy} placeholder={placeholder} />
        {!waiting && (
          <>
        <TimePanel
          mode={mode}
          atMs={atMs}
          verdict={verdict}
          project={project}
          onMode={(m) => {
            if (m === 'chosen') setChosenMs(atMs);
            else {
              const now = Date.now();
              setNowMs(now);
              setLiveEvalMs(Math.floor(now / 1000) * 1000);
            }
            setMode(m);
          }}
          onChosen={setChosenMs}
          onProject={setProject}
        />
        <ActivityToggle value={activity} onChange={setActivity} />
        <PlacePanel place={place} geo={geo} onLocate={onLocate} onTyped={setPlace} />
        {data && (
          <MapSlot
            allowed={painted}
            geo={data.geo}
            position={verdict?.position ?? null}
            accuracyM={accuracy}
            onPick={onPick}
            chip={verdict ? { status: verdict.status, word: s.status[verdict.activity][verdict.status], zone: s.zoneLabel[verdict.zone ?? 'none'] } : null}
          />
        )}
        {season && <SeasonStrip season={season} atMs={atMs} zone={verdict?.zone ?? null} status={verdict?.status ?? null} />}
        <ShareButton url={link} />
          </>
        )}
      </main>
      {!waiting && (
      <footer class="foot">
        <p class="small">
          © OpenStreetMap contributors (ODbL 1.0) ·{' '}
          <button type="button" class="link" onClick={openAbout}>
            {s.about}
          </button>
        </p>
      </footer>
      )}
      {update && <UpdatePrompt onReload={update.apply} />}
      {About && data && <About ruleSets={data.engine.ruleSets as unknown as NoticeLike[]} zoneProps={data.engine.zoneProps} onClose={() => setAbout(null)} />}
    </LangContext.Provider>
  );
}
