/**
 * The engine behind a message interface, so the same code serves the Web Worker and the
 * main-thread fallback.
 */
import { createEngine, type Engine } from '../../core';
import type { ZoneProperties } from '../../core/types';
import { readHead } from '../../core/zone-data/decode';
import type { Request, Response } from './protocol';

export function engineHost(): (req: Request) => Response {
  let engine: Engine | null = null;
  return (req) => {
    try {
      if (req.type === 'init') {
        engine = createEngine({ compact: req.data });
        const zoneProps = (readHead(req.data).features as GeoJSON.Feature[]).map((f) => (f.properties ?? {}) as Partial<ZoneProperties>);
        return { id: req.id, ok: true, value: { ruleSets: engine.ruleSets, zoneProps } };
      }
      if (!engine) return { id: req.id, ok: false, message: 'engine not initialised' };
      if (req.type === 'evaluate') return { id: req.id, ok: true, value: engine.evaluate(req.input) };
      return { id: req.id, ok: true, value: engine.seasonWindows(req.year, { project: req.project }) };
    } catch (e) {
      return { id: req.id, ok: false, message: String((e as Error)?.message ?? e) };
    }
  };
}
