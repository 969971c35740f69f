/**
 * The step function has no usable gradient: its derivative is 0 everywhere, so backpropagation
 * sends nothing through it and gradient descent cannot move the weights before it. A sigmoid in its
 * place learns. The step neuron can still learn alone, by the perceptron rule, on separable data.
 */
import type { Dataset } from '../datasets/dataset.js';
import { dataset } from '../datasets/registry.js';
import { createRng } from '../rng.js';
import { runTrainer } from '../run.js';
import type { TrainConfig } from '../trainer.js';
import { createTrainer } from '../trainer.js';
import type { Experiment, ExperimentOptions, ExperimentOutcome } from './experiment.js';
import { fmt } from './experiment.js';

const DEFAULTS = {
  dataset: 'circle',
  points: 200,
  noise: 0.05,
  hidden: 8,
  optimizer: { type: 'sgd', learningRate: 0.5 },
  batchSize: 10,
  epochs: 100,
  perceptron: { points: 200, margin: 0.1, learningRate: 0.1, maxEpochs: 1000 },
  seed: 2,
} as const;

/** Points on either side of the line x + y = 0, at least `margin` away from it: linearly separable. */
function separablePoints(points: number, margin: number, seed: number): Dataset {
  const rng = createRng(seed);
  const inputs = new Float64Array(points * 2);
  const targets = new Float64Array(points);
  for (let i = 0; i < points; i++) {
    let x = 0;
    let y = 0;
    do {
      x = rng.next() * 2 - 1;
      y = rng.next() * 2 - 1;
    } while (Math.abs(x + y) / Math.SQRT2 < margin);
    inputs[2 * i] = x;
    inputs[2 * i + 1] = y;
    targets[i] = x + y > 0 ? 1 : 0;
  }
  return {
    name: 'separable',
    task: 'binary',
    size: points,
    inputSize: 2,
    outputSize: 1,
    inputs,
    targets,
    featureNames: ['x', 'y'],
  };
}

/**
 * Rosenblatt's perceptron rule for one step neuron: w += lr (t - y) x, b += lr (t - y), epoch after
 * epoch until every point is classified right. Returns the epochs used and the final accuracy.
 */
function perceptron(
  data: Dataset,
  learningRate: number,
  maxEpochs: number,
): { epochs: number; accuracy: number } {
  const w = [0, 0];
  let b = 0;
  const predict = (i: number): number =>
    (w[0] as number) * (data.inputs[2 * i] as number) +
      (w[1] as number) * (data.inputs[2 * i + 1] as number) +
      b >=
    0
      ? 1
      : 0;
  let epochs = 0;
  for (; epochs < maxEpochs; epochs++) {
    let mistakes = 0;
    for (let i = 0; i < data.size; i++) {
      const error = (data.targets[i] as number) - predict(i);
      if (error === 0) continue;
      mistakes++;
      w[0] = (w[0] as number) + learningRate * error * (data.inputs[2 * i] as number);
      w[1] = (w[1] as number) + learningRate * error * (data.inputs[2 * i + 1] as number);
      b += learningRate * error;
    }
    if (mistakes === 0) break;
  }
  let correct = 0;
  for (let i = 0; i < data.size; i++) if (predict(i) === data.targets[i]) correct++;
  return { epochs: epochs + 1, accuracy: correct / data.size };
}

