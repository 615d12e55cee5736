import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { useStrings } from '../../i18n';
import type { MapViewProps } from '../../map/MapView';
import type { Status } from '../../core';
import { BASEMAP_URL } from '../data';
import { hasWebGL } from './webgl';
import { StatusIcon } from '../verdict/StatusIcon';

type State = 'waiting' | 'loading' | 'ready' | 'no-webgl' | 'failed';

/** Legend entries, in order; each names its swatch class (styles.css) and its label (strings.ts). */
const LEGEND = ['prohibited', 'approx', 'county', 'position'] as const;

interface Props extends Omit<MapViewProps, 'label' | 'onFail' | 'zones' | 'edges' | 'basemapUrl'> {
  /** The zone file's bytes; decoded into GeoJSON by the lazy map chunk, only when the map opens. */
  zoneData: ArrayBuffer;
  /** True once the first verdict (or the place prompt) is painted: only then may the map load. */
  allowed: boolean;
  /** The current answer repeated over the map, so a tap shows its result where the finger is. */
  chip: { status: Status; word: string; zone: string } | null;
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
  const [geo, setGeo] = useState<Pick<MapViewProps, 'zones' | 'edges'> | null>(null);
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

  useEffect(() => {
    if (!props.allowed || !wanted || state !== 'waiting') return;
    if (!hasWebGL()) {
      setState('no-webgl');
      return;
    }
    setState('loading');
    performance.mark('qz:map-requested');
    import('../../map/MapView').then(
      (m) => {
        setGeo(m.zoneGeoJson(props.zoneData));
        setView(() => m.MapView);
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
        {state === 'ready' && View && geo && (
          <View
            {...geo}
            basemapUrl={BASEMAP_URL}
            position={props.position}
            accuracyM={props.accuracyM}
            onPick={props.onPick}
            label={s.mapLabel}
            onFail={() => setState('failed')}
          />
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
