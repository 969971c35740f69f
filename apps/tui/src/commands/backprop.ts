/**
 * `actlab backprop`: one training step of a small network on one example, every number of it in
 * the order it is computed (@actlab/train's `backpropTrace`): each unit's z = w·x + b and a = f(z),
 * the loss, backwards dL/da, f'(z), dL/dz and each dL/dw, the update w <- w - lr · dL/dw, and the
 * loss after the step. Without options it is the course's single sigmoid neuron.
 */
import { encodeDeep } from '@actlab/format';
import type { BackpropTrace, LossId, ModelJson, TraceRequest } from '@actlab/train';
import {
  LOSS_IDS,
  MODEL_FORMAT,
  TRACE_LIMITS,
  backpropTrace,
  createNetwork,
  createRng,
} from '@actlab/train';
import { COURSE_NEURON } from '../course-neuron.js';
import type { Parsed } from './args.js';
import { numberList, parseArgs, parseNumber } from './args.js';
import type { Command } from './command.js';
import { json, resolving } from './shared.js';
import { activationsOf, asUsage, checkFormulas, integer } from './train-shared.js';
import { UsageError } from './usage-error.js';

/** The shape the flags ask for: units per layer and an activation per layer. */
interface Shape {
  readonly inputSize: number;
  readonly units: readonly number[];
  readonly activations: readonly string[];
}

/** `--layers 2,1`: units per layer, the last being the output. */
function unitsOf(text: string | undefined): number[] {
  if (text === undefined) return [1];
  const units = text.split(',').map((u) => integer(u.trim(), '--layers'));
  if (
    units.length > TRACE_LIMITS.maxLayers ||
    units.some((u) => u < 1 || u > TRACE_LIMITS.maxUnits)
  ) {
    throw new UsageError(
      `--layers takes 1 to ${TRACE_LIMITS.maxLayers} layers of 1 to ${TRACE_LIMITS.maxUnits} units, got "${text}"`,
    );
  }
  return units;
}

/** One activation for every layer, or one per layer. */
function activationsFor(text: string | undefined, layers: number): string[] {
  const names = activationsOf(text ?? COURSE_NEURON.activation).map((n) => n.trim());
  checkFormulas(names);
  if (names.length === 1) return Array.from({ length: layers }, () => names[0] as string);
  if (names.length !== layers) {
    throw new UsageError(
      `--activation gives ${names.length} activations for ${layers} layers; give one, or one per layer`,
    );
  }
  return names;
}

/**
 * Rows of weights and biases per layer, read from `--weights`: every number of the network in one
 * list, layer by layer, each unit's weights and then its bias. Without it, one unit with two
 * inputs (whatever its activation) has the course neuron's; any other network draws weights uniformly from [-0.5, 0.5] by `seed` (as TensorFlow
 * Playground does), rounded to two decimals so the trace reads easily, and biases 0.1.
 */
function modelOf(shape: Shape, weights: readonly number[] | undefined, seed: number): ModelJson {
  let network;
  try {
    network = createNetwork(
      shape.inputSize,
      shape.units.map((units, l) => ({ units, activation: shape.activations[l] as string })),
    );
  } catch (error) {
    asUsage(error);
  }
  // Rows are pre-activations: glu has two per unit.
  const sizes = network.layers.map((layer) => ({ rows: layer.rows, inputs: layer.inputSize }));
  const needed = sizes.reduce((n, s) => n + s.rows * (s.inputs + 1), 0);
  if (weights !== undefined && weights.length !== needed) {
    const each = sizes.map((s, l) => `layer ${l + 1}: ${s.rows} x (${s.inputs} weights + bias)`);
    throw new UsageError(
      `--weights needs ${needed} numbers (${each.join(', ')}), got ${weights.length}`,
    );
  }
  const rng = createRng(seed);
  const values =
    weights ??
    (needed === COURSE_NEURON.weights.length + 1 && sizes.length === 1
      ? [...COURSE_NEURON.weights, COURSE_NEURON.bias]
      : undefined);
  let at = 0;
  const next = (isBias: boolean): number => {
    if (values !== undefined) return values[at++] as number;
    return isBias ? 0.1 : Math.round((rng.next() - 0.5) * 100) / 100;
  };
  return {
    format: MODEL_FORMAT,
    inputSize: shape.inputSize,
    layers: network.layers.map((layer, l) => {
      const rows = Array.from({ length: layer.rows }, () => {
        const w = Array.from({ length: layer.inputSize }, () => next(false));
        return { w, b: next(true) };
      });
      return {
        activation: shape.activations[l] as string,
        params: {},
        weights: rows.map((r) => r.w),
        biases: rows.map((r) => r.b),
      };
    }),
  };
}

