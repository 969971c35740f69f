/**
 * `actlab train`: @actlab/train's pipeline from the terminal (request -> `planRun` ->
 * `runSession` -> `trainAnswer`), the same as the API's POST /v1/train, so its JSON answer has
 * that answer's shape (history, model, metrics) and `--experiment` starts from an experiment's
 * preset as the API's `experiment` field does. Every option is checked by `planRun`; its errors
 * are usage errors naming the field. A progress bar goes to stderr only when stderr is a terminal,
 * so piped output stays clean. An activation may be a typed formula, `formula:<text>`, in
 * `--activation` (one per hidden layer, comma-separated) and `--output`.
 */
import { writeFileSync } from 'node:fs';
import { encodeDeep, formatExact, formatTable } from '@actlab/format';
import type { Metrics, OptimizerId, TrainRequest } from '@actlab/train';
import {
  EXPERIMENT_CATALOG,
  OPTIMIZER_IDS,
  createSession,
  planRun,
  runSession,
  trainAnswer,
} from '@actlab/train';
import type { Parsed } from './args.js';
import { parseArgs, parseNumber } from './args.js';
import type { Command } from './command.js';
import { activationsOf, asUsage, checkFormulas, integer } from './train-shared.js';
import { CommandFailure, UsageError } from './usage-error.js';

/** Most history entries answered (as the API answers): long runs report every k-th epoch. */
const MAX_HISTORY = 200;

/** What a run without an experiment trains when a flag is left out. */
const DEFAULTS = { hidden: [8], activation: 'relu', epochs: 100 } as const;

/** A one-line progress bar on stderr (terminals only). */
function progressBar(total: number): ((m: Metrics) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (m) => {
    const width = 30;
    const done = Math.round((m.epoch / total) * width);
    process.stderr.write(
      `\r[${'#'.repeat(done)}${' '.repeat(width - done)}] epoch ${m.epoch}/${total}  loss ${m.trainLoss.toPrecision(4)}`,
    );
    if (m.epoch >= total) process.stderr.write('\n');
  };
}

/** `--hidden 8,8`; `0` or empty means no hidden layer: a linear or logistic model. */
function hiddenOf(text: string): number[] {
  const t = text.trim();
  return t === '' || t === '0' ? [] : t.split(',').map((u) => integer(u, '--hidden'));
}

/**
 * The optimizer the flags ask for, or undefined for the preset's (or train's default). With an
 * experiment, `--lr` alone changes the preset optimizer's learning rate; another `--optimizer`
 * starts from that rule's defaults, since the preset's settings suit its own rule only. Unknown
 * types are `planRun`'s to refuse.
 */
function optimizerOf(
  v: Parsed['values'],
  experimentId: string | undefined,
): TrainRequest['optimizer'] {
  if (v.optimizer === undefined && v.lr === undefined) return undefined;
  const preset = EXPERIMENT_CATALOG.find((e) => e.id === experimentId)?.preset.optimizer;
  const type = (v.optimizer ?? preset?.type ?? 'sgd') as OptimizerId;
  const base = preset?.type === type ? preset : {};
  return {
    ...base,
    type,
    ...(v.lr !== undefined ? { learningRate: parseNumber(v.lr, '--lr') } : {}),
  };
}

/**
 * The request the arguments make. Without `--experiment`, flags left out take the CLI's defaults
 * (one hidden layer of 8 relu units, 100 epochs); with it, the experiment's preset supplies them.
 */
