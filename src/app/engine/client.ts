/**
 * The app's handle on the engine. It runs in a Web Worker (its set-up and evaluations cost the
 * main thread nothing); where workers are unavailable or fail, the same engine runs in the page.
 */
import type { EvaluateInput, EvaluateResult, ZoneProperties } from '../../core/types';
import type { RuleSet, SeasonWindows } from '../../core';
import type { Ready, Request, Response } from './protocol';

type Send = (req: Request) => Promise<Response>;
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

export interface EngineClient {
  evaluate(input: EvaluateInput): Promise<EvaluateResult>;
  seasonWindows(year: number, project: boolean): Promise<SeasonWindows>;
  ruleSets: RuleSet[];
  zoneProps: Partial<ZoneProperties>[];
}

function workerSend(): Send | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { name: 'engine' });
  } catch {
    return null;
  }
  const waiting = new Map<number, (r: Response) => void>();
  worker.onmessage = (e: MessageEvent<Response>) => {
    waiting.get(e.data.id)?.(e.data);
    waiting.delete(e.data.id);
  };
  worker.onerror = () => {
    for (const [id, done] of waiting) done({ id, ok: false, message: 'worker failed' });
    waiting.clear();
  };
  return (req) =>
    new Promise((resolve) => {
      waiting.set(req.id, resolve);
      worker.postMessage(req);
    });
}

async function inPageSend(): Promise<Send> {
  const { engineHost } = await import('./host');
  const handle = engineHost();
  return async (req) => handle(req);
}

let nextId = 1;

async function connect(send: Send, data: ArrayBuffer): Promise<EngineClient> {
  const call = async <T>(req: WithoutId<Request>): Promise<T> => {
    const r = await send({ ...req, id: nextId++ } as Request);
    if (!r.ok) throw new Error(r.message);
    return r.value as T;
  };
  const ready = await call<Ready>({ type: 'init', data });
  return {
    evaluate: (input) => call<EvaluateResult>({ type: 'evaluate', input }),
    seasonWindows: (year, project) => call<SeasonWindows>({ type: 'season', year, project }),
    ruleSets: ready.ruleSets,
    zoneProps: ready.zoneProps,
  };
}

/**
 * Starts the worker at once (its script downloads while the data does); connects when the zone
 * data has arrived.
 */
export async function startEngine(zoneData: Promise<ArrayBuffer>): Promise<EngineClient> {
  const viaWorker = workerSend();
  const data = await zoneData;
  if (viaWorker) {
    try {
      return await connect(viaWorker, data);
    } catch {
      /* fall through to the page */
    }
  }
  return connect(await inPageSend(), data);
}
