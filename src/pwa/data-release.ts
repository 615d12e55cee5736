/**
 * Is the data on the server newer than the data this page runs on? The build writes
 * data/version.json (a hash of the zones, edges and notices); the service worker never caches
 * it, and this asks with `cache: 'no-store'`, so the answer is the server's, now. Why a manifest
 * and not network-first data: the precached data answers at once (offline, or on a Spring
 * Festival network that crawls), and only a changed version costs the phone a download.
 */
export async function servedDataVersion(base: string): Promise<string | null> {
  try {
    const res = await fetch(`${base}data/version.json`, { cache: 'no-store' });
    // 204: the service worker's answer when the network is gone (vite.config.ts, runtimeCaching).
    if (!res.ok || res.status === 204) return null;
    const v: unknown = (await res.json())?.version;
    return typeof v === 'string' && /^[0-9a-z-]{1,64}$/i.test(v) ? v : null;
  } catch {
    return null; // offline, or no manifest: the data at hand is the newest we can know of
  }
}

/** A release is out: fetch the new service worker now, so its "new version" prompt comes up. */
export function checkForNewWorker(): void {
  navigator.serviceWorker
    ?.getRegistration()
    .then((r) => r?.update())
    .catch(() => {});
}
