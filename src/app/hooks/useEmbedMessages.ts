import { useEffect, useRef } from 'preact/hooks';
import type { InputError, Verdict } from '../../core/types';
import { MESSAGE_SOURCE, postToParent, type EmbedMessage } from '../embed';

/** A verdict minus its instant: embedders hear when the answer changes, not every second. */
function signature(v: Verdict): string {
  return JSON.stringify([v.status, v.zoneId, v.window, v.next, v.position, v.activity, v.projected, v.nearBoundary]);
}

/**
 * With embed=1, posts each new answer to window.parent, with the parameters that were ignored as
 * invalid; when there is no answer, posts the errors instead.
 */
export function useEmbedMessages(embed: boolean, verdict: Verdict | null, errors: InputError[]): void {
  const last = useRef('');
  useEffect(() => {
    if (!embed) return;
    const post = (sig: string, msg: EmbedMessage) => {
      if (sig === last.current) return;
      last.current = sig;
      postToParent(msg);
    };
    if (verdict) post(signature(verdict), { source: MESSAGE_SOURCE, version: 1, type: 'verdict', verdict, ignored: errors });
    else if (errors.length) post('error:' + JSON.stringify(errors), { source: MESSAGE_SOURCE, version: 1, type: 'error', errors });
  }, [embed, verdict, errors]);
}
