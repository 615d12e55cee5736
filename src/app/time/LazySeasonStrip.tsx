import { LazyNear } from '../tools/near';
import type { SeasonStripProps } from './SeasonStrip';

const loadStrip = () => import('./SeasonStrip').then((m) => ({ default: m.SeasonStrip }));

/**
 * The season strip sits at the bottom of the page: its code loads when its place comes near the
 * screen (or at once where IntersectionObserver is missing), never with the first answer.
 */
export function LazySeasonStrip(props: SeasonStripProps) {
  return <LazyNear load={loadStrip} props={props} slot="season-slot" margin="600px 0px" />;
}
