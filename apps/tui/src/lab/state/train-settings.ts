/**
 * The Train screen's settings form: what it offers (datasets, activations, learning rates, batch
 * sizes), how its text fields read (`8,8` layers, `relu,tanh` activations) and the training
 * request the settings make. Pure; the reducer in train.ts changes settings through it.
 */
import { SCALAR_IDS, closestNames, findActivationId } from '@actlab/core';
import type { OptimizerId, RunRequest } from '@actlab/train';
import { DATASET_CATALOG, MAX_EPOCHS, OPTIMIZER_IDS } from '@actlab/train';

/**
 * Datasets offered: the synchronous catalog. Digits (64 inputs, thousands of rows, loaded
 * asynchronously) are listed apart from it and left out on purpose: an epoch takes far longer than
 * the terminal loop's slice, and there is no plane to draw.
 */
export const TRAIN_DATASETS: readonly string[] = DATASET_CATALOG.map((d) => d.name);

/** Activations offered for the hidden layers: every scalar activation of the core catalog. */
export const HIDDEN_ACTIVATIONS: readonly string[] = SCALAR_IDS;

/** Learning rates offered, a 1-3-10 ladder. */
export const LEARNING_RATES: readonly number[] = [
  0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3,
];

/** Batch sizes offered (examples per step). */
const BATCH_SIZES: readonly number[] = [1, 5, 10, 25, 50, 100];

/** Most hidden layers the form takes. */
const MAX_LAYERS = 6;

/** Most units per hidden layer the form takes. */
const MAX_UNITS = 64;

/** The fields of the settings form, top to bottom. */
export const TRAIN_FIELDS = [
  'dataset',
  'hidden',
  'activation',
  'optimizer',
  'learningRate',
  'batchSize',
] as const;

/** One field of the settings form. */
export type TrainField = (typeof TRAIN_FIELDS)[number];

/** What the network is and how it learns. */
export interface TrainSettings {
  readonly dataset: string;
  /** Units per hidden layer, input side first (empty: a linear or logistic model). */
  readonly hidden: readonly number[];
  /** Activation of every hidden layer (unless `activations` gives one per layer). */
  readonly activation: string;
  /** One activation per hidden layer, input side first, when they differ (typed as `relu,tanh`). */
  readonly activations?: readonly string[];
  readonly optimizer: OptimizerId;
  readonly learningRate: number;
  readonly batchSize: number;
  /** Seed of the data, split, initial weights and batch order. */
  readonly seed: number;
}

/** The settings a first visit shows: TensorFlow Playground's circle with two tanh layers. */
export const DEFAULT_SETTINGS: TrainSettings = {
  dataset: 'circle',
  hidden: [8, 8],
  activation: 'tanh',
  optimizer: 'sgd',
  learningRate: 0.03,
  batchSize: 10,
  seed: 1,
};

/** The request @actlab/train prepares for `settings`. */
export function requestOf(settings: TrainSettings): RunRequest {
  return {
    dataset: settings.dataset,
    hidden: settings.hidden,
    activation: settings.activations ?? settings.activation,
    optimizer: { type: settings.optimizer, learningRate: settings.learningRate },
    batchSize: settings.batchSize,
    // The screen runs until paused: plan for the most epochs a run may have.
    epochs: MAX_EPOCHS,
    seed: settings.seed,
  };
}

/** Hidden layers as the form writes them: `8,8`, or `none` for no hidden layer. */
export function formatLayers(hidden: readonly number[]): string {
  return hidden.length === 0 ? 'none' : hidden.join(',');
}

/** Typed layers read as unit counts, or the problem with them in a few words. */
export function parseLayers(
  text: string,
): { readonly hidden: number[] } | { readonly error: string } {
  const t = text.trim();
  if (t === '' || t.toLowerCase() === 'none' || t === '0') return { hidden: [] };
  const parts = t.split(/[\s,]+/).filter((p) => p !== '');
  if (parts.length > MAX_LAYERS) return { error: `${parts.length} layers; at most ${MAX_LAYERS}` };
  const hidden: number[] = [];
  for (const part of parts) {
    if (!/^\d+$/.test(part)) return { error: `"${part}" is not a whole number` };
    const units = Number(part);
    if (units < 1 || units > MAX_UNITS) return { error: `${units} units; use 1 to ${MAX_UNITS}` };
    hidden.push(units);
  }
  return { hidden };
}

/** The hidden activations as the form writes them: one id, or one per layer (`relu,tanh`). */
export function formatActivations(settings: TrainSettings): string {
  return (settings.activations ?? [settings.activation]).join(',');
}

/**
 * Typed activations (ids or aliases, comma- or space-separated): one for every hidden layer, or
 * one per layer for `layers` layers; or the problem, naming the closest ids to a misspelt one.
 */
export function parseActivations(
  text: string,
  layers: number,
): { readonly ids: string[] } | { readonly error: string } {
  const parts = text.split(/[\s,]+/).filter((p) => p !== '');
  if (parts.length === 0) return { error: 'type an activation, e.g. relu or relu,tanh' };
  const ids: string[] = [];
  for (const part of parts) {
    const id = findActivationId(part);
    if (id === undefined || !HIDDEN_ACTIVATIONS.includes(id)) {
      const near = closestNames(part, HIDDEN_ACTIVATIONS);
      return {
        error: `"${part}" is not an activation for hidden layers${near.length ? `; try ${near.join(' or ')}` : ''}`,
      };
    }
    ids.push(id);
  }
  if (ids.length !== 1 && ids.length !== layers) {
    return { error: `${ids.length} activations for ${layers} hidden layers; give 1 or ${layers}` };
  }
  return { ids };
}

/** The next choice `delta` steps from `current` in `choices`, wrapping around. */
function cycled<T>(choices: readonly T[], current: T, delta: number): T {
  const at = Math.max(0, choices.indexOf(current));
  const n = choices.length;
  return choices[(((at + delta) % n) + n) % n] as T;
}

/** The nearest offered number at or past `current` in `delta`'s direction, clamped at the ends. */
function laddered(choices: readonly number[], current: number, delta: number): number {
  let at = choices.findIndex((c) => c >= current * (1 - 1e-9));
  if (at < 0) at = choices.length - 1;
  const next = Math.min(choices.length - 1, Math.max(0, at + delta));
  return choices[next] as number;
}

/** `settings` with field `field` moved `delta` choices. */
export function changed(settings: TrainSettings, field: TrainField, delta: number): TrainSettings {
  switch (field) {
    case 'dataset':
      return { ...settings, dataset: cycled(TRAIN_DATASETS, settings.dataset, delta) };
    case 'activation':
      // Cycling sets one activation for every layer again.
      return {
        ...settings,
        activation: cycled(HIDDEN_ACTIVATIONS, settings.activation, delta),
        activations: undefined,
      };
    case 'optimizer':
      return { ...settings, optimizer: cycled(OPTIMIZER_IDS, settings.optimizer, delta) };
    case 'learningRate':
      return { ...settings, learningRate: laddered(LEARNING_RATES, settings.learningRate, delta) };
    case 'batchSize':
      return { ...settings, batchSize: laddered(BATCH_SIZES, settings.batchSize, delta) };
    case 'hidden':
      return settings;
  }
}
