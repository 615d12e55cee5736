import { useId, useState } from 'preact/hooks';
import { CRS_VALUES, isInputError, parseEvaluateParams, type Crs, type InputError } from '../../core';
import { useStrings } from '../../i18n';
import { formatCoord, roundMetres } from '../format';
import type { ChosenPlace } from '../state/query';
import type { MapFocus } from '../../map/focus';
import type { CoordProblem } from '../../i18n/place';
import type { GeoState } from './geolocate';
import { coordProblem, foldDigits } from './coordProblem';
import { SearchSlot } from './SearchSlot';

interface Props {
  place: ChosenPlace | null;
  geo: GeoState;
  onLocate: () => void;
  onTyped: (p: ChosenPlace) => void;
  /** True once the first answer is painted: only then does the search field's chunk load. */
  searchAllowed: boolean;
  onFocus: (f: MapFocus | null) => void;
}

/** One coordinate input, marked invalid when the form's error names it. */
function CoordField(p: {
  formId: string;
  name: 'lat' | 'lng';
  label: string;
  placeholder: string;
  value: string;
  onValue: (v: string) => void;
  error: InputError | null;
  describedBy: string;
}) {
  return (
    <p class="field">
      <label for={`${p.formId}-${p.name}`}>{p.label}</label>
      <input
        id={`${p.formId}-${p.name}`}
        name={p.name}
        inputMode="decimal"
        autoComplete="off"
        placeholder={p.placeholder}
        value={p.value}
        aria-invalid={p.error?.field === p.name}
        aria-describedby={p.error ? `${p.formId}-err ${p.describedBy}` : p.describedBy}
        onInput={(e) => p.onValue((e.currentTarget as HTMLInputElement).value)}
      />
    </p>
  );
}

export function PlacePanel({ place, geo, onLocate, onTyped, searchAllowed, onFocus }: Props) {
  const s = useStrings();
  const id = useId();
  // A place that was typed or came in the link starts in the form, so it can be corrected.
  const typed = place?.source === 'typed' || place?.source === 'url' ? place : null;
  const [lat, setLat] = useState(typed ? String(typed.lat) : '');
  const [lng, setLng] = useState(typed ? String(typed.lng) : '');
  const [crs, setCrs] = useState<Crs>(place?.crs ?? 'wgs84');
  const [error, setError] = useState<InputError | null>(null);
  // What was wrong with the values as submitted (the fields may be edited since).
  const [problem, setProblem] = useState<CoordProblem | null>(null);

  const submit = (e: Event) => {
    e.preventDefault();
    const r = parseEvaluateParams({ lat: foldDigits(lat), lng: foldDigits(lng), crs });
    if (isInputError(r)) {
      setError(r);
      setProblem(coordProblem(r, { lat, lng }));
      return;
    }
    setError(null);
    setProblem(null);
    onTyped({ lat: r.lat, lng: r.lng, crs: r.crs ?? crs, source: 'typed' });
  };

  const errorLine = error && (problem ? s.coordError(s[problem.field], problem) : s.inputError(error));

  const geoMessage =
    geo.kind === 'error'
      ? { denied: s.geoDenied, unavailable: s.geoUnavailable, timeout: s.geoTimeout, unsupported: s.geoUnsupported }[geo.reason]
      : null;

  return (
    <section class="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} class="panel__title">
        {s.placeHeading}
      </h2>
      <SearchSlot allowed={searchAllowed} onPlace={onTyped} onFocus={onFocus} />
      <button type="button" class="btn btn--primary" onClick={onLocate} disabled={geo.kind === 'locating'} aria-describedby={`${id}-privacy`}>
        <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true">
          <circle cx="12" cy="12" r="4" fill="currentColor" />
          <path d="M12 2v4M12 18v4M2 12h4M18 12h4" stroke="currentColor" stroke-width="2" />
          <circle cx="12" cy="12" r="7.5" fill="none" stroke="currentColor" stroke-width="2" />
        </svg>
        {geo.kind === 'locating' ? s.locating : s.useMyPosition}
      </button>
      <p id={`${id}-privacy`} class="muted small">
        {s.positionNeverLeaves}
      </p>
      <div role="status" aria-live="polite">
        {geoMessage && <p class="note note--warn geo-error">{geoMessage}</p>}
        {place && (
          <p class="place__current">
            <strong>{s.placeFrom[place.source]}:</strong> {formatCoord(place.lat)}, {formatCoord(place.lng)}{' '}
            <span class="muted">{s.crsNames[place.crs]}</span>
            {place.accuracyM != null && place.accuracyM > 0 && <> · {s.accuracy(roundMetres(place.accuracyM))}</>}
          </p>
        )}
      </div>
      <form class="coords" onSubmit={submit} noValidate>
        <fieldset>
          <legend>{s.coordsLegend}</legend>
          <div class="coords__row">
            <CoordField formId={id} name="lat" label={s.lat} placeholder="21.968" value={lat} onValue={setLat} error={error} describedBy={`${id}-hint`} />
            <CoordField formId={id} name="lng" label={s.lng} placeholder="108.632" value={lng} onValue={setLng} error={error} describedBy={`${id}-hint`} />
          </div>
          <p id={`${id}-hint`} class="small muted coords__hint">
            {s.coordsHint}
          </p>
          <fieldset class="choices" aria-describedby={`${id}-hint`}>
            <legend>{s.crs}</legend>
            {CRS_VALUES.map((c) => (
              <label key={c} class="choice">
                <input type="radio" name="crs" value={c} checked={crs === c} onChange={() => setCrs(c)} />
                <span>{s.crsNames[c]}</span>
              </label>
            ))}
          </fieldset>
          {error && (
            <p id={`${id}-err`} class="note note--error" role="alert">
              {errorLine}
            </p>
          )}
          <button type="submit" class="btn">
            {s.check}
          </button>
        </fieldset>
      </form>
    </section>
  );
}
