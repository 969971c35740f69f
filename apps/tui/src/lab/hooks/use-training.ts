/**
 * The Train screen's driver of @actlab/train's pipeline on the main thread: each generation of the
 * run is planned (`planRun` on the settings' request) and made a session; a timer every `TICK_MS`
 * asks it for `runFor(SLICE_MS)` of whole epochs, then evaluates once and reports one state
 * update, so keys stay responsive and Ink redraws at most twenty times a second. The session lives
 * here; the reducer only sees the numbers it reports.
 */
import type { Dispatch } from 'react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Dataset, Session, Task, TrainPlan } from '@actlab/train';
import { createSession, planRun, planeExtent } from '@actlab/train';
import type { HeatmapGrid } from '../draw/heatmap.js';
import { cellValues, predictionGrid } from '../draw/heatmap.js';
import type { TrainAction, TrainState } from '../state/train.js';
import { requestOf } from '../state/train-settings.js';

/** Milliseconds between slices. */
const TICK_MS = 50;

/** Longest a slice trains before yielding to the terminal. */
const SLICE_MS = 15;

/** The clock slices are timed by. */
const clock = (): number => performance.now();

/** What the views need to know about the data of the run. */
interface RunInfo {
  readonly task: Task;
  /** Output units: the class count for multiclass sets. */
  readonly units: number;
  readonly inputSize: number;
  /** The training rows in the (x1, x2) plane, as the network sees them (standardized for iris). */
  readonly train: Dataset;
  /** The input features the network sees, when the run chose them (the map maps through them). */
  readonly features?: TrainPlan['inputs'];
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

function infoOf(session: Session, plan: TrainPlan): RunInfo {
  const layers = session.network.layers;
  const train = (plan.plane ?? plan.data).train;
  let lo = Infinity;
  let hi = -Infinity;
  for (const t of train.targets) [lo, hi] = [Math.min(lo, t), Math.max(hi, t)];
  return {
    task: train.task,
    units: (layers[layers.length - 1] as { units: number }).units,
    inputSize: train.inputSize,
    train,
    ...(plan.inputs ? { features: plan.inputs } : {}),
    extent: planeExtent(train),
    range: lo <= hi ? [lo, hi] : [0, 1],
    layers: layers.map((l) => ({ activation: l.act.id, units: l.units })),
  };
}

/** The network's outputs for the views now. */
function outputsOf(
  generation: number,
  session: Session,
  info: RunInfo,
  grid: Omit<HeatmapGrid, 'extent'> | undefined,
): RunOutputs {
  if (info.inputSize === 2 && grid) {
    const cells = { ...grid, extent: info.extent };
    const shared = predictionGrid(cells);
    const values = session.predictGrid(
      info.features ? { ...shared, features: info.features } : shared,
    );
    return { generation, info, map: cellValues(cells, values, info.units) };
  }
  if (info.inputSize === 1) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of info.train.inputs) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
    const x = Float64Array.from(
      { length: CURVE_POINTS },
      (_, i) => lo + ((hi - lo) * i) / (CURVE_POINTS - 1),
    );
    return { generation, info, curve: { x, y: session.predict(x) } };
  }
  return { generation, info };
}

/**
 * Trains the run `state` describes: plans a session for each generation (reporting its epoch-0
 * metrics, or the plan's error), runs slices while the run is running, runs the single epochs `s`
 * asked for, and stops on pause, divergence and unmount.
 * `grid` is the heatmap's size in cells, when one is shown.
 */
export function useTraining(
  state: TrainState,
  dispatch: Dispatch<TrainAction>,
  grid: Omit<HeatmapGrid, 'extent'> | undefined,
): Training {
  const [outputs, setOutputs] = useState<RunOutputs>();
  const built = useRef<{ generation: number; session: Session; info: RunInfo }>(undefined);
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
      const metrics = run.session.metrics();
      setOutputs(outputsOf(run.generation, run.session, run.info, gridRef.current));
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
      const plan = planRun(requestOf(settings.current));
      const session = createSession(plan);
      built.current = { generation, session, info: infoOf(session, plan) };
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
      // No epoch once it diverged (the reducer stops the run on that report).
      report(run.session.runFor(SLICE_MS, clock).epochs);
      // The plan's MAX_EPOCHS are all run: pause, as Space would (`s` still steps on).
      if (run.session.done) {
        runningNow.current = false;
        dispatch({ type: 'toggle-run' });
      }
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [running, generation, report, dispatch]);

  // A resized map needs the outputs at its new cells; the weights have not changed.
  const cols = grid?.cols ?? 0;
  const rows = grid?.rows ?? 0;
  useEffect(() => {
    const run = built.current;
    if (run) setOutputs(outputsOf(run.generation, run.session, run.info, gridRef.current));
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
      run.session.runEpoch();
      stepsRun.current.count += 1;
    }
    lastReport.current = performance.now();
    report(0);
  }, [stepsAsked, generation, report]);

  return outputs ? { outputs } : {};
}
