/**
 * `actlab train`: @actlab/train's run from the terminal. Its JSON answer has the shape of the
 * API's POST /v1/train answer (history, model, metrics); a progress bar goes to stderr only when
 * stderr is a terminal, so piped output stays clean.
 */
import { writeFileSync } from 'node:fs';
import type { Metrics, RunRequest } from '@actlab/train';
import { OPTIMIZER_IDS, foldStandardization, historyEntry, prepareRun, train } from '@actlab/train';
import { parseArgs, parseNumber } from './args.js';
import type { Command } from './command.js';
import { asUsage, integer } from './train-shared.js';
import { UsageError } from './usage-error.js';
import { show, table, wireDeep } from './wire.js';

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

/** `actlab train`. */
export const trainCommand: Command = {
  summary: 'train a small network on a dataset',
  usage:
    'actlab train <dataset> [--hidden 8,8] [--activation relu] [--output sigmoid] [--loss binary_cross_entropy] ' +
    `[--optimizer ${OPTIMIZER_IDS.join('|')}] [--lr r] [--batch n] [--points n] [--noise r] [--epochs n] [--seed s] [--json] [--out model.json]`,
  flags: {
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
    const [name, ...rest] = args.positionals;
    if (name === undefined || rest.length > 0) throw new UsageError('train takes one dataset name');
    const v = args.values;
    // --hidden 0 (or empty) means no hidden layer: a linear or logistic model.
    const hidden =
      v.hidden === undefined
        ? [8]
        : v.hidden.trim() === '' || v.hidden.trim() === '0'
          ? []
          : v.hidden.split(',').map((t) => integer(t, '--hidden'));
    const activations = (v.activation ?? 'relu').split(',');
    const epochs = v.epochs === undefined ? 100 : integer(v.epochs, '--epochs');
    if (epochs < 1) throw new UsageError('--epochs must be at least 1');
    const request: RunRequest = {
      dataset: name,
      hidden,
      activation: activations.length === 1 ? (activations[0] as string) : activations,
      epochs,
      ...(v.output !== undefined ? { output: v.output } : {}),
      ...(v.loss !== undefined ? { loss: v.loss } : {}),
      ...(v.optimizer !== undefined || v.lr !== undefined
        ? {
            optimizer: {
              type: (v.optimizer ?? 'sgd') as (typeof OPTIMIZER_IDS)[number],
              ...(v.lr !== undefined ? { learningRate: parseNumber(v.lr, '--lr') } : {}),
            },
          }
        : {}),
      ...(v.batch !== undefined ? { batchSize: integer(v.batch, '--batch') } : {}),
      ...(v.points !== undefined ? { points: integer(v.points, '--points') } : {}),
      ...(v.noise !== undefined ? { noise: parseNumber(v.noise, '--noise') } : {}),
      ...(v.seed !== undefined ? { seed: integer(v.seed, '--seed') } : {}),
    };
    if (
      request.optimizer &&
      !(OPTIMIZER_IDS as readonly string[]).includes(request.optimizer.type)
    ) {
      throw new UsageError(
        `unknown optimizer "${request.optimizer.type}"; use ${OPTIMIZER_IDS.join(', ')}`,
      );
    }
    let prepared;
    try {
      prepared = prepareRun(request);
    } catch (error) {
      asUsage(error);
    }
    const bar = progressBar(epochs);
    const result = await train(prepared.config, prepared.data, {
      epochs,
      progressEvery: Math.max(1, Math.ceil(epochs / 200)),
      ...(bar ? { onProgress: bar } : {}),
    }).catch(asUsage);
    const model = prepared.scaling
      ? foldStandardization(result.model, prepared.scaling)
      : result.model;
    if (v.out !== undefined) writeFileSync(v.out, `${JSON.stringify(wireDeep(model), null, 2)}\n`);
    if (args.switches.has('json')) {
      return JSON.stringify(
        wireDeep({ history: result.history.map(historyEntry), model, metrics: result.metrics }),
        null,
        2,
      );
    }
    const m = result.metrics;
    const rows = [
      ['epochs', show(m.epoch)],
      ['training loss', show(m.trainLoss)],
      ...(m.testLoss !== undefined ? [['test loss', show(m.testLoss)]] : []),
      ...(m.accuracy !== undefined ? [['training accuracy', show(m.accuracy)]] : []),
      ...(m.testAccuracy !== undefined ? [['test accuracy', show(m.testAccuracy)]] : []),
      ...(m.r2 !== undefined ? [['training R²', show(m.r2)]] : []),
      ...(m.testR2 !== undefined ? [['test R²', show(m.testR2)]] : []),
      ...m.layers.map((l, i) => [`layer ${i + 1} gradient norm`, show(l.gradientNorm)]),
    ];
    return table(rows) + (v.out !== undefined ? `\nmodel written to ${v.out}` : '');
  },
};