/** `--target 1` (a number: one output, or a class index for cross-entropy) or `--target 1,0`. */
function targetOf(text: string | undefined): number | number[] {
  if (text === undefined) return COURSE_NEURON.target;
  const values = numberList(text, '--target');
  return values.length === 1 ? (values[0] as number) : values;
}

/** The trace request the arguments make. */
function requestOf(args: Parsed): TraceRequest {
  if (args.positionals.length > 0) {
    throw new UsageError(`backprop takes options only, got "${args.positionals[0]}"`);
  }
  const v = args.values;
  const input = v.input === undefined ? [...COURSE_NEURON.input] : numberList(v.input, '--input');
  const units = unitsOf(v.layers);
  const shape: Shape = {
    inputSize: input.length,
    units,
    activations: activationsFor(v.activation, units.length),
  };
  const loss = (v.loss ?? COURSE_NEURON.loss) as LossId;
  if (!LOSS_IDS.includes(loss)) {
    throw new UsageError(`unknown loss "${v.loss}"; use one of ${LOSS_IDS.join(', ')}`);
  }
  const weights = v.weights === undefined ? undefined : numberList(v.weights, '--weights');
  const seed = v.seed === undefined ? 1 : integer(v.seed, '--seed');
  return {
    model: modelOf(shape, weights, seed),
    input,
    target: targetOf(v.target),
    loss,
    learningRate: v.lr === undefined ? COURSE_NEURON.learningRate : parseNumber(v.lr, '--lr'),
  };
}

/** The trace for people: one line per step, its phase first. */
function traceText(trace: BackpropTrace): string {
  const width = Math.max(...trace.steps.map((s) => s.phase.length));
  return trace.steps.map((s) => `${s.phase.padEnd(width)}  ${s.text}`).join('\n');
}

/** `actlab backprop`. */
export const backpropCommand: Command = {
  summary: 'one step of backpropagation on one example, every number of it',
  usage:
    'actlab backprop [--layers 2,1] [--activation sigmoid|relu,sigmoid|formula:<text>] ' +
    `[--input 1,0.5] [--target 1] [--weights w,...,b,...] [--lr 0.5] [--loss ${LOSS_IDS.join('|')}] ` +
    '[--seed s] [--json]\n' +
    "       Without options: the course's sigmoid neuron, x = (1, 0.5), w = (0.3, -0.2), b = 0.1,\n" +
    '       target 1, mse, lr 0.5.\n' +
    `       --layers: units per layer, the last being the output (at most ${TRACE_LIMITS.maxLayers} layers of ${TRACE_LIMITS.maxUnits}).\n` +
    '       --activation: one for every layer, or one per layer.\n' +
    "       --weights: every number, layer by layer, each unit's weights and then its bias\n" +
    '       (default: uniform in [-0.5, 0.5] by --seed, to two decimals; biases 0.1).\n' +
    '       --target: one value per output, or the class index for cross_entropy.',
  flags: {
    layers: 'value',
    activation: 'value',
    input: 'value',
    target: 'value',
    weights: 'value',
    lr: 'value',
    loss: 'value',
    seed: 'value',
    json: 'switch',
  },
  run(argv) {
    const args = parseArgs(argv, this.flags);
    const request = requestOf(args);
    let trace: BackpropTrace;
    try {
      trace = resolving(() => backpropTrace(request));
    } catch (error) {
      asUsage(error);
    }
    return args.switches.has('json')
      ? json(encodeDeep({ model: request.model, ...trace }))
      : traceText(trace);
  },
};
