import { useEffect, useState } from 'preact/hooks';
import type { UpdateHandle } from '../../pwa/register';

/** Registers the service worker once `allowed` (after the first answer is painted); a waiting new version comes back as a handle. */
export function useServiceWorker(allowed: boolean): UpdateHandle | null {
  const [update, setUpdate] = useState<UpdateHandle | null>(null);
  useEffect(() => {
    if (allowed) import('../../pwa/register').then((m) => m.registerServiceWorker(setUpdate)).catch(() => {});
  }, [allowed]);
  return update;
}
