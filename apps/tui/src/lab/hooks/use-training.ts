/**
 * The Train screen's training loop on the main thread. A timer every `TICK_MS` runs whole epochs
 * for at most `SLICE_MS`, then evaluates once and reports one state update, so keys stay responsive
 * and Ink redraws at most twenty times a second. The trainer lives here, rebuilt whenever the run's
 * generation changes; the reducer only sees the numbers it reports.
 */
import type { Dispatch } from 'react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Dataset, Task, Trainer } from '@actlab/train';
import { createTrainer, prepareRun } from '@actlab/train';
import type { HeatmapGrid } from '../draw/heatmap.js';
import { extentOf, heatmapInputs } from '../draw/heatmap.js';
import type { TrainAction, TrainState } from '../state/train.js';
import { requestOf } from '../state/train-settings.js';

/** Milliseconds between slices. */
export const TICK_MS = 50;

/** Longest a slice trains before yielding to the terminal. */
export const SLICE_MS = 15;

/** What the views need to know about the data of the run. */
export interface RunInfo {
  readonly task: Task;
  /** Output units: the class count for multiclass sets. */
  readonly units: number;
  readonly inputSize: number;
  /** The training rows (as the network sees them: standardized for iris). */
  readonly train: Dataset;
  /** Half-width of the plane the heatmap shows (2-D sets). */
  readonly extent: number;
  /** Range of the training targets (regression). */
  readonly range: readonly [number, number];
  /** Each layer's activation id and units, input side first (the output layer last). */
  readonly layers: readonly { readonly activation: string; readonly units: number }[];
}

/** The network's outputs for the views, as of the last report. */
export interface RunOutputs {
  readonly generation: number;
  readonly info: RunInfo;
  /** Outputs at the heatmap's cell centres (2-D sets, when a map is shown). */
  readonly map?: Float64Array;
  /** The fitted curve over the inputs' range (1-D sets). */
  readonly curve?: { readonly x: Float64Array; readonly y: Float64Array };
}

/** What the screen gets from the loop. */
export interface Training {
  /** The latest outputs, undefined until the first network is built (or when it failed). */
  readonly outputs?: RunOutputs;
}

/** Points of the fitted curve of a 1-D set. */
const CURVE_POINTS = 80;

function infoOf(trainer: Trainer, train: Dataset): RunInfo {
  const layers = trainer.network.layers;
  let lo = Infinity;
  let hi = -Infinity;
  for (const t of train.targets) [lo, hi] = [Math.min(lo, t), Math.max(hi, t)];
  return {
    task: train.task,
    units: (layers[layers.length - 1] as { units: number }).units,
    inputSize: train.inputSize,
    train,
    extent: extentOf(train.inputs, train.inputSize),
    range: lo <= hi ? [lo, hi] : [0, 1],
    layers: layers.map((l) => ({ activation: l.act.id, units: l.units })),
  };
}

/** The network's outputs for the views now. */
function outputsOf(
  generation: number,
  trainer: Trainer,
  info: RunInfo,
  grid: Omit<HeatmapGrid, 'extent'> | undefined,
): RunOutputs {
  if (info.inputSize === 2 && grid) {
    const map = trainer.predict(heatmapInputs({ ...grid, extent: info.extent }));
    return { generation, info, map };
  }
  if (info.inputSize === 1) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of info.train.inputs) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
    const x = Float64Array.from(
      { length: CURVE_POINTS },
      (_, i) => lo + ((hi - lo) * i) / (CURVE_POINTS - 1),
    );
    return { generation, info, curve: { x, y: trainer.predict(x) } };
  }
  return { generation, info };
}

/**
 * Trains the run `state` describes: builds a trainer for each generation (reporting its epoch-0
 * metrics), runs slices while the run is running, runs the single epochs `s` asked for, and stops
 * on pause, divergence and unmount.
 * `grid` is the heatmap's size in cells, when one is shown.
 */
export function useTraining(
  state: TrainState,
  dispatch: Dispatch<TrainAction>,
  grid: Omit<HeatmapGrid, 'extent'> | undefined,
): Training {
  const [outputs, setOutputs] = useState<RunOutputs>();
  const built = useRef<{ generation: number; trainer: Trainer; info: RunInfo }>(undefined);
  const settings = useRef(state.settings);
  settings.current = state.settings;
  const gridRef = useRef(grid);
  gridRef.current = grid;
  const lastReport = useRef(0);
  const { generation } = state.run;
  const running = state.run.status === 'running';
  // Read by the timer: the pause is rendered before the effect that clears the timer runs, and a
  // tick in between must not train on.
  const runningNow = useRef(running);
  runningNow.current = running;

  const report = useCallback(
    (epochs: number) => {
      const run = built.current;
      if (!run) return;
      const now = performance.now();
      const wall = now - lastReport.current;
      lastReport.current = now;
      const metrics = run.trainer.evaluate();
      setOutputs(outputsOf(run.generation, run.trainer, run.info, gridRef.current));
      const speed = epochs > 0 && wall > 0 ? (epochs * 1000) / wall : undefined;
      dispatch({
        type: 'progress',
        generation: run.generation,
        metrics,
        ...(speed ? { speed } : {}),
      });
    },
    [dispatch],
  );

  useEffect(() => {
    built.current = undefined;
    setOutputs(undefined);
    try {
      const prepared = prepareRun(requestOf(settings.current));
      const trainer = createTrainer(prepared.config, prepared.data);
      built.current = { generation, trainer, info: infoOf(trainer, prepared.data.train) };
      lastReport.current = performance.now();
      report(0);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      dispatch({ type: 'failed', generation, message });
    }
  }, [generation, dispatch, report]);

  useEffect(() => {
    if (!running) return;
    lastReport.current = performance.now();
    const timer = setInterval(() => {
      const run = built.current;
      if (!run || run.generation !== generation || !runningNow.current) return;
      const start = performance.now();
      let epochs = 0;
      let loss = 0;
      do {
        loss = run.trainer.runEpoch();
        epochs += 1;
      } while (performance.now() - start < SLICE_MS && Number.isFinite(loss));
      report(epochs);
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [running, generation, report]);

  // A resized map needs the outputs at its new cells; the weights have not changed.
  const cols = grid?.cols ?? 0;
  const rows = grid?.rows ?? 0;
  useEffect(() => {
    const run = built.current;
    if (run) setOutputs(outputsOf(run.generation, run.trainer, run.info, gridRef.current));
  }, [cols, rows]);

  // Steps asked for (`s`) and not yet run; a new generation asks afresh from 0.
  const { stepsAsked } = state.run;
  const stepsRun = useRef({ generation: -1, count: 0 });
  useEffect(() => {
    const run = built.current;
    if (!run || run.generation !== generation) return;
    if (stepsRun.current.generation !== generation) stepsRun.current = { generation, count: 0 };
    if (stepsRun.current.count >= stepsAsked) return;
    while (stepsRun.current.count < stepsAsked) {
      run.trainer.runEpoch();
      stepsRun.current.count += 1;
    }
    lastReport.current = performance.now();
    report(0);
  }, [stepsAsked, generation, report]);

  return outputs ? { outputs } : {};
}
