import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { LangContext, initialLang, loadStrings, rememberLang, stringsOf, type Lang } from '../i18n';
import type { AppData } from './data';
import { appBase, parseUrl, shareUrl } from './url';
import { initialQuery } from './state/query';
import { rememberProject } from './state/prefs';
import { latestNotice } from './verdict/when';
import { useQuery } from './hooks/useQuery';
import { useAppData } from './hooks/useAppData';
import { useClock } from './hooks/useClock';
import { useVerdict } from './hooks/useVerdict';
import { comingSeasonYear, useSeason } from './hooks/useSeason';
import { usePhase } from './hooks/usePhase';
import type { EmbedBridgeProps } from './hooks/useEmbedMessages';
import { useGeolocation } from './hooks/useGeolocation';
import { useServiceWorker } from './hooks/useServiceWorker';
import { placeholderFor, verdictView } from './verdict/placeholder';
import { Header } from './header/Header';
import { ParamErrors } from './verdict/ParamErrors';
import { VerdictCard, type ZoneInfo } from './verdict/VerdictCard';
import { TimePanel } from './time/TimePanel';
import { LazySeasonStrip } from './time/LazySeasonStrip';
import { PlacePanel } from './place/PlacePanel';
import type { Fix } from './place/geolocate';
import { ActivityToggle } from './activity/ActivityToggle';
import { ShareButton } from './share/ShareButton';
import { MapSlot } from './mapslot/MapSlot';
import { UpdatePrompt } from './update/UpdatePrompt';
import { BoundaryNote } from './degraded/BoundaryNote';
import type { AboutProps } from './about/AboutDialog';
import type { MapFocus } from '../map/focus';
import { Tools } from './tools/Tools';
import { featuresFor } from './tools/features';
import { LazyNear } from './tools/near';
import { loadActions, loadMapReport } from './verdict/foot';

function zoneInfo(data: AppData, id: string | null): ZoneInfo | null {
  const p = id ? data.engine.zoneProps.find((z) => z.id === id) : null;
  if (!p) return null;
  return { name: String(p.name ?? id), article: p.article ?? null, approximate: !!p.approximate, maxErrorM: Number(p.maxErrorM ?? 0) };
}

/**
 * The page: one query (useQuery: place, time, activity, projection), the engine's answer for
 * it, and the view of that answer (verdictView) that the card, the readiness phase and the
 * embed messages all read.
 */