function requestOf(args: Parsed): TrainRequest {
  const [name, ...rest] = args.positionals;
  const v = args.values;
  const id = v.experiment;
  if (rest.length > 0 || (name === undefined && id === undefined)) {
    throw new UsageError('train takes one dataset name, or --experiment <id>');
  }
  const activations = v.activation === undefined ? undefined : activationsOf(v.activation);
  checkFormulas([...(activations ?? []), ...(v.output !== undefined ? [v.output] : [])]);
  const defaults = id === undefined ? DEFAULTS : {};
  const optimizer = optimizerOf(v, id);
  return {
    ...defaults,
    ...(id !== undefined ? { experiment: id } : {}),
    ...(name !== undefined ? { dataset: name } : {}),
    ...(v.hidden !== undefined ? { hidden: hiddenOf(v.hidden) } : {}),
    ...(activations !== undefined
      ? { activation: activations.length === 1 ? (activations[0] as string) : activations }
      : {}),
    ...(v.epochs !== undefined ? { epochs: integer(v.epochs, '--epochs') } : {}),
    ...(v.output !== undefined ? { output: v.output } : {}),
    ...(v.loss !== undefined ? { loss: v.loss } : {}),
    ...(optimizer !== undefined ? { optimizer } : {}),
    ...(v.batch !== undefined ? { batchSize: integer(v.batch, '--batch') } : {}),
    ...(v.points !== undefined ? { points: integer(v.points, '--points') } : {}),
    ...(v.noise !== undefined ? { noise: parseNumber(v.noise, '--noise') } : {}),
    ...(v.seed !== undefined ? { seed: integer(v.seed, '--seed') } : {}),
  };
}

/** The final metrics as a table for people. */
function metricsTable(m: Metrics): string {
  return formatTable([
    ['epochs', formatExact(m.epoch)],
    ['training loss', formatExact(m.trainLoss)],
    ...(m.testLoss !== undefined ? [['test loss', formatExact(m.testLoss)]] : []),
    ...(m.accuracy !== undefined ? [['training accuracy', formatExact(m.accuracy)]] : []),
    ...(m.testAccuracy !== undefined ? [['test accuracy', formatExact(m.testAccuracy)]] : []),
    ...(m.r2 !== undefined ? [['training R²', formatExact(m.r2)]] : []),
    ...(m.testR2 !== undefined ? [['test R²', formatExact(m.testR2)]] : []),
    ...m.layers.map((l, i) => [`layer ${i + 1} gradient norm`, formatExact(l.gradientNorm)]),
  ]);
}

/** `actlab train`. */
export const trainCommand: Command = {
  summary: "train a small network on a dataset, or from an experiment's preset",
  usage:
    'actlab train [<dataset>] [--experiment <id>] [--hidden 8,8] [--activation relu|formula:<text>] ' +
    `[--output sigmoid] [--loss binary_cross_entropy] [--optimizer ${OPTIMIZER_IDS.join('|')}] [--lr r] ` +
    '[--batch n] [--points n] [--noise r] [--epochs n] [--seed s] [--json] [--out model.json]',
  flags: {
    experiment: 'value',
    hidden: 'value',
    activation: 'value',
    output: 'value',
    loss: 'value',
    optimizer: 'value',
    lr: 'value',
    batch: 'value',
    points: 'value',
    noise: 'value',
    epochs: 'value',
    seed: 'value',
    json: 'switch',
    out: 'value',
  },
  async run(argv) {
    const args = parseArgs(argv, this.flags);
    const request = requestOf(args);
    let plan;
    try {
      plan = planRun(request);
    } catch (error) {
      asUsage(error);
    }
    const bar = progressBar(plan.epochs);
    const result = await runSession(createSession(plan), {
      progressEvery: Math.max(1, Math.ceil(plan.epochs / MAX_HISTORY)),
      ...(bar ? { onProgress: bar } : {}),
    }).catch(asUsage);
    const answer = trainAnswer(result, plan);
    const out = args.values.out;
    if (out !== undefined) {
      writeFileSync(out, `${JSON.stringify(encodeDeep(answer.model), null, 2)}\n`);
    }
    const stdout = args.switches.has('json')
      ? JSON.stringify(encodeDeep(answer), null, 2)
      : metricsTable(answer.metrics) + (out !== undefined ? `\nmodel written to ${out}` : '');
    // A run that blew up is a failure a script must see (exit 1), with its figures still printed.
    if (answer.diverged) throw new CommandFailure(answer.diverged.message, stdout);
    return stdout;
  },
};
