/**
 * The place search field ("搜索地点"), a lazy chunk: one field for names (roads, bridges, zones,
 * counties: Chinese, pinyin, initials) and for pasted places (coordinates, DMS, map links,
 * WeChat text). ARIA 1.2 combobox with a listbox popup: arrow keys move the active option,
 * Enter chooses, Escape closes (then clears); the result count and every message go to one
 * polite live region. A road or an area is shown on the map; only coordinates become a place.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { useStrings } from '../../../i18n';
import { SEARCH_STRINGS, type SearchStrings } from '../../../i18n/search';
import { isPlaceIndexError, loadPlaceIndex, PLACE_INDEX_PATH, type PlaceIndex, type PlaceIndexError } from '../../../places';
import type { MapFocus } from '../../../map/focus';
import type { ChosenPlace } from '../../state/query';
import { formatCoord } from '../../format';
import { contextLine, focusFor, lengthsLine, nearBoundaryLine } from './describe';
import { suggest, type PastedPosition, type SearchOption, type Suggestion } from './suggest';
import './search.css';

export interface PlaceSearchProps {
  /** Coordinates read from the field: the page checks them like typed ones. */
  onPlace: (p: ChosenPlace) => void;
  /** A road or an area to show on the map (null: nothing). */
  onFocus: (f: MapFocus | null) => void;
}

type Chosen = Exclude<SearchOption, { kind: 'reading' }>;

const INDEX_URL = `${import.meta.env.BASE_URL}${PLACE_INDEX_PATH}`;
/** One load per page, shared by every mount of the field. */
let indexPromise: Promise<PlaceIndex | PlaceIndexError> | null = null;

const asPlace = (p: PastedPosition): ChosenPlace => ({ lat: p.lat, lng: p.lng, crs: p.crs, accuracyM: p.accuracyM, source: 'pasted' });

function OptionBody({ o, t }: { o: SearchOption; t: SearchStrings }) {
  switch (o.kind) {
    case 'place':
      return (
        <>
          <span class="search__name" lang="zh-CN">{o.place.name}</span>
          <span class="search__ctx">{contextLine(o.place, t)}</span>
        </>
      );
    case 'unlocated':
      return (
        <>
          <span class="search__name" lang="zh-CN">{o.name.name}</span>
          <span class="search__ctx">{t.unlocatedOption}</span>
        </>
      );
    case 'position':
      return (
        <>
          <span class="search__name">{t.checkThis}</span>
          <span class="search__ctx">
            {t.reading(formatCoord(o.position.lat), formatCoord(o.position.lng))} · {t.via[o.position.source]} · {t.crsShort[o.position.crs]}
          </span>
        </>
      );
    case 'reading':
      return <span class="search__name">{t.reading(formatCoord(o.position.lat), formatCoord(o.position.lng))}</span>;
  }
}

/** The line the live region reads for a suggestion (options: their count). */
function message(sug: Suggestion, value: string, t: SearchStrings): { text: string; tone: 'info' | 'warn' | 'error' } | null {
  switch (sug.kind) {
    case 'empty':
      return null;
    case 'options':
      return sug.ask ? { text: t.ask, tone: 'warn' } : null;
    case 'needs-network':
      return { text: t.needsNetwork(t.providers[sug.provider]), tone: 'warn' };
    case 'error':
      return { text: t.pasteErrors[sug.code], tone: 'error' };
    case 'loading':
      return { text: t.loadingIndex, tone: 'info' };
    case 'index-failed':
      return { text: t.indexFailed, tone: 'error' };
    case 'no-match':
      return { text: t.noMatch(value.trim().slice(0, 40)), tone: 'info' };
  }
}

function ChosenDetail({ c, t, onAsGcj }: { c: Chosen; t: SearchStrings; onAsGcj: () => void }) {
  if (c.kind === 'unlocated') return <p class="note note--warn">{t.unlocated(c.name.zoneName)}</p>;
  if (c.kind === 'position') {
    const p = c.position;
    return (
      <div class="search__chosen">
        <p>{t.checked(t.via[p.source], p.crs)}</p>
        {p.label && <p class="muted">{t.linkLabel(p.label)}</p>}
        {p.crsAssumed && (
          <p class="note note--warn search__assumed">
            <span>{t.crsAssumed}</span>
            <button type="button" class="btn btn--small" onClick={onAsGcj}>
              {t.asGcj}
            </button>
          </p>
        )}
      </div>
    );
  }
  const p = c.place;
  const lengths = lengthsLine(p, t);
  const near = nearBoundaryLine(p, t);
  return (
    <div class="search__chosen">
      <p>
        <strong lang="zh-CN">{p.name}</strong> <span class="muted">{contextLine(p, t)}</span>
      </p>
      {lengths && <p class="search__lengths">{lengths}</p>}
      {near && <p class="muted">{near}</p>}
      <p class="muted small">{p.osm ? t.roadTap : t.areaTap}</p>
    </div>
  );
}

