/** Messages between the digits lesson and its worker, each tagged with the run it belongs to. */
import type { DigitsProgress, DigitsResult, DigitsSettings } from './digits-training.js';

/** To the worker. */
export type DigitsCommand =
  | { readonly type: 'train'; readonly run: number; readonly settings: DigitsSettings }
  | { readonly type: 'cancel' };

/** From the worker. */
export type DigitsEvent =
  | { readonly type: 'loaded'; readonly run: number; readonly train: number; readonly test: number }
  | { readonly type: 'progress'; readonly run: number; readonly progress: DigitsProgress }
  | { readonly type: 'done'; readonly run: number; readonly result: DigitsResult }
  | { readonly type: 'error'; readonly run: number; readonly message: string };
