/**
 * A driver behind messages. The worker side (`serveDriver`) hands the worker's messages to a
 * driver and posts its events; the page side (`connectDriver`) starts the worker, or, where there
 * are no workers (jsdom), runs the same driver on the page's thread. Either way the page sees one
 * interface, so the drivers are written and tested once.
 */

/** What a driver takes: commands, and a dispose that ends it. */
export interface Driver<C> {
  send(command: C): void;
  dispose(): void;
}

/** How a driver reports: an event, and the buffers to transfer with it (a worker's postMessage). */
export type Emit<E> = (event: E, transfer?: Transferable[]) => void;

/** Runs the driver that `create` makes inside this worker: commands in, events out. */
export function serveDriver<C, E>(create: (emit: Emit<E>) => Pick<Driver<C>, 'send'>): void {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  const driver = create((event, transfer = []) => scope.postMessage(event, transfer));
  scope.onmessage = (event: MessageEvent<C>) => driver.send(event.data);
}

/** How the page reaches a driver. */
export interface ConnectOptions<C, E> {
  /** Starts the worker (its `new URL(..., import.meta.url)` must sit in the caller for the bundler). */
  readonly worker: () => Worker;
  /** The same driver, for the page's thread where there are no workers. */
  readonly inline: (emit: Emit<E>) => Driver<C>;
  /** Turns a worker's failure into an event; left out, a failed worker is silent. */
  readonly onError?: (message: string) => E;
}

/** A driver reporting to `emit`: in a worker when the page has them, else on the page's thread. */
export function connectDriver<C, E>(
  emit: (event: E) => void,
  options: ConnectOptions<C, E>,
): Driver<C> {
  if (typeof Worker !== 'function') return options.inline((event) => emit(event));
  const worker = options.worker();
  worker.onmessage = (event: MessageEvent<E>) => emit(event.data);
  const { onError } = options;
  if (onError) worker.onerror = (event) => emit(onError(event.message || 'worker failed'));
  return {
    send: (command) => worker.postMessage(command),
    dispose: () => worker.terminate(),
  };
}
