/**
 * The instrument's link to its driver: a worker in browsers, the same driver on the main thread
 * where there are no workers (jsdom). Sends the parameters whenever they change and keeps the
 * latest curves that match them.
 */
import { useEffect, useRef, useState } from 'react';
import { connectDriver } from '../training/connect.js';
import type { DepthView } from './depth-compute.js';
import type { DepthCommand, DepthDriver, DepthEvent } from './depth-driver.js';
import { createDepthDriver } from './depth-driver.js';
import type { DepthParams } from './depth-params.js';
import { depthKey } from './depth-params.js';

/** What the instrument reads. */
export interface DepthState {
  /** The latest curves (possibly for earlier parameters while new ones are computed). */
  readonly view: DepthView | undefined;
  /** True while the curves shown are not yet those of the current parameters. */
  readonly stale: boolean;
  readonly error: string | undefined;
}

/** Computes the curves for `params`, off the page's thread where there are workers. */
export function useDepthDriver(params: DepthParams): DepthState {
  const driver = useRef<DepthDriver | null>(null);
  const [view, setView] = useState<DepthView>();
  const [error, setError] = useState<{ key: string; message: string }>();
  const key = depthKey(params);
  const paramsRef = useRef(params);
  paramsRef.current = params;
  useEffect(() => {
    const emit = (event: DepthEvent) => {
      if (event.type === 'error') setError({ key: event.key, message: event.message });
      else {
        setError(undefined);
        setView(event.view);
      }
    };
    const d: DepthDriver = connectDriver<DepthCommand, DepthEvent>(emit, {
      worker: () => new Worker(new URL('./depth.worker.ts', import.meta.url), { type: 'module' }),
      inline: (post) => createDepthDriver(post),
      onError: (message) => ({ type: 'error', key: '', message }),
    });
    driver.current = d;
    return () => {
      d.dispose();
      driver.current = null;
    };
  }, []);
  // Runs after the driver exists (also on mount). The driver drops values it has not started on,
  // so every change can be sent as it happens.
  useEffect(() => {
    driver.current?.send({ type: 'compute', params: paramsRef.current });
  }, [key]);
  const stale = view === undefined || depthKey(view.params) !== key;
  return {
    view,
    stale,
    error: error && (error.key === key || error.key === '') ? error.message : undefined,
  };
}
