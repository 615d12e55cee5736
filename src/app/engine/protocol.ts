import type { EvaluateInput, EvaluateResult, ZoneProperties } from '../../core/types';
import type { RuleSet, SeasonWindows } from '../../core';

export type Request =
  | { id: number; type: 'init'; data: ArrayBuffer }
  | { id: number; type: 'evaluate'; input: EvaluateInput }
  | { id: number; type: 'season'; year: number; project: boolean };

export interface Ready {
  ruleSets: RuleSet[];
  zoneProps: Partial<ZoneProperties>[];
}

export type Response =
  | { id: number; ok: true; value: Ready | EvaluateResult | SeasonWindows }
  | { id: number; ok: false; message: string };
