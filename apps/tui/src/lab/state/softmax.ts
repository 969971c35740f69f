/**
 * The Softmax screen's state: the logits, which one is selected, the temperature, and the text
 * being typed into a logit or the temperature. Pure, so every edit, bound and refusal is tested
 * without a terminal; the numbers themselves come from @actlab/core (`softmaxView`).
 */
import { activation } from '@actlab/core';
import { formatNumber, parseNumber } from '@actlab/format';
import type { EntryKey, EntryStep } from './text-entry.js';
import { entryStep } from './text-entry.js';

/** The course's worked example: raw scores 2.33, -1.46, 0.56 give 83.83%, 1.89%, 14.28%. */
export const COURSE_LOGITS: readonly number[] = [2.33, -1.46, 0.56];
/** Fewest logits: with one, softmax is always 100% and there is nothing to compare. */
const MIN_LOGITS = 2;
/** Most logits the screen ever shows (fewer when the terminal is short). */
export const MAX_LOGITS = 10;
/** Largest |logit| accepted: far beyond where softmax has become one-hot, still exact in core. */
const LOGIT_LIMIT = 100_000;
/** What ←/→ and Shift+←/→ add to a logit. */
export const LOGIT_STEP = { small: 0.1, large: 1 } as const;
/** The range `[` and `]` keep the temperature in (typing may go beyond, as long as T > 0). */
export const TEMPERATURE_KEYS = { min: 0.01, max: 100 } as const;

/** Which value a typed entry will replace. */
type EntryField = 'logit' | 'temperature';

/** Softmax screen state. */
export interface SoftmaxState {
  /** The logits z_i, one per class. */
  readonly logits: readonly number[];
  /** Index of the selected logit. */
  readonly selected: number;
  /** Temperature T of softmax(z / T); always finite and > 0. */
  readonly temperature: number;
  /** The text being typed and where it goes, while a value is being entered. */
  readonly entry?: { readonly field: EntryField; readonly text: string };
  /** Why the last command was refused (the old value is kept), cleared by the next change. */
  readonly error?: string;
}

/** What a key can mean on the Softmax screen when nothing is being typed. */
export type SoftmaxCommand =
  /** Moves the selection by `delta` rows (clamped to the list). */
  | { readonly type: 'select'; readonly delta: number }
  /** Adds `delta` to the selected logit. */
  | { readonly type: 'nudge'; readonly delta: number }
  /** Multiplies the temperature by `factor`, within TEMPERATURE_KEYS. */
  | { readonly type: 'scale-temperature'; readonly factor: number }
  /** Starts typing a new value for the selected logit or the temperature. */
  | { readonly type: 'start-entry'; readonly field: EntryField }
  /** Adds a logit of 0 after the others, unless `max` (what fits on screen) are already there. */
  | { readonly type: 'add'; readonly max: number }
  /** Removes the selected logit, unless only MIN_LOGITS are left. */
  | { readonly type: 'remove' }
  /** Back to the course's example at T = 1. */
  | { readonly type: 'reset' };

/** What can happen on the Softmax screen. */
export type SoftmaxAction =
  | SoftmaxCommand
  /**
   * A key press while typing, read by `entryStep` against the current text (here rather than in
   * the component, so two presses between renders never read stale text).
   */
  | { readonly type: 'entry-key'; readonly key: EntryKey }
  /**
   * A key press, with what it means as a command and as typing: the reducer picks by whether a
   * value is being typed now, so two presses between renders (Enter then a digit) never meet
   * stale state.
   */
  | { readonly type: 'press'; readonly command?: SoftmaxCommand; readonly entry: EntryKey };

/** The course's example at temperature 1, first logit selected. */
export function initialSoftmax(): SoftmaxState {
  return { logits: [...COURSE_LOGITS], selected: 0, temperature: 1 };
}

