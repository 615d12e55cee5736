/**
 * The messages between the page and the engine (in its Web Worker, or in the page as a
 * fallback), as one map from request type to its arguments and its answer, the way maplibre's
 * actor messages are typed. A new request is one entry here and one handler in host.ts; the
 * client, the worker and the fallback need no change, and no message is ever cast.
 */
import type { CsvCells, EvaluateInput, EvaluateResult, RuleSet, SeasonWindows, Status, ZoneProperties } from '../../core';

export interface Ready {
  ruleSets: RuleSet[];
  zoneProps: Partial<ZoneProperties>[];
  /** Why the zone file's boundary part could not be read (answers then carry no boundary distance); null when it could. */
  boundaryUnavailable: string | null;
}

export interface EngineCalls {
  /** Prepare the engine from the zone data (public/data/zones.bin, docs/data-format.md) and the notices (data/rulesets.json text). */
  init: { args: { data: ArrayBuffer; ruleSets: string }; answer: Ready };
  evaluate: { args: { input: EvaluateInput }; answer: EvaluateResult };
  season: { args: { year: number; project: boolean }; answer: SeasonWindows };
  /**
   * A slice of an in-page batch (app/batch): rows already read and parsed by the page, evaluated
   * here. The page sends a few hundred at a time, so an evaluate waits for one slice at most.
   */
  batch: { args: { inputs: EvaluateInput[] }; answer: BatchAnswer[] };
}

/** A batch row's answer: the verdict's check --csv cells (core verdictCells), or why there is none. */
export type BatchAnswer = { status: Status; cells: CsvCells } | { status: null; message: string };

export type CallType = keyof EngineCalls;
export type Args<K extends CallType> = EngineCalls[K]['args'];
export type Answer<K extends CallType> = EngineCalls[K]['answer'];

/** A request of type K (by default: any request). */
export type Request<K extends CallType = CallType> = { [T in K]: { id: number; type: T; args: Args<T> } }[K];

/** Why a call failed; never an answer about the input (that is EvaluateResult's job). */
export interface Failure {
  /** `not-ready`: evaluate before init; `crashed`: the worker died; `exception`: a handler threw. */
  kind: 'not-ready' | 'crashed' | 'exception';
  message: string;
}

/** The answer to a request of type K. */
export interface Ok<K extends CallType> {
  id: number;
  type: K;
  ok: true;
  answer: Answer<K>;
}

export interface Failed {
  id: number;
  ok: false;
  failure: Failure;
}

/** A reply to a request of type K (by default: to any request). */
export type Reply<K extends CallType = CallType> = { [T in K]: Ok<T> }[K] | Failed;

/** True when `r` answers a call of `type`: a checked narrowing on the message's own tag, not a cast. */
export function answers<K extends CallType>(r: Reply | Reply<K>, type: K): r is Ok<K> {
  return r.ok && r.type === type;
}
