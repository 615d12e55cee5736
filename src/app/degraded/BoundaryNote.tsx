import { useStrings } from '../../i18n';

/**
 * Beside a verdict when the zone file's boundary part could not be read (Engine.boundaryUnavailable):
 * the answer stands on the zones, but no distance to a boundary was worked out, so the card's
 * near-boundary warning cannot appear; this says so instead.
 */
export function BoundaryNote() {
  const s = useStrings();
  return (
    <p class="note note--warn" role="note" data-degraded="boundary">
      <strong>⚠ </strong>
      {s.boundaryUnavailable}
    </p>
  );
}