/** Applies an action; a refused one keeps every value and sets `error`. */
export function softmaxReducer(state: SoftmaxState, action: SoftmaxAction): SoftmaxState {
  // Any new action clears the last refusal; a refused one sets it again.
  const clean: SoftmaxState = { ...state, error: undefined };
  switch (action.type) {
    case 'select': {
      const selected = clamp(state.selected + action.delta, 0, state.logits.length - 1);
      return { ...clean, selected };
    }
    case 'nudge': {
      const current = state.logits[state.selected] as number;
      // Rounded to 12 digits so repeated 0.1 steps read 2.43, not 2.4300000000000002.
      const next = Number((current + action.delta).toPrecision(12));
      if (Math.abs(next) > LOGIT_LIMIT) {
        return { ...clean, error: `a logit must stay within ±${LOGIT_LIMIT}` };
      }
      return { ...clean, logits: replaceAt(state.logits, state.selected, next) };
    }
    case 'scale-temperature': {
      const { min, max } = TEMPERATURE_KEYS;
      const temperature = clamp(
        Number((state.temperature * action.factor).toPrecision(12)),
        min,
        max,
      );
      return { ...clean, temperature };
    }
    case 'start-entry':
      return { ...clean, entry: { field: action.field, text: '' } };
    case 'entry-key':
      return state.entry ? entryReducer(clean, entryStep(state.entry.text, action.key)) : state;
    case 'add': {
      const max = Math.min(MAX_LOGITS, action.max);
      if (state.logits.length >= max) {
        return { ...clean, error: `at most ${max} logits fit here` };
      }
      return { ...clean, logits: [...state.logits, 0], selected: state.logits.length };
    }
    case 'remove': {
      if (state.logits.length <= MIN_LOGITS) {
        return { ...clean, error: `softmax needs at least ${MIN_LOGITS} logits to compare` };
      }
      const logits = state.logits.filter((_, i) => i !== state.selected);
      return { ...clean, logits, selected: Math.min(state.selected, logits.length - 1) };
    }
    case 'reset':
      return initialSoftmax();
    case 'press':
      if (state.entry) return softmaxReducer(state, { type: 'entry-key', key: action.entry });
      return action.command ? softmaxReducer(state, action.command) : state;
  }
}

/** Typing into the entry; Enter commits the value if it is usable, or keeps the old one and says why. */
function entryReducer(state: SoftmaxState, step: EntryStep): SoftmaxState {
  const current = state.entry;
  if (!current) return state;
  const rest: SoftmaxState = { ...state, entry: undefined };
  if (step.kind === 'edit') return { ...state, entry: { ...current, text: step.text } };
  if (step.kind === 'cancel' || step.text.trim() === '') return rest;
  const problem =
    current.field === 'logit'
      ? logitProblem(step.text, state.selected)
      : temperatureProblem(step.text);
  if (problem) return { ...rest, error: problem };
  const value = (parseNumber(step.text) as { readonly value: number }).value;
  return current.field === 'logit'
    ? { ...rest, logits: replaceAt(state.logits, state.selected, value) }
    : { ...rest, temperature: value };
}

/** Why `text` cannot be logit `index`, or undefined when it can. */
function logitProblem(text: string, index: number): string | undefined {
  const parsed = parseNumber(text);
  const name = `logit ${index + 1}`;
  if (!parsed.ok) return `"${text.trim()}" is not a number; ${name} is unchanged`;
  const { value } = parsed;
  if (!Number.isFinite(value)) return `${name} must be finite, not ${formatNumber(value)}`;
  if (Math.abs(value) > LOGIT_LIMIT) return `${name} must be within ±${LOGIT_LIMIT}`;
  return undefined;
}

/** Why `text` cannot be the temperature, or undefined when it can. */
function temperatureProblem(text: string): string | undefined {
  const parsed = parseNumber(text);
  if (!parsed.ok) return `"${text.trim()}" is not a number; the temperature is unchanged`;
  const { value } = parsed;
  if (!Number.isFinite(value)) return `the temperature must be finite, not ${formatNumber(value)}`;
  if (!(value > 0)) return `the temperature must be greater than 0, not ${formatNumber(value)}`;
  return undefined;
}

/** What the screen shows for a state, all computed by @actlab/core. */
export interface SoftmaxView {
  /** softmax(z / T). */
  readonly softmax: Float64Array;
  /** sparsemax(z), which has no temperature: low scores get exactly 0. */
  readonly sparsemax: Float64Array;
  /** Sum of the softmax probabilities (1 up to rounding). */
  readonly sum: number;
  /** Indices of the largest probability (several when tied). */
  readonly top: readonly number[];
}

/** The distributions of `logits` at `temperature`. */
export function softmaxView(logits: readonly number[], temperature: number): SoftmaxView {
  const softmax = activation('softmax', { temperature }).f(logits);
  const sparsemax = activation('sparsemax').f(logits);
  let sum = 0;
  let best = -Infinity;
  for (const p of softmax) {
    sum += p;
    if (p > best) best = p;
  }
  const top: number[] = [];
  softmax.forEach((p, i) => {
    if (p === best) top.push(i);
  });
  return { softmax, sparsemax, sum, top };
}

function replaceAt(values: readonly number[], index: number, value: number): number[] {
  return values.map((v, i) => (i === index ? value : v));
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