async function run(options: ExperimentOptions = {}): Promise<ExperimentOutcome> {
  const seed = options.seed ?? DEFAULTS.seed;
  const data = dataset(DEFAULTS.dataset, { points: DEFAULTS.points, noise: DEFAULTS.noise, seed });
  const train = async (
    hidden: string,
    output: string,
    loss: TrainConfig['loss'],
    label: string,
  ) => {
    const trainer = createTrainer(
      {
        layers: [
          { units: DEFAULTS.hidden, activation: hidden },
          { units: 1, activation: output },
        ],
        loss,
        optimizer: DEFAULTS.optimizer,
        batchSize: DEFAULTS.batchSize,
        init: 'uniform',
        seed,
      },
      { train: data },
    );
    const before = trainer.evaluate();
    options.onProgress?.(label, before);
    const firstLayer = Float64Array.from(trainer.network.layers[0]?.weights ?? []);
    const result = await runTrainer(trainer, {
      epochs: DEFAULTS.epochs,
      progressEvery: 10,
      ...(options.signal ? { signal: options.signal } : {}),
      onProgress: (m) => options.onProgress?.(label, m),
    });
    const moved = trainer.network.layers[0]?.weights.some((w, i) => w !== firstLayer[i]) ?? false;
    // The curve starts at epoch 0, before any step: the flat step curve is flat from the start.
    return { before, after: result.metrics, history: [before, ...result.history], moved };
  };
  // Step everywhere: every derivative is 0, so nothing moves and the loss cannot change.
  const allStep = await train('binary_step', 'binary_step', 'mse', 'step');
  // Step hidden, sigmoid output: the output layer learns, but no gradient reaches the hidden weights.
  const stepHidden = await train('binary_step', 'sigmoid', 'binary_cross_entropy', 'step hidden');
  const sigmoid = await train('sigmoid', 'sigmoid', 'binary_cross_entropy', 'sigmoid');
  const p = DEFAULTS.perceptron;
  const rule = perceptron(separablePoints(p.points, p.margin, seed), p.learningRate, p.maxEpochs);
  const stepGradient = stepHidden.after.layers[0]?.gradientNorm ?? NaN;
  const holds =
    allStep.after.trainLoss === allStep.before.trainLoss &&
    !allStep.moved &&
    stepGradient === 0 &&
    !stepHidden.moved &&
    sigmoid.after.trainLoss <= 0.5 * sigmoid.before.trainLoss &&
    rule.accuracy === 1;
  const epochs = sigmoid.history.map((m) => m.epoch);
  return {
    id: 'step-no-gradient',
    seed,
    measurements: {
      'step network loss before': allStep.before.trainLoss,
      'step network loss after': allStep.after.trainLoss,
      'step hidden layer gradient norm': stepGradient,
      'sigmoid loss before': sigmoid.before.trainLoss,
      'sigmoid loss after': sigmoid.after.trainLoss,
      'sigmoid accuracy': sigmoid.after.accuracy ?? NaN,
      'perceptron epochs': rule.epochs,
      'perceptron accuracy': rule.accuracy,
    },
    series: [
      { label: 'step loss', epochs, values: allStep.history.map((m) => m.trainLoss) },
      {
        label: 'step hidden, sigmoid output loss',
        epochs,
        values: stepHidden.history.map((m) => m.trainLoss),
      },
      { label: 'sigmoid loss', epochs, values: sigmoid.history.map((m) => m.trainLoss) },
    ],
    summary: `With binary_step units the loss stays at ${fmt(allStep.after.trainLoss)} after ${DEFAULTS.epochs} epochs and the hidden layer's gradient is exactly ${stepGradient}; with sigmoid units the loss falls from ${fmt(sigmoid.before.trainLoss)} to ${fmt(sigmoid.after.trainLoss)}. A lone step neuron trained by the perceptron rule separates linearly separable points perfectly in ${rule.epochs} epochs.`,
    holds,
  };
}

/** The step-no-gradient experiment. */
export const stepNoGradient: Experiment = {
  info: {
    id: 'step-no-gradient',
    title: 'The step function has no gradient',
    lesson: 'Gradient descent needs a derivative; the step function has none that is useful.',
    explanation:
      "The same small network is trained on the circle data three times. With binary_step units everywhere, every derivative is zero, so backpropagation multiplies the error by zero: the weights never move and the loss never changes. With step hidden units and a sigmoid output, only the output layer learns; the hidden weights stay exactly where they started. With sigmoid units the network learns. The step neuron is not useless: alone, Rosenblatt's perceptron rule (which needs no derivative) finds a separating line for linearly separable points.",
    defaults: DEFAULTS,
    preset: {
      dataset: DEFAULTS.dataset,
      points: DEFAULTS.points,
      noise: DEFAULTS.noise,
      hidden: [DEFAULTS.hidden],
      // Step hidden units under a sigmoid output: the loss moves a little, the hidden weights never.
      activation: 'binary_step',
      optimizer: DEFAULTS.optimizer,
      batchSize: DEFAULTS.batchSize,
      epochs: DEFAULTS.epochs,
      seed: DEFAULTS.seed,
    },
  },
  run,
};
