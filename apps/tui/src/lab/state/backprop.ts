/**
 * The Backprop screen's state: one training step of the course's neuron (course-neuron.ts),
 * traced by @actlab/train's `backpropTrace`, and which of its steps is shown. The neuron can be
 * switched between sigmoid and relu to compare f'(z) and so dL/dz at the same z; both traces are
 * computed once, and the step shown stays where it was (the two traces have the same steps).
 * What the screen shows is read from here by pure functions, so the component only lays it out.
 */
import type { BackpropTrace, TraceStep, TraceUnit } from '@actlab/train';
import { MODEL_FORMAT, backpropTrace } from '@actlab/train';
import { COURSE_NEURON } from '../../course-neuron.js';

/** The phases of a training step: forward, loss, backward, update, new-loss. */
export type TracePhase = TraceStep['phase'];

/** The activations the screen compares, the course's first. */
const BACKPROP_ACTIVATIONS = ['sigmoid', 'relu'] as const;

/** One of them. */
export type BackpropActivation = (typeof BACKPROP_ACTIVATIONS)[number];

/** The phases of a step, in order, as the screen names them. */
export const PHASES: readonly { readonly phase: TracePhase; readonly label: string }[] = [
  { phase: 'forward', label: 'forward' },
  { phase: 'loss', label: 'loss' },
  { phase: 'backward', label: 'backward' },
  { phase: 'update', label: 'update' },
  { phase: 'new-loss', label: 'new loss' },
];

/** Backprop screen state. */
export interface BackpropState {
  /** The activation of the neuron shown. */
  readonly activation: BackpropActivation;
  /** Index of the step shown in the trace's steps. */
  readonly step: number;
  /** The trace of one step for each activation. */
  readonly traces: Readonly<Record<BackpropActivation, BackpropTrace>>;
}

/** What can happen on the screen. */
export type BackpropAction =
  /** Moves `by` steps, within the first and the last. */
  | { readonly type: 'step'; readonly by: number }
  | { readonly type: 'first' }
  | { readonly type: 'last' }
  /** Sigmoid to relu and back, at the same step. */
  | { readonly type: 'switch-activation' };

/** The course neuron's step with activation `id`. */
export function courseTrace(id: string): BackpropTrace {
  const n = COURSE_NEURON;
  return backpropTrace({
    model: {
      format: MODEL_FORMAT,
      inputSize: n.input.length,
      layers: [{ activation: id, params: {}, weights: [[...n.weights]], biases: [n.bias] }],
    },
    input: [...n.input],
    target: n.target,
    loss: n.loss,
    learningRate: n.learningRate,
  });
}

/** The screen on start: the sigmoid neuron, at its first step. */
export function initialBackprop(): BackpropState {
  return {
    activation: 'sigmoid',
    step: 0,
    traces: { sigmoid: courseTrace('sigmoid'), relu: courseTrace('relu') },
  };
}

/** The trace shown. */
export function shownTrace(state: BackpropState): BackpropTrace {
  return state.traces[state.activation];
}

/** Applies an action. */
export function backpropReducer(state: BackpropState, action: BackpropAction): BackpropState {
  const last = shownTrace(state).steps.length - 1;
  const at = (step: number): BackpropState => {
    const clamped = Math.max(0, Math.min(last, step));
    return clamped === state.step ? state : { ...state, step: clamped };
  };
  switch (action.type) {
    case 'step':
      return at(state.step + action.by);
    case 'first':
      return at(0);
    case 'last':
      return at(last);
    case 'switch-activation': {
      const activation = state.activation === 'sigmoid' ? 'relu' : 'sigmoid';
      const steps = state.traces[activation].steps.length;
      return { ...state, activation, step: Math.min(state.step, steps - 1) };
    }
  }
}

/** The step shown. */
export function currentStep(state: BackpropState): TraceStep {
  return shownTrace(state).steps[state.step] as TraceStep;
}

/** The unit the step is about (the loss steps are about the output unit). */
export function currentUnit(state: BackpropState): TraceUnit {
  const trace = shownTrace(state);
  const step = currentStep(state);
  const layer = trace.layers[step.layer ?? trace.layers.length - 1];
  return layer?.units[step.unit ?? 0] as TraceUnit;
}

/** Whether the numbers of `phase` are known by the step shown (its first step has come). */
export function revealed(state: BackpropState, phase: TracePhase): boolean {
  const first = shownTrace(state).steps.findIndex((s) => s.phase === phase);
  return first >= 0 && first <= state.step;
}

/** One labelled number (or list of numbers) of the unit, and the phase that computes it. */
export interface UnitRow {
  readonly label: string;
  readonly values: readonly number[];
  readonly phase: TracePhase;
}

/** The unit's numbers in the order the step computes them. */
export function unitRows(state: BackpropState): readonly UnitRow[] {
  const u = currentUnit(state);
  const trace = shownTrace(state);
  return [
    { label: 'z = w·x + b', values: [u.z], phase: 'forward' },
    { label: 'a = f(z)', values: [u.a], phase: 'forward' },
    { label: 'loss L', values: [trace.loss], phase: 'loss' },
    { label: 'dL/da', values: [u.dLda], phase: 'backward' },
    ...(u.fPrime !== undefined
      ? [{ label: "f'(z)", values: [u.fPrime], phase: 'backward' as const }]
      : []),
    { label: "dL/dz = dL/da · f'(z)", values: [u.dLdz], phase: 'backward' },
    { label: 'dL/dw = dL/dz · x', values: u.dLdw, phase: 'backward' },
    { label: 'dL/db = dL/dz', values: [u.dLdb], phase: 'backward' },
    { label: 'new w = w - lr · dL/dw', values: u.newWeights, phase: 'update' },
    { label: 'new b = b - lr · dL/db', values: [u.newBias], phase: 'update' },
    { label: 'loss after the step', values: [trace.newLoss], phase: 'new-loss' },
  ];
}

/** The other activation of the comparison. */
export function otherActivation(state: BackpropState): BackpropActivation {
  return state.activation === 'sigmoid' ? 'relu' : 'sigmoid';
}

/** f'(z) and dL/dz of the course neuron's unit for each activation, for the comparison line. */
export function comparison(
  state: BackpropState,
): readonly { id: BackpropActivation; fPrime: number; dLdz: number }[] {
  return BACKPROP_ACTIVATIONS.map((id) => {
    const unit = state.traces[id].layers[0]?.units[0] as TraceUnit;
    return { id, fPrime: unit.fPrime ?? Number.NaN, dLdz: unit.dLdz };
  });
}