export function PlaceSearch({ onPlace, onFocus }: PlaceSearchProps) {
  const s = useStrings();
  const t = SEARCH_STRINGS[s.lang];
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const pasting = useRef(false);
  const [value, setValue] = useState('');
  const [index, setIndex] = useState<PlaceIndex | PlaceIndexError | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [chosen, setChosen] = useState<Chosen | null>(null);

  const sug = useMemo(() => suggest(value, index), [value, index]);
  const options = sug.kind === 'options' ? sug.options : [];
  const ask = sug.kind === 'options' && sug.ask;
  const expanded = open && options.length > 0;
  const msg = chosen ? null : message(sug, value, t);
  const optId = (i: number) => `${id}-o${i}`;

  const needIndex = () => {
    if (index && !isPlaceIndexError(index)) return;
    indexPromise ??= loadPlaceIndex(INDEX_URL);
    void indexPromise.then((r) => {
      // A failed load (offline before the first visit cached it) is tried again on the next focus.
      if (isPlaceIndexError(r)) indexPromise = null;
      setIndex(r);
    });
  };

  // On a phone the field sits mid-page and the keyboard takes the lower half: when the list
  // opens with no room under the field, bring the field to the top so the results show.
  useEffect(() => {
    const el = root.current;
    if (!expanded || !el) return;
    const room = (window.visualViewport?.height ?? innerHeight) - el.getBoundingClientRect().bottom;
    if (room < 200) el.scrollIntoView({ block: 'start' });
  }, [expanded]);

  useEffect(() => {
    if (expanded && active >= 0) document.getElementById(optId(active))?.scrollIntoView({ block: 'nearest' });
    // optId is derived from id, which is stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [expanded, active]);

  const choose = (o: SearchOption) => {
    setOpen(false);
    setActive(-1);
    if (o.kind === 'place') {
      setValue(o.place.name);
      setChosen(o);
      onFocus(focusFor(o.place, t));
    } else if (o.kind === 'unlocated') {
      setValue(o.name.name);
      setChosen(o);
      onFocus(null);
    } else {
      setChosen({ kind: 'position', id: o.id, position: o.position });
      onPlace(asPlace(o.position));
    }
  };

  const onInput = (v: string) => {
    setValue(v);
    setChosen(null);
    setActive(-1);
    setOpen(true);
    needIndex();
    // A pasted place with one reading is checked at once; typed text waits for a choice.
    const pasted = pasting.current;
    pasting.current = false;
    const now = suggest(v, index);
    if (pasted && now.kind === 'options' && now.options.length === 1 && now.options[0]!.kind === 'position') choose(now.options[0]!);
  };

  // A text field drops line breaks from what is pasted ("21.965⏎108.63" would become one
  // number): pasted lines are joined with spaces instead.
  const onPaste = (e: ClipboardEvent) => {
    pasting.current = true;
    const text = e.clipboardData?.getData('text') ?? '';
    if (!/[\r\n]/.test(text)) return;
    e.preventDefault();
    const el = e.currentTarget as HTMLInputElement;
    const start = el.selectionStart ?? el.value.length;
    const end = el.selectionEnd ?? start;
    onInput(el.value.slice(0, start) + text.trim().replace(/\s*[\r\n]+\s*/g, ' ') + el.value.slice(end));
  };

  const clear = () => {
    setValue('');
    setChosen(null);
    setOpen(false);
    setActive(-1);
    onFocus(null);
    input.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const n = options.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!n) return;
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (!expanded || a < 0 ? (step > 0 ? 0 : n - 1) : (a + step + n) % n));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (expanded && active >= 0) choose(options[active]!);
      else if (n > 0 && !ask) choose(options[0]!);
    } else if (e.key === 'Escape') {
      if (expanded) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (value) {
        e.preventDefault();
        clear();
      }
    }
  };

  const listId = `${id}-list`;
  const msgId = `${id}-msg`;
  return (
    <div class="search" ref={root}>
      <label for={`${id}-q`} class="search__label">
        {s.searchLabel}
      </label>
      <div class="search__field">
        <input
          ref={input}
          id={`${id}-q`}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optId(active) : undefined}
          aria-describedby={`${id}-hint ${msgId}`}
          aria-invalid={sug.kind === 'error' && !chosen}
          autoComplete="off"
          autoCapitalize="off"
          spellcheck={false}
          enterKeyHint="search"
          placeholder={t.placeholder}
          value={value}
          onFocus={needIndex}
          onPaste={onPaste}
          onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        {value && (
          <button type="button" class="search__clear" aria-label={t.clear} title={t.clear} onClick={clear}>
            <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true">
              <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
            </svg>
          </button>
        )}
      </div>
      <ul id={listId} role="listbox" aria-label={s.searchLabel} class="search__list" hidden={!expanded}>
        {expanded &&
          options.map((o, i) => (
            <li
              key={o.id}
              id={optId(i)}
              role="option"
              aria-selected={i === active}
              class={`search__opt search__opt--${o.kind}`}
              // Keep the focus in the field: the choice happens on click.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(o)}
            >
              <OptionBody o={o} t={t} />
            </li>
          ))}
      </ul>
      <p id={`${id}-hint`} class="small muted search__hint">
        {t.hint}
      </p>
      <div id={msgId} role="status" aria-live="polite" class="search__status">
        {msg && <p class={`note${msg.tone === 'error' ? ' note--error' : msg.tone === 'warn' ? ' note--warn' : ''}`}>{msg.text}</p>}
        {expanded && !ask && <span class="visually-hidden">{t.count(options.length)}</span>}
      </div>
      {chosen && (
        <ChosenDetail
          c={chosen}
          t={t}
          onAsGcj={() => {
            if (chosen.kind !== 'position') return;
            const position: PastedPosition = { ...chosen.position, crs: 'gcj02', crsAssumed: false };
            setChosen({ ...chosen, position });
            onPlace(asPlace(position));
          }}
        />
      )}
    </div>
  );
}
