import { useState } from 'preact/hooks';
import type { Verdict } from '../../core';
import type { ChosenPlace } from '../state/query';
import { useLazy } from '../tools/lazy';

const loadReport = () => import('./ReportSheet');

/**
 * The boundary report sheet, opened from the card or from under the map (both ReportButton):
 * its chunk loads on the first open. `sheet` is the open sheet (or null) for App to render.
 */
export function useReportSheet(verdict: Verdict | null, place: ChosenPlace | null) {
  const [open, setOpen] = useState(false);
  const Report = useLazy(loadReport, open);
  const sheet = open && verdict && Report && Report !== 'failed' ? <Report verdict={verdict} place={place} onClose={() => setOpen(false)} /> : null;
  return { open: () => setOpen(true), sheet };
}
