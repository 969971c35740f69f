/**
 * The page's side of the training worker: starts it, sends it the configuration whenever the
 * settings that shape the run change, and folds its answers into the view state once per
 * animation frame, returning a `frame` credit so the worker sends the next snapshot only then.
 */
import type { ModelJson } from '@actlab/train';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { Driver } from '../training/connect.js';
import { connectDriver } from '../training/connect.js';
import { TIMEOUT_HOST } from '../training/schedule.js';
import { createPlaygroundDriver } from './driver.js';
import type { Command, WorkerMessage } from './protocol.js';
import type { PlaygroundSettings } from './settings.js';
import { runRequestOf } from './settings.js';
import type { ViewState } from './view-state.js';
import { INITIAL_VIEW, viewReducer } from './view-state.js';

/** What the page can do with training. */
export interface TrainingControls {
  readonly view: ViewState;
  play(): void;
  pause(): void;
  step(): void;
  /** Fresh weights from the seed (and a pause). */
  reset(): void;
  /** Asks for the model; it arrives in `view.exported`. */
  exportModel(): void;
  /** Loads `model` under `settings` (which the URL is about to hold). */
  importModel(model: ModelJson, settings: PlaygroundSettings): void;
}

/** The part of the settings that needs a new trainer when it changes. */
function runKey(settings: PlaygroundSettings): string {
  return JSON.stringify(runRequestOf(settings));
}

/** Trains `settings` in a worker (on the page's thread where there are none). */
export function useTraining(settings: PlaygroundSettings): TrainingControls {
  const [view, dispatch] = useReducer(viewReducer, INITIAL_VIEW);
  const driver = useRef<Driver<Command> | null>(null);
  const generation = useRef(0);
  const latest = useRef(settings);
  const sent = useRef({ run: '', points: '', speed: -1 });

  const send = useCallback((command: Command) => driver.current?.send(command), []);

  const configure = useCallback(
    (s: PlaygroundSettings, model?: ModelJson) => {
      generation.current += 1;
      dispatch({ type: 'configure', generation: generation.current });
      sent.current = { run: runKey(s), points: JSON.stringify(s.custom), speed: s.speed };
      const setup = {
        generation: generation.current,
        request: runRequestOf(s),
        custom: s.custom,
        speed: s.speed,
      };
      send(model ? { type: 'import', model, ...setup } : { type: 'configure', ...setup });
    },
    [send],
  );

  useEffect(() => {
    latest.current = settings;
  });

  useEffect(() => {
    const inbox: WorkerMessage[] = [];
    let frame = 0;
    const d = connectDriver<Command, WorkerMessage>(
      (message) => {
        inbox.push(message);
        frame ||= requestAnimationFrame(() => {
          frame = 0;
          const messages = inbox.splice(0);
          for (const m of messages) dispatch({ type: 'message', message: m });
          if (messages.some((m) => m.type === 'snapshot')) d.send({ type: 'frame' });
        });
      },
      {
        worker: () => new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' }),
        // Without workers (jsdom) the same driver trains on the page's thread.
        inline: (emit) => createPlaygroundDriver({ ...TIMEOUT_HOST, post: (m) => emit(m) }),
      },
    );
    driver.current = d;
    configure(latest.current);
    return () => {
      cancelAnimationFrame(frame);
      d.dispose();
      driver.current = null;
    };
  }, [configure]);

  const run = runKey(settings);
  const points = JSON.stringify(settings.custom);
  useEffect(() => {
    if (!driver.current) return;
    if (run !== sent.current.run) {
      configure(latest.current);
    } else if (points !== sent.current.points) {
      sent.current = { ...sent.current, points };
      send({ type: 'points', custom: latest.current.custom });
    }
  }, [run, points, configure, send]);

  useEffect(() => {
    if (!driver.current || settings.speed === sent.current.speed) return;
    sent.current = { ...sent.current, speed: settings.speed };
    send({ type: 'speed', speed: settings.speed });
  }, [settings.speed, send]);

  return {
    view,
    play: useCallback(() => send({ type: 'play' }), [send]),
    pause: useCallback(() => send({ type: 'pause' }), [send]),
    step: useCallback(() => send({ type: 'step' }), [send]),
    reset: useCallback(() => {
      send({ type: 'pause' });
      configure(latest.current);
    }, [send, configure]),
    exportModel: useCallback(() => send({ type: 'export' }), [send]),
    importModel: useCallback(
      (model: ModelJson, s: PlaygroundSettings) => configure(s, model),
      [configure],
    ),
  };
}
