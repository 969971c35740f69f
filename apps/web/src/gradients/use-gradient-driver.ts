/**
 * The page's link to its driver: a worker in browsers, the same driver on the main thread where
 * there are no workers (jsdom). Rebuilds the networks whenever the parameters change.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { connectDriver } from '../training/connect.js';
import type { DriverCommand, DriverEvent, GradientDriver } from './driver.js';
import { createGradientDriver } from './driver.js';
import type { GradientParams } from './params.js';
import { gradientKey } from './params.js';
import type { GradientSnapshot } from './run.js';

/** Milliseconds of training per slice when the driver runs on the main thread. */
const MAIN_SLICE_MS = 16;

/** Quiet time after the last parameter change before the networks are rebuilt. */
const REBUILD_DELAY_MS = 120;

/** What the page reads and does. */
export interface GradientControls {
  /** The latest numbers (undefined until the first arrive, or while stale after a change). */
  readonly snapshot: GradientSnapshot | undefined;
  readonly running: boolean;
  readonly error: string | undefined;
  /** Starts or resumes training. */
  run(): void;
  pause(): void;
  /** Fresh weights, epoch 0. */
  reset(): void;
}

/** Drives the three networks for `params`. */
export function useGradientDriver(params: GradientParams): GradientControls {
  const driver = useRef<GradientDriver | null>(null);
  const [snapshot, setSnapshot] = useState<GradientSnapshot>();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string>();
  useEffect(() => {
    const emit = (event: DriverEvent) => {
      if (event.type === 'error') {
        setError(event.message);
        setRunning(false);
        return;
      }
      setError(undefined);
      setSnapshot(event.snapshot);
      setRunning(event.running);
    };
    const d: GradientDriver = connectDriver<DriverCommand, DriverEvent>(emit, {
      worker: () =>
        new Worker(new URL('./gradients.worker.ts', import.meta.url), { type: 'module' }),
      // Without workers the driver shares the page's thread: train a frame's worth at a time.
      inline: (post) => createGradientDriver(post, MAIN_SLICE_MS),
      onError: (message) => ({ type: 'error', message }),
    });
    driver.current = d;
    return () => {
      d.dispose();
      driver.current = null;
    };
  }, []);
  const key = gradientKey(params);
  const paramsRef = useRef(params);
  paramsRef.current = params;
  // Dragging a slider changes the parameters many times a second, and building deep networks
  // takes a while: rebuild once the value has settled.
  useEffect(() => {
    const timer = setTimeout(
      () => driver.current?.send({ type: 'reset', params: paramsRef.current }),
      REBUILD_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [key]);
  const run = useCallback(() => driver.current?.send({ type: 'run' }), []);
  const pause = useCallback(() => driver.current?.send({ type: 'pause' }), []);
  const reset = useCallback(
    () => driver.current?.send({ type: 'reset', params: paramsRef.current }),
    [],
  );
  const current = snapshot && gradientKey(snapshot.params) === key ? snapshot : undefined;
  return { snapshot: current, running, error, run, pause, reset };
}
