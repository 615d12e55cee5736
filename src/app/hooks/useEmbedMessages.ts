import { useEffect, useRef } from 'preact/hooks';
import type { InputError, InternalError, Verdict } from '../../core';
import { checkSearch, DATA_FAILED, NEEDS_PLACE, postToParent } from '../embed';
import type { VerdictView } from '../verdict/placeholder';

/** A verdict minus its instant: embedders hear when the answer changes, not every second. */
function signature(v: Verdict): string {
  return JSON.stringify([v.status, v.zoneId, v.window, v.next, v.period, v.position, v.activity, v.projected, v.nearBoundary]);
}

/** The engine's answer a view shows (the same object until the engine answers again). */
function resultOf(view: VerdictView): unknown {
  return view.kind === 'verdict' ? view.verdict : view.kind === 'invalid' ? view.error : null;
}

/** The errors that stand for an answer when none is possible; empty while one may still come. */
function errorsOf(view: VerdictView, ignored: InputError[]): (InputError | InternalError)[] {
  switch (view.kind) {
    case 'invalid':
      return [...ignored, view.error];
    case 'internal':
      return [...ignored, { error: 'internal', message: view.message }];
    case 'failed':
      return [...ignored, DATA_FAILED];
    case 'prompt':
      // Say what to pass, unless a bad lat/lng in the link already says it.
      return ignored.some((e) => e.field === 'lat' || e.field === 'lng') ? ignored : [...ignored, NEEDS_PLACE];
    default:
      return [];
  }
}

export interface EmbedBridgeProps {
  view: VerdictView;
  ignored: InputError[];
  engineReady: boolean;
  onCheck: (search: string) => void;
}

/**
 * The embed's side of the conversation with its parent page, as a component that renders
 * nothing: App loads it (a lazy chunk) only with embed=1, so the app's own first load does not
 * carry it. It starts before the engine is ready, so `ready` still precedes the first verdict.
 */
export function EmbedBridge({ view, ignored, engineReady, onCheck }: EmbedBridgeProps): null {
  useEmbedMessages(view, ignored, engineReady, onCheck);
  return null;
}

/**
 * Posts `ready` once the engine can answer, the page's `height` on every layout
 * change, each new answer as `verdict` (with the parameters ignored as invalid), and `error` only
 * when no answer is possible; hears `check` messages from the parent (`onCheck` gets them as URL
 * query text). Every check is answered, even with the same verdict as before.
 */
function useEmbedMessages(view: VerdictView, ignored: InputError[], engineReady: boolean, onCheck: (search: string) => void): void {
  const last = useRef('');
  const checks = useRef(0);
  const readySent = useRef(false);
  // The answer on screen when a check arrived: it is not the answer to that check.
  const current = useRef<unknown>(null);
  const superseded = useRef<unknown>(null);
  current.current = resultOf(view);

  useEffect(() => {
    if (!engineReady || readySent.current) return;
    readySent.current = true;
    postToParent({ type: 'ready' });
  }, [engineReady]);

  useEffect(() => {
    if (typeof ResizeObserver === 'undefined') return;
    let height = -1;
    const report = () => {
      const h = Math.ceil(document.body.getBoundingClientRect().height);
      if (h === height) return;
      height = h;
      postToParent({ type: 'height', height: h });
    };
    const ro = new ResizeObserver(report);
    ro.observe(document.body);
    report();
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const hear = (e: MessageEvent) => {
      if (e.source !== window.parent) return;
      const search = checkSearch(e.data);
      if (search === null) return;
      checks.current++;
      superseded.current = current.current;
      onCheck(search);
    };
    window.addEventListener('message', hear);
    return () => window.removeEventListener('message', hear);
  }, [onCheck]);

  useEffect(() => {
    if (superseded.current !== null && resultOf(view) === superseded.current) return;
    const post = (sig: string, send: () => void) => {
      const key = `${checks.current}:${sig}`;
      if (key === last.current) return;
      last.current = key;
      send();
    };
    if (view.kind === 'verdict') {
      post(signature(view.verdict), () => postToParent({ type: 'verdict', verdict: view.verdict, ignored }));
      return;
    }
    const errors = errorsOf(view, ignored);
    if (errors.length) post('error:' + JSON.stringify(errors), () => postToParent({ type: 'error', errors }));
  }, [view, ignored]);
}
