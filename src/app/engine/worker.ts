/// <reference lib="webworker" />
/** Runs the engine off the main thread: preparing the zones and each evaluation never block input. */
import { engineHost } from './host';
import type { Request } from './protocol';

const handle = engineHost();
self.onmessage = (e: MessageEvent<Request>) => {
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(handle(e.data));
};
