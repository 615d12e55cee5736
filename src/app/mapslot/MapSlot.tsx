import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren, ComponentType } from 'preact';
import { useStrings, type Lang } from '../../i18n';
import type { MapUrls, MapViewProps } from '../../map/MapView';
import type { MapWords } from '../../i18n/map';
import type { Status } from '../../core';
import { BASEMAP_URL } from '../data';
import { hasWebGL } from './webgl';
import { StatusIcon } from '../verdict/StatusIcon';
import './map-note.css';

type State = 'waiting' | 'loading' | 'ready' | 'no-webgl' | 'failed';

/** Legend entries, in order; each names its swatch class (styles.css) and its label (strings.ts). */
const LEGEND = ['prohibited', 'approx', 'band', 'county', 'position'] as const;

const DATA = `${import.meta.env.BASE_URL}data/`;
/** The map's files: the basemap, names and error bands (public/data) and the self-hosted glyphs (public/fonts). */
function mapUrls(): MapUrls {
  return {
    basemap: BASEMAP_URL,
    labels: `${DATA}labels.geojson`,
    bands: `${DATA}error-bands.geojson`,
    // Absolute, with the template's braces left as they are (new URL() would escape them).
    glyphs: `${location.origin}${import.meta.env.BASE_URL}fonts/{fontstack}/{range}.pbf`,
  };
}

interface Props extends Omit<MapViewProps, 'label' | 'locateLabel' | 'controls' | 'onFail' | 'onRoadsUnavailable' | 'zones' | 'edges' | 'urls'> {
  /** The zone file's bytes; decoded into GeoJSON by the lazy map chunk, only when the map opens. */
  zoneData: ArrayBuffer;
  /** True once the first verdict (or the place prompt) is painted: only then may the map load. */
  allowed: boolean;
  /** The current answer repeated over the map, so a tap shows its result where the finger is. */
  chip: { status: Status; word: string; zone: string } | null;
  onClearFocus: () => void;
  /** 报告边界问题 for the chosen place, under the map (verdict/CardFoot, lazy). */
  report?: ComponentChildren;
}

/**
 * Holds the place for the lazy map. maplibre-gl is requested only after the verdict is painted
 * and a fifth of the map area is on screen (or the user asks for it), so it never delays the
 * answer and costs nothing to someone who never looks at the map;
 * a missing WebGL or a failed load leaves a message and everything else working.
 */
export function MapSlot(props: Props) {
  const s = useStrings();
  const [state, setState] = useState<State>('waiting');
  const [wanted, setWanted] = useState(false);
  const [View, setView] = useState<ComponentType<MapViewProps> | null>(null);
  const [words, setWords] = useState<Record<Lang, MapWords> | null>(null);
  const [geo, setGeo] = useState<Pick<MapViewProps, 'zones' | 'edges'> | null>(null);
  /** The basemap failed to load: the map says so over the zones it still draws. */
  const [noRoads, setNoRoads] = useState(false);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = box.current;
    if (!el || wanted) return;
    if (!('IntersectionObserver' in window)) {
      setWanted(true);
      return;
    }
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setWanted(true), { threshold: 0.2 });
    io.observe(el);
    return () => io.disconnect();
  }, [wanted]);

  // A road or an area chosen in the search is shown on the map: load it, and bring it into view.
  const { focus } = props;
  useEffect(() => {
    if (!focus) return;
    setWanted(true);
    // The whole panel, so the caption under the map (what is highlighted) shows too.
    box.current?.closest('section')?.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  }, [focus]);

  useEffect(() => {
    if (!props.allowed || !wanted || state !== 'waiting') return;
    if (!hasWebGL()) {
      setState('no-webgl');
      return;
    }
    setState('loading');
    performance.mark('qz:map-requested');
    // The map controls' words come with the map, not in the first load.
    Promise.all([import('../../map/MapView'), import('../../i18n/map')]).then(
      ([m, w]) => {
        setGeo(m.zoneGeoJson(props.zoneData));
        setView(() => m.MapView);
        setWords(w.MAP_WORDS);
        setState('ready');
      },
      () => setState('failed'),
    );
    // zoneData is read once, when the map opens; the bytes never change while the page lives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.allowed, wanted, state]);

  return (
    <section class="panel map-panel" aria-labelledby="map-h">
      <h2 id="map-h" class="panel__title">
        {s.mapHeading}
      </h2>
      <div ref={box} class="map-box" data-map-state={state}>
        {state === 'ready' && View && words && geo && (
          <View
            // Another language, another map: maplibre sets its control texts only when built.
            key={s.lang}
            {...geo}
            urls={mapUrls()}
            position={props.position}
            accuracyM={props.accuracyM}
            focus={focus}
            onPick={props.onPick}
            onLocate={props.onLocate}
            label={s.mapLabel}
            locateLabel={words[s.lang].locate}
            controls={words[s.lang].controls}
            onFail={() => setState('failed')}
            onRoadsUnavailable={() => setNoRoads(true)}
          />
        )}
        {state === 'ready' && noRoads && (
          <p class="map-note note note--warn" role="status">
            {s.mapRoadsUnavailable}
          </p>
        )}
        {state === 'ready' && props.chip && (
          // A visual echo only: screen readers already hear the verdict card's live region.
          <p class={`map-chip verdict--${props.chip.status}`} aria-hidden="true">
            <StatusIcon status={props.chip.status} />
            <strong class="verdict__word">{props.chip.word}</strong> <span>{props.chip.zone}</span>
          </p>
        )}
        {(state === 'waiting' || state === 'loading') && (
          <div class="map-box__msg">
            {state === 'waiting' && !wanted ? (
              <button type="button" class="btn" onClick={() => setWanted(true)}>
                {s.mapShow}
              </button>
            ) : (
              <p>{s.mapLoading}</p>
            )}
          </div>
        )}
        {(state === 'no-webgl' || state === 'failed') && (
          <div class="map-box__msg" role="status">
            <p class="note note--warn">{state === 'no-webgl' ? s.mapNoWebGL : s.mapFailed}</p>
          </div>
        )}
      </div>
      {focus && (
        <p class="map-focus">
          <span>{focus.label}</span>
          <button type="button" class="btn btn--small" onClick={props.onClearFocus}>
            {s.mapClearFocus}
          </button>
        </p>
      )}
      {props.report}
      <ul class="legend" aria-label={s.mapHeading}>
        {LEGEND.map((key) => (
          <li key={key}>
            <span class={`legend__swatch legend__swatch--${key}`} aria-hidden="true" />
            {s.mapLegend[key]}
          </li>
        ))}
      </ul>
    </section>
  );
}
