/**
 * The app's handle on the engine. It runs in a Web Worker (its set-up and evaluations cost the
 * main thread nothing); where workers are unavailable or fail, the same engine runs in the page.
 * Requests and replies are typed by protocol.ts's EngineCalls map.
 */
import type { RuleSet, ZoneProperties } from '../../core';
import { answers, type Answer, type Args, type CallType, type Failure, type Reply, type Request } from './protocol';

/** A transport: the worker, or the engine in this page. Replies are checked by their tag. */
type Send = (<K extends CallType>(req: Request<K>) => Promise<Reply | Reply<K>>) & { close?: () => void };

/** A call that got no answer: the worker died, or the engine threw outside evaluate(). */
export class EngineFailure extends Error {
  readonly kind: Failure['kind'];
  constructor(failure: Failure) {
    super(failure.message);
    this.kind = failure.kind;
  }
}

export interface EngineClient {
  /** One request to the engine; rejects with an EngineFailure, never with a verdict-shaped error. */
  call<K extends Exclude<CallType, 'init'>>(type: K, args: Args<K>): Promise<Answer<K>>;
  ruleSets: RuleSet[];
  zoneProps: Partial<ZoneProperties>[];
  /** Set when answers come without boundary distance (Engine.boundaryUnavailable). */
  boundaryUnavailable: string | null;
  /** Stops the engine's worker (when newer data replaces this engine). */
  close(): void;
}

function workerSend(): Send | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { name: 'engine' });
  } catch {
    return null;
  }
  const waiting = new Map<number, (r: Reply) => void>();
  worker.onmessage = (e: MessageEvent<Reply>) => {
    waiting.get(e.data.id)?.(e.data);
    waiting.delete(e.data.id);
  };
  worker.onerror = () => {
    for (const [id, done] of waiting) done({ id, ok: false, failure: { kind: 'crashed', message: 'worker failed' } });
    waiting.clear();
  };
  const send: Send = (req) =>
    new Promise((resolve) => {
      waiting.set(req.id, resolve);
      worker.postMessage(req);
    });
  send.close = () => worker.terminate();
  return send;
}

async function inPageSend(): Promise<Send> {
  const { engineHost } = await import('./host');
  const handle = engineHost();
  return async (req) => handle(req);
}

let nextId = 1;

async function call<K extends CallType>(send: Send, type: K, args: Args<K>): Promise<Answer<K>> {
  const req: Request<K> = { id: nextId++, type, args };
  const r = await send(req);
  if (answers(r, type)) return r.answer;
  throw new EngineFailure(r.ok ? { kind: 'exception', message: `a ${r.type} reply to a ${type} request` } : r.failure);
}

async function connect(send: Send, data: ArrayBuffer, ruleSets: string): Promise<EngineClient> {
  const ready = await call(send, 'init', { data, ruleSets });
  return { call: (type, args) => call(send, type, args), ruleSets: ready.ruleSets, zoneProps: ready.zoneProps, boundaryUnavailable: ready.boundaryUnavailable, close: () => send.close?.() };
}

/**
 * Starts the worker at once (its script downloads while the data does); connects when the zone
 * and notice data have arrived.
 */
export async function startEngine(zoneData: Promise<ArrayBuffer>, notices: Promise<string>): Promise<EngineClient> {
  const viaWorker = workerSend();
  const [data, ruleSets] = await Promise.all([zoneData, notices]);
  if (viaWorker) {
    try {
      return await connect(viaWorker, data, ruleSets);
    } catch {
      viaWorker.close?.();
      /* fall through to the page */
    }
  }
  return connect(await inPageSend(), data, ruleSets);
}
