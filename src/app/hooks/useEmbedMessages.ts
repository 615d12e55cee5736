import { useEffect, useRef } from 'preact/hooks';
import type { InputError, InternalError, Verdict } from '../../core';
import { MESSAGE_SOURCE, postToParent, type EmbedMessage } from '../embed';
import type { VerdictView } from '../verdict/placeholder';

/** A verdict minus its instant: embedders hear when the answer changes, not every second. */
function signature(v: Verdict): string {
  return JSON.stringify([v.status, v.zoneId, v.window, v.next, v.position, v.activity, v.projected, v.nearBoundary]);
}

/** The errors that stand in for an answer: the link's bad parameters, then what the engine said. */
function errorsOf(view: VerdictView, ignored: InputError[]): (InputError | InternalError)[] {
  if (view.kind === 'invalid') return [...ignored, view.error];
  if (view.kind === 'internal') return [...ignored, { error: 'internal', message: view.message }];
  return ignored;
}

/**
 * With embed=1, posts each new answer to window.parent, with the parameters that were ignored as
 * invalid; when there is no answer, posts the errors instead.
 */
export function useEmbedMessages(embed: boolean, view: VerdictView, ignored: InputError[]): void {
  const last = useRef('');
  useEffect(() => {
    if (!embed) return;
    const post = (sig: string, msg: EmbedMessage) => {
      if (sig === last.current) return;
      last.current = sig;
      postToParent(msg);
    };
    if (view.kind === 'verdict') {
      post(signature(view.verdict), { source: MESSAGE_SOURCE, version: 1, type: 'verdict', verdict: view.verdict, ignored });
      return;
    }
    const errors = errorsOf(view, ignored);
    if (errors.length) post('error:' + JSON.stringify(errors), { source: MESSAGE_SOURCE, version: 1, type: 'error', errors });
  }, [embed, view, ignored]);
}
