import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { isInputError, type Activity } from '../core/types';
import { LangContext, STRINGS, initialLang, rememberLang, type Lang } from '../i18n';
import type { AppData } from './data';
import { chinaParts } from './chinaTime';
import { parseUrl, shareUrl, type Place } from './url';
import { useClock } from './hooks/useClock';
import { useSeason, useVerdict } from './hooks/useEngine';
import { useEmbedMessages } from './hooks/useEmbedMessages';
import { useFirstPaint } from './hooks/useFirstPaint';
import { Header } from './header/Header';
import { ParamErrors } from './verdict/ParamErrors';
import { VerdictCard, type ZoneInfo } from './verdict/VerdictCard';
import { TimePanel } from './time/TimePanel';
import { SeasonStrip } from './time/SeasonStrip';
import { PlacePanel } from './place/PlacePanel';
import { locate, type GeoState } from './place/geolocate';
import { ActivityToggle } from './activity/ActivityToggle';
import { ShareButton } from './share/ShareButton';
import { MapSlot } from './mapslot/MapSlot';
import { UpdatePrompt } from './update/UpdatePrompt';
import type { UpdateHandle } from '../pwa/register';
import type { AboutProps } from './about/AboutDialog';

type DataState = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; data: AppData };

function zoneInfo(data: AppData, id: string | null): ZoneInfo | null {
  const p = id ? data.engine.zoneProps.find((z) => z.id === id) : null;
  if (!p) return null;
  return { name: String(p.name ?? id), article: p.article ?? null, approximate: !!p.approximate, maxErrorM: Number(p.maxErrorM ?? 0) };
}

export function App({ load }: { load: () => Promise<AppData> }) {
  const url = useMemo(() => parseUrl(location.search), []);
  const [lang, setLang] = useState<Lang>(() => initialLang(new URLSearchParams(location.search)));
  const s = STRINGS[lang];
  const [dataState, setDataState] = useState<DataState>({ kind: 'loading' });
  const [place, setPlace] = useState<Place | null>(url.place);
  const [activity, setActivity] = useState<Activity>(url.activity ?? 'fire');
  const [project, setProject] = useState(url.project);
  const [geo, setGeo] = useState<GeoState>({ kind: 'idle' });
  const [update, setUpdate] = useState<UpdateHandle | null>(null);
  const [About, setAbout] = useState<ComponentType<AboutProps> | null>(null);
  const clock = useClock(url.at);

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

  const data = dataState.kind === 'ready' ? dataState.data : null;
  const result = useVerdict(data, place, clock.evalMs, activity, project, () => setDataState({ kind: 'failed' }));
  const verdict = result && !isInputError(result) ? result : null;
  const evalError = result && isInputError(result) ? result : null;
  useEffect(() => {
    clock.setTransition(verdict?.window ? Date.parse(verdict.window.end) : verdict?.next ? Date.parse(verdict.next.start) : Infinity);
  }, [verdict?.window?.end, verdict?.next?.start]);

  // The coming (or current) Spring Festival season: from April on this year's is over (a season
  // ends by 正月廿四, mid-March at the latest), so the strip shows next year's. Embeds show no strip.
  const shown = chinaParts(clock.atMs);
  const season = useSeason(url.embed ? null : data, shown.y + (shown.mo >= 4 ? 1 : 0));

  // Only the map and the service worker wait for the first answer (or the place prompt) on screen.
  const painted = useFirstPaint(!!data && (!place || !!result));
  useEffect(() => {
    if (painted) import('../pwa/register').then((m) => m.registerServiceWorker(setUpdate)).catch(() => {});
  }, [painted]);

  const errors = useMemo(() => [...url.errors, ...(evalError ? [evalError] : [])], [evalError]);
  useEmbedMessages(url.embed, verdict, errors);

  // Until the first answer only the header and a verdict-sized placeholder are drawn, so nothing
  // below is pushed around when it arrives (no layout shift). Later answers keep the page in place.
  const [settled, setSettled] = useState(false);
  const waiting = !settled && (dataState.kind === 'loading' || (!!data && !!place && !result));
  useEffect(() => {
    if (!waiting && !settled) setSettled(true);
  }, [waiting, settled]);

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

  const placeholder =
    dataState.kind === 'loading' || (data && place && !result)
      ? { title: s.loadingData, text: '', loading: waiting }
      : dataState.kind === 'failed'
        ? { title: s.dataFailed, text: '', action: { label: s.retry, run: fetchData } }
        : evalError
          ? { title: s.paramError.replace(/[:：]\s*$/, ''), text: `${evalError.field}: ${evalError.message}` }
          : undefined;
  const zone = data && verdict ? zoneInfo(data, verdict.zoneId) : null;
  const accuracy = place?.accuracyM ?? null;
  const link = verdict
    ? shareUrl(location.origin + location.pathname, { lat: verdict.position.lat, lng: verdict.position.lng, atMs: clock.atMs, activity, project })
    : null;

  if (url.embed) {
    return (
      <LangContext.Provider value={s}>
        <main class="app app--embed" id="main">
          <ParamErrors errors={url.errors} />
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
      <Header lang={lang} onToggleLang={toggleLang} onAbout={openAbout} />
      <main class="app" id="main">
        <ParamErrors errors={url.errors} />
        <VerdictCard verdict={verdict} zone={zone} accuracyM={accuracy} placeholder={placeholder} />
        {!waiting && (
          <>
            <TimePanel
              mode={clock.mode}
              atMs={clock.atMs}
              verdict={verdict}
              project={project}
              onMode={clock.setMode}
              onChosen={clock.choose}
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
            {season && <SeasonStrip season={season} atMs={clock.atMs} zone={verdict?.zone ?? null} status={verdict?.status ?? null} />}
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
      {About && data && <About ruleSets={data.engine.ruleSets} zoneProps={data.engine.zoneProps} onClose={() => setAbout(null)} />}
    </LangContext.Provider>
  );
}
