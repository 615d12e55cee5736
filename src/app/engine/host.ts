/**
 * The engine behind the message protocol, so the same code serves the Web Worker and the
 * main-thread fallback. One handler per request type (protocol.ts EngineCalls).
 */
import { createEngineWith, isVerdict, readHead, verdictCells, type Engine, type RuleSet, type ZoneProperties } from '../../core';
import type { Answer, Args, CallType, Ok, Reply, Request } from './protocol';

type Handlers = { [K in CallType]: (args: Args<K>) => Answer<K> };

class NotReady extends Error {}

/** Answers one request; never throws. */
type Handle = <K extends CallType>(req: Request<K>) => Reply<K>;

export function engineHost(): Handle {
  let engine: Engine | null = null;
  const ready = (): Engine => {
    if (!engine) throw new NotReady('engine not initialised');
    return engine;
  };
  const handlers: Handlers = {
    init: ({ data, ruleSets }) => {
      const notices: unknown = JSON.parse(ruleSets);
      if (!Array.isArray(notices) || notices.length === 0) throw new Error('rule sets: expected a JSON array of notices');
      // The notices are data (data/rulesets.json), validated one by one: a broken one refuses the data.
      engine = createEngineWith({ compact: data }, notices as RuleSet[]);
      const zoneProps: Partial<ZoneProperties>[] = (readHead(data).features as GeoJSON.Feature[]).map((f) => f.properties ?? {});
      return { ruleSets: engine.ruleSets, zoneProps, boundaryUnavailable: engine.boundaryUnavailable };
    },
    evaluate: ({ input }) => ready().evaluate(input),
    season: ({ year, project }) => ready().seasonWindows(year, { project }),
    batch: ({ inputs }) => {
      const e = ready();
      return inputs.map((input) => {
        const r = e.evaluate(input);
        return isVerdict(r) ? { status: r.status, cells: verdictCells(r) } : { status: null, message: r.message };
      });
    },
  };
  function handle<K extends CallType>(req: Request<K>): Reply<K> {
    try {
      const ok: Ok<K> = { id: req.id, type: req.type, ok: true, answer: handlers[req.type](req.args) };
      return ok;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      return { id: req.id, ok: false, failure: { kind: e instanceof NotReady ? 'not-ready' : 'exception', message } };
    }
  }
  return handle;
}
