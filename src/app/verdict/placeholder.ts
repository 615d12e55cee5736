/**
 * What the verdict card shows, decided in one place: the answer, or what stands in for it.
 * Pure (tests/app/placeholder.test.ts); App.tsx and the readiness phase read the same view.
 */
import { isInputError, isInternalError, type EvaluateResult, type InputError, type Verdict } from '../../core';
import type { Strings } from '../../i18n';
import type { DataState } from '../hooks/useAppData';
import type { ChosenPlace } from '../state/query';

export type VerdictView =
  /** The zone data, or the answer to the query, is on its way. */
  | { kind: 'loading' }
  /** The zone data could not be loaded: nothing can be answered until a retry works. */
  | { kind: 'failed'; broken?: boolean }
  /** Newer data is on its way from the server: the answer from the old data is not shown as current. */
  | { kind: 'updating' }
  /** No place chosen yet. */
  | { kind: 'prompt' }
  | { kind: 'verdict'; verdict: Verdict }
  /** The engine refused the query (e.g. a position it could not convert). */
  | { kind: 'invalid'; error: InputError }
  /** A bug inside the engine: said as such, never as a problem with the user's input. */
  | { kind: 'internal'; message: string };

export function verdictView(data: DataState, place: ChosenPlace | null, result: EvaluateResult | null): VerdictView {
  if (data.kind === 'failed') return data;
  if (data.kind !== 'ready') return { kind: data.kind };
  if (!place) return { kind: 'prompt' };
  if (!result) return { kind: 'loading' };
  if (isInputError(result)) return { kind: 'invalid', error: result };
  if (isInternalError(result)) return { kind: 'internal', message: result.message };
  return { kind: 'verdict', verdict: result };
}

export interface Placeholder {
  title: string;
  text: string;
  /** Drawn as a loading skeleton (only before the first answer). */
  loading?: boolean;
  action?: { label: string; run: () => void };
}

/**
 * The card's stand-in for `view`, or undefined when it shows a verdict or the app's place prompt
 * (the card's own words). An embed has no place controls: its prompt says what the embedding
 * page must pass.
 */
export function placeholderFor(view: VerdictView, s: Strings, opts: { firstLoad: boolean; retry: () => void; embed?: boolean }): Placeholder | undefined {
  switch (view.kind) {
    case 'loading':
      return { title: s.loadingData, text: '', loading: opts.firstLoad };
    case 'updating':
      return { title: s.dataUpdating, text: '' };
    case 'failed':
      return view.broken
        ? { title: s.dataBroken, text: s.dataBrokenText, action: { label: s.retry, run: opts.retry } }
        : { title: s.dataFailed, text: s.dataFailedText, action: { label: s.retry, run: opts.retry } };
    case 'invalid':
      return { title: s.queryInvalid, text: s.inputError(view.error) };
    case 'internal':
      return { title: s.internalError, text: s.internalErrorHint };
    case 'prompt':
      return opts.embed ? { title: s.embedNeedsTitle, text: s.embedNeedsText } : undefined;
    case 'verdict':
      return undefined;
  }
}
