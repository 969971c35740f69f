/**
 * The data side of planning a run: which dataset a request names, the options its shortcuts
 * (`points`, `noise`, `features`, `seed`) give it, and rows a caller brings instead of generating
 * them. Apart from `plan.ts`, which checks the rest of the request and counts the work.
 */
import { DIGITS_INFO } from './datasets/digits.js';
import type { DatasetInfo } from './datasets/options.js';
import { completeOptions } from './datasets/options.js';
import { datasetInfo, resolveDatasetName } from './datasets/registry.js';
import { TrainError } from './errors.js';
import type { RunRequest } from './request.js';
import type { TrainData } from './trainer.js';

/** The dataset's options from the request's shortcuts; an option the dataset does not take is an error. */
export function datasetOptions(
  name: string,
  info: DatasetInfo,
  request: RunRequest,
): Record<string, number> {
  const takes = new Set(info.options.map((o) => o.name));
  const options: Record<string, number> = {};
  const given: [string, number | undefined][] = [
    ['points', request.points],
    ['noise', request.noise],
    ['features', request.features],
    ['seed', request.seed],
  ];
  for (const [key, value] of given) {
    if (value === undefined) continue;
    if (!takes.has(key)) {
      // The seed also seeds the split and the weights, so a dataset without one simply ignores it.
      if (key === 'seed') continue;
      throw new TrainError('INVALID_DATASET', `${name} takes no ${key} option`, key);
    }
    options[key] = value;
  }
  // Checked (and defaults filled) now, before anything is generated.
  return completeOptions(name, info.options, options);
}

/**
 * The dataset a request names: a catalog entry, or the digits, which load asynchronously
 * (`loadDigits`) and so can only be planned on rows the caller has loaded (`PlanOptions.data`).
 */
export function namedDataset(
  requested: string,
  given: boolean,
): { name: string; info: DatasetInfo } {
  if (requested === DIGITS_INFO.name) {
    if (!given) {
      throw new TrainError(
        'INVALID_DATASET',
        'the digits load asynchronously: load them with loadDigits and plan on them with ' +
          "planRun's data option",
        'dataset',
      );
    }
    return { name: DIGITS_INFO.name, info: DIGITS_INFO };
  }
  const name = resolveDatasetName(requested);
  return { name, info: datasetInfo(name) };
}

/** The caller's rows (`PlanOptions.data`), checked against the dataset they stand for. */
export function givenSplit(data: TrainData, name: string, info: DatasetInfo, width: number) {
  for (const path of ['train', 'test'] as const) {
    const part = data[path];
    if (part === undefined) continue;
    if (part.size < 1) {
      throw new TrainError('SHAPE_MISMATCH', `data.${path} has no rows`, `data.${path}`);
    }
    if (
      part.inputSize !== width ||
      part.outputSize !== info.outputSize ||
      part.task !== info.task
    ) {
      throw new TrainError(
        'SHAPE_MISMATCH',
        `data.${path} has ${part.inputSize} inputs, ${part.outputSize} outputs and a ${part.task} ` +
          `task, but ${name} has ${width}, ${info.outputSize} and ${info.task}`,
        `data.${path}`,
      );
    }
  }
  return data;
}
