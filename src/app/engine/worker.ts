/// <reference lib="webworker" />
/** Runs the engine off the main thread: preparing the zones and each evaluation never block input. */
import { engineHost } from './host';
import type { Request } from './protocol';

/** This file runs only in a worker; lib.dom (which the app's tsconfig includes) types `self` as Window. */
declare const self: DedicatedWorkerGlobalScope;

const handle = engineHost();
self.onmessage = (e: MessageEvent<Request>) => {
  self.postMessage(handle(e.data));
};