export function App({ load }: { load: (fresh?: string) => Promise<AppData> }) {
  const url = useMemo(() => parseUrl(location.search), []);
  const features = useMemo(() => featuresFor(location.search, url.embed), [url.embed]);
  // English words are a lazy chunk: main.tsx renders an English page once they are in (app/language.ts).
  const [lang, setLang] = useState<Lang>(() => {
    const l = initialLang(new URLSearchParams(location.search));
    return stringsOf(l) ? l : 'zh-CN';
  });
  const s = stringsOf(lang)!;
  const [query, dispatch] = useQuery(url);
  const [About, setAbout] = useState<ComponentType<AboutProps> | null>(null);
  // A road or an area chosen in the place search, shown on the map (never a position).
  const [focus, setFocus] = useState<MapFocus | null>(null);
  const { state: dataState, retry, fail } = useAppData(load);
  const data = dataState.kind === 'ready' ? dataState.data : null;
  const engine = data?.engine ?? null;
  const notices = useMemo(() => data?.engine.ruleSets ?? [], [data]);
  const latest = latestNotice(notices);
  const clock = useClock(query.time);
  // The link's bad parameters, or those of the embed's last `check` message.
  const [ignored, setIgnored] = useState(url.errors);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = s.appTitle;
  }, [lang, s.appTitle]);

  const result = useVerdict(engine, query.place, clock.evalMs, query.activity, query.project, fail);
  const view = useMemo(() => verdictView(dataState, query.place, result), [dataState, query.place, result]);
  const verdict = view.kind === 'verdict' ? view.verdict : null;
  const transition = verdict?.until ? Date.parse(verdict.until) : Infinity;
  const { setTransition } = clock;
  useEffect(() => setTransition(transition), [setTransition, transition]);

  // The season the answer is about (or the coming one); embeds show no season strip, so they never ask for one.
  const seasonYear = verdict?.period?.year ?? comingSeasonYear(clock.atMs);
  const season = useSeason(url.embed ? null : engine, seasonYear, query.project);
  const live = query.time.mode === 'now';
  const phase = usePhase(view.kind);
  const waiting = phase === 'waiting';
  const update = useServiceWorker(phase === 'painted');
  const onCheck = useCallback(
    (search: string) => {
      const c = parseUrl(search);
      setIgnored(c.errors);
      dispatch({ type: 'replace', query: initialQuery(c, Date.now(), url.project ?? true) });
    },
    [dispatch, url.project],
  );
  // The embed's messages to and from its parent: a lazy chunk, loaded only with embed=1.
  const [EmbedBridge, setEmbedBridge] = useState<ComponentType<EmbedBridgeProps> | null>(null);
  useEffect(() => {
    if (url.embed) import('./hooks/useEmbedMessages').then((m) => setEmbedBridge(() => m.EmbedBridge)).catch(() => {});
  }, [url.embed]);

  const toPlace = useCallback((f: Fix) => dispatch({ type: 'place', place: { ...f, crs: 'wgs84', source: 'gps' } }), [dispatch]);
  const { geo, locate } = useGeolocation(toPlace);
  const onPick = useCallback((lat: number, lng: number) => dispatch({ type: 'place', place: { lat, lng, crs: 'wgs84', source: 'map' } }), [dispatch]);
  const toggleLang = () => {
    const next: Lang = lang === 'zh-CN' ? 'en' : 'zh-CN';
    loadStrings(next)
      .then(() => {
        setLang(next);
        rememberLang(next);
      })
      .catch(() => {});
  };
  const openAbout = () => {
    import('./about/AboutDialog').then((m) => setAbout(() => m.default)).catch(() => {});
  };

  const placeholder = placeholderFor(view, s, { firstLoad: waiting, retry, embed: url.embed });
  const zone = data && verdict ? zoneInfo(data, verdict.zoneId) : null;
  const accuracy = query.place?.accuracyM ?? null;
  // An embed that answers for "now" links to the app's "now" (not to the instant it was opened).
  const link = verdict
    ? shareUrl(appBase(), { lat: verdict.position.lat, lng: verdict.position.lng, atMs: url.embed && live ? null : clock.atMs, activity: query.activity, project: query.project })
    : null;
  const tools = <Tools features={features} verdict={verdict} place={query.place} zoneName={zone?.name ?? null} dispatch={dispatch} engine={engine} activity={query.activity} project={query.project} />;
  const stale = dataState.kind === 'ready' && !!dataState.stale;
  const cardClock = { atMs: clock.atMs, live };

  if (url.embed) {
    return (
      <LangContext.Provider value={s}>
        <main class="app app--embed" id="main">
          {EmbedBridge && <EmbedBridge view={view} ignored={ignored} engineReady={!!data} onCheck={onCheck} />}
          <ParamErrors errors={ignored} />
          <VerdictCard verdict={verdict} zone={zone} accuracyM={accuracy} placeholder={placeholder} compact level={1} notices={notices} clock={cardClock} stale={stale} />
          {verdict && engine?.boundaryUnavailable && <BoundaryNote />}
          {tools}
          <p class="small embed__foot">
            <a href={link ?? appBase()} target="_blank" rel="noopener">
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
      <Header lang={lang} docNo={(notices.find((n) => n.id === verdict?.ruleSet) ?? latest)?.docNo ?? ''} onToggleLang={toggleLang} onAbout={openAbout} />
      <main class="app" id="main">
        <ParamErrors errors={ignored} />
        <VerdictCard verdict={verdict} zone={zone} accuracyM={accuracy} placeholder={placeholder} notices={notices} clock={cardClock} stale={stale} actions={verdict && !waiting && <LazyNear load={loadActions} props={{ verdict, engine, place: query.place }} slot="verdict__actions-slot" />} />
        {verdict && engine?.boundaryUnavailable && <BoundaryNote />}
        {!waiting && (
          <>
            {tools}
            <TimePanel
              mode={query.time.mode}
              atMs={clock.atMs}
              project={query.project}
              patternDocNo={latest?.docNo ?? ''}
              seasonYear={seasonYear}
              onMode={(m) => dispatch(m === 'now' ? { type: 'now', at: Date.now() } : { type: 'choose', atMs: clock.atMs })}
              onChosen={(atMs) => dispatch({ type: 'choose', atMs })}
              onProject={(project) => {
                rememberProject(project);
                dispatch({ type: 'project', project });
              }}
            />
            <ActivityToggle value={query.activity} onChange={(activity) => dispatch({ type: 'activity', activity })} />
            <PlacePanel
              place={query.place}
              geo={geo}
              onLocate={locate}
              onTyped={(place) => dispatch({ type: 'place', place })}
              searchAllowed={phase === 'painted'}
              onFocus={setFocus}
            />
            {data && (
              <MapSlot
                allowed={phase === 'painted'}
                zoneData={data.zoneData}
                position={verdict?.position ?? null}
                accuracyM={accuracy}
                onPick={onPick}
                onLocate={locate}
                focus={focus}
                onClearFocus={() => setFocus(null)}
                chip={verdict ? { status: verdict.status, word: s.status[verdict.activity][verdict.status], zone: s.zoneLabel[verdict.zone ?? 'none'] } : null}
                report={verdict && <LazyNear load={loadMapReport} props={{ verdict, place: query.place }} slot="map-report-slot" />}
              />
            )}
            {season && (
              <LazySeasonStrip
                season={season}
                atMs={clock.atMs}
                live={live}
                zone={verdict?.period && verdict.period.year === season.year ? verdict.period.zone : (verdict?.zone ?? null)}
                status={verdict?.status ?? null}
                calendar={verdict && { verdict, engine }}
              />
            )}
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
