/**
 * What an embedding page receives (documented in docs/embedding.md). Only sent with embed=1 and
 * only to window.parent, which supplied the place in the URL in the first place.
 */
import type { InputError, InternalError, Verdict } from '../core';

export const MESSAGE_SOURCE = 'qinzhou-fireworks';

export type EmbedMessage =
  | { source: typeof MESSAGE_SOURCE; version: 1; type: 'verdict'; verdict: Verdict; ignored: InputError[] }
  | { source: typeof MESSAGE_SOURCE; version: 1; type: 'error'; errors: (InputError | InternalError)[] };

export function postToParent(msg: EmbedMessage): void {
  if (window.parent === window) return;
  // '*': the verdict only echoes what the parent put in the URL, plus public rules.
  window.parent.postMessage(msg, '*');
}
