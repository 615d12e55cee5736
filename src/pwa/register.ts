/**
 * Service worker registration (workbox-window), loaded after the first verdict is on screen.
 * A new version waits until the user accepts it; then it takes over and the page reloads once.
 */
import { Workbox } from 'workbox-window';

export interface UpdateHandle {
  /** Activates the waiting version and reloads when it controls the page. */
  apply: () => void;
}

export function registerServiceWorker(onUpdate: (h: UpdateHandle) => void): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  wb.addEventListener('waiting', () => {
    onUpdate({
      apply: () => {
        wb.addEventListener('controlling', () => window.location.reload());
        wb.messageSkipWaiting();
      },
    });
  });
  wb.register().catch(() => {
    /* no service worker (private mode, some webviews): the app still works online */
  });
}
