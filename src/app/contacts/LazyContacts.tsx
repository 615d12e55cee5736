import { useLazy } from '../tools/lazy';

const load = () => import('./Contacts');

/**
 * Who to call on the card (issue 13): a chunk of its own with its words, requested when it is
 * shown (the penalties opened, a county's card), not with the first answer.
 */
export function LazyContacts({ county }: { county?: string | null }) {
  const C = useLazy(load, true);
  return C && C !== 'failed' ? <C county={county} /> : null;
}
