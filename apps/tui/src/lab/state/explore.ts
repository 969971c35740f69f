/**
 * The Explore screen's state: the catalog filter and cursor, formulas typed by the user (listed
 * above the catalog and treated like its functions), the functions pinned for comparison, each
 * function's parameters, the inspected x, the x window, and a field being typed. Parameters only
 * ever hold values the catalog (or a formula's declarations) allows: a step or an entry that would
 * leave the valid range is refused with a message naming the bound, and the old value stays; a
 * formula that does not parse leaves everything as it was, its field open with the fault.
 */
import type { ActivationInfo, FormulaId, ParamSpec, Params } from '@actlab/core';
import { MAX_FORMULA_LENGTH, activation, catalog, isActlabError } from '@actlab/core';
import { formatInterval, formatNumber, parseNumber } from '@actlab/format';
import type { FormulaFault } from './explore-formula.js';
import {
  MAX_FORMULAS,
  formulaInfo,
  formulaText,
  isTypedFormula,
  typedFormula,
} from './explore-formula.js';
import type { EntryKey } from './text-entry.js';
import { entryStep } from './text-entry.js';

/** Most functions shown at once (one colour and curve number each). */
const MAX_SHOWN = 4;

/** A field being typed: the x to inspect, the selected parameter, or a formula. */
interface Entry {
  readonly field: 'x' | 'param' | 'formula';
  readonly text: string;
  /** Why the formula last committed from this field does not parse (cleared by typing). */
  readonly fault?: FormulaFault;
}

/** Explore state. */
export interface ExploreState {
  /** Text typed to filter the list. */
  readonly filter: string;
  /** Id under the cursor (kept when the filter changes, if it still matches). */
  readonly selected: string;
  /** Formulas typed, newest first, as normalized `formula:` ids (at most `MAX_FORMULAS`). */
  readonly formulas: readonly FormulaId[];
  /** Ids pinned for comparison, in pinning order. */
  readonly pinned: readonly string[];
  /** Parameters changed from their defaults, per id. */
  readonly params: Readonly<Record<string, Params>>;
  /** Index of the parameter ←/→ change, among the selected function's. */
  readonly paramIndex: number;
  /** The x whose f(x) and f'(x) are shown. */
  readonly x: number;
  /** The x window of the plot. */
  readonly from: number;
  readonly to: number;
  /** Whether f' is drawn as well as f. */
  readonly derivative: boolean;
  /** A field being typed, if any. */
  readonly entry?: Entry;
  /** The last refusal or notice, in words. */
  readonly message?: string;
}

/** What a key can mean on the Explore screen when no field is being typed. */
export type ExploreCommand =
  /**
   * Text for the filter; `shellKey` when the shell takes the key while nothing is typed (`q`, a
   * screen's digit), so it only joins a filter that already holds text.
   */
  | {
      readonly type: 'filter-type';
      readonly text: string;
      readonly shellKey?: boolean;
      /** The formula key: it opens the formula field instead while the filter is empty. */
      readonly opensFormula?: boolean;
    }
  | { readonly type: 'filter-back' }
  | { readonly type: 'filter-clear' }
  | { readonly type: 'move'; readonly by: number }
  | { readonly type: 'toggle-pin' }
  | { readonly type: 'param-select'; readonly by: number }
  | { readonly type: 'param-step'; readonly direction: 1 | -1 }
  | { readonly type: 'entry-start'; readonly field: Entry['field'] }
  | { readonly type: 'toggle-derivative' }
  | { readonly type: 'zoom'; readonly factor: number }
  | { readonly type: 'pan'; readonly direction: 1 | -1 }
  | { readonly type: 'reset' };

/** What can happen on the Explore screen. */
export type ExploreAction =
  | ExploreCommand
  | { readonly type: 'entry-text'; readonly text: string }
  | { readonly type: 'entry-cancel' }
  | { readonly type: 'entry-commit' }
  /**
   * A key press, with what it means as a command and as typing: the reducer picks by whether a
   * field is being typed now (the screen's key handler can be a render behind when keys come fast).
   */
  | { readonly type: 'press'; readonly command?: ExploreCommand; readonly entry: EntryKey };

/** The default window, as in the web explorer. */
const DEFAULT_WINDOW = { from: -6, to: 6 } as const;

/** Explore's opening state: sigmoid at x = 1, as in the web explorer. */
export function initialExplore(): ExploreState {
  return {
    filter: '',
    selected: 'sigmoid',
    formulas: [],
    pinned: [],
    params: {},
    paramIndex: 0,
    x: 1,
    ...DEFAULT_WINDOW,
    derivative: true,
  };
}

/** Lower case with underscores as spaces, so "threshold function" finds `threshold_function`. */
const words = (s: string) => s.toLowerCase().replace(/_/g, ' ');

/**
 * Catalog entries whose id, name or an alias contains the filter (case-insensitive, underscores
 * and spaces alike: the notes' "threshold function" finds the binary step).
 */
export function filtered(filter: string): readonly ActivationInfo[] {
  const q = words(filter.trim());
  if (q === '') return catalog;
  return catalog.filter((info) =>
    [info.id, info.name, ...info.aliases].some((s) => words(s).includes(q)),
  );
}

/** The catalog entry of an id, or a typed formula's entry like it. */
export function infoOf(id: string): ActivationInfo | undefined {
  return isTypedFormula(id) ? formulaInfo(id) : catalog.find((info) => info.id === id);
}

/** The list's ids in order: the typed formulas, then the catalog, while nothing is filtered. */
export function listIds(state: ExploreState): readonly string[] {
  const matches = filtered(state.filter).map((info) => info.id);
  return state.filter.trim() === '' ? [...state.formulas, ...matches] : matches;
}

/** The functions drawn: the pinned ones, then the selected one if it is not pinned (at most 4 scalar ones). */
export function shownIds(state: ExploreState): readonly string[] {
  const ids = [...state.pinned];
  if (!ids.includes(state.selected) && infoOf(state.selected)?.kind === 'scalar')
    ids.push(state.selected);
  return ids.slice(0, MAX_SHOWN);
}

/** Every parameter of `id`, defaults filled in. */
export function paramsOf(state: ExploreState, id: string): Params {
  const info = infoOf(id);
  const values: Record<string, number> = {};
  for (const p of info?.params ?? []) values[p.name] = state.params[id]?.[p.name] ?? p.default;
  return values;
}

/** A step for ←/→: a tenth of the value's order of magnitude, at least 0.1 of 1. */
function paramStep(spec: ParamSpec, value: number): number {
  const scale = Math.max(Math.abs(value), Math.abs(spec.default), 1);
  return 10 ** Math.floor(Math.log10(scale)) / 10;
}

/** Why `value` is outside the parameter's valid range, or undefined when it is inside. */
function rangeProblem(spec: ParamSpec, value: number): string | undefined {
  const below = value < spec.min || (value === spec.min && !spec.minInclusive);
  const above = value > spec.max || (value === spec.max && !spec.maxInclusive);
  if (!Number.isFinite(value) || below || above) {
    return `${spec.name} must be in ${formatInterval(spec)}; ${formatNumber(value)} is not`;
  }
  return undefined;
}

/** Sets one parameter if the range and the activation itself (cross-parameter rules) accept it. */
function setParam(state: ExploreState, spec: ParamSpec, value: number): ExploreState {
  const problem = rangeProblem(spec, value);
  if (problem) return { ...state, message: problem };
  const id = state.selected;
  const next = { ...paramsOf(state, id), [spec.name]: value };
  try {
    activation(id, next);
  } catch (error) {
    if (isActlabError(error)) return { ...state, message: error.message };
    throw error;
  }
  return { ...state, params: { ...state.params, [id]: next }, message: undefined };
}

function selectedSpec(state: ExploreState): ParamSpec | undefined {
  const params = infoOf(state.selected)?.params ?? [];
  return params[Math.min(state.paramIndex, params.length - 1)];
}

/** The action a key press means in `state`: typing while a field is open, else its command. */
function pressed(
  state: ExploreState,
  command: ExploreCommand | undefined,
  entry: EntryKey,
): ExploreAction | undefined {
  if (!state.entry) return command;
  const max = state.entry.field === 'formula' ? MAX_FORMULA_LENGTH : undefined;
  const step = entryStep(state.entry.text, entry, max);
  if (step.kind === 'commit') return { type: 'entry-commit' };
  if (step.kind === 'cancel') return { type: 'entry-cancel' };
  return { type: 'entry-text', text: step.text };
}

/** The state with `filter` as the filter; the cursor stays on its id while that still matches. */
function filterTo(state: ExploreState, filter: string): ExploreState {
  const list = listIds({ ...state, filter });
  const keep = list.includes(state.selected);
  const selected = keep ? state.selected : (list[0] ?? state.selected);
  return {
    ...state,
    filter,
    selected,
    paramIndex: keep ? state.paramIndex : 0,
    message: list.length === 0 ? `nothing matches "${filter}"` : undefined,
  };
}

/** Applies an action. */
export function exploreReducer(state: ExploreState, action: ExploreAction): ExploreState {
  switch (action.type) {
    case 'press': {
      const next = pressed(state, action.command, action.entry);
      return next ? exploreReducer(state, next) : state;
    }
    case 'filter-type':
      // With an empty filter, the shell's keys stay the shell's (the shell has acted on them).
      if (action.shellKey && state.filter === '') return state;
      if (action.opensFormula && state.filter === '') {
        return exploreReducer(state, { type: 'entry-start', field: 'formula' });
      }
      return filterTo(state, state.filter + action.text);
    case 'filter-back':
      return filterTo(state, state.filter.slice(0, -1));
    case 'filter-clear':
      return filterTo(state, '');
    case 'move': {
      const list = listIds(state);
      if (list.length === 0) return state;
      const at = Math.max(0, list.indexOf(state.selected));
      const to = Math.min(list.length - 1, Math.max(0, at + action.by));
      const selected = list[to] as string;
      return selected === state.selected
        ? state
        : { ...state, selected, paramIndex: 0, message: undefined };
    }
    case 'toggle-pin': {
      const id = state.selected;
      if (state.pinned.includes(id))
        return { ...state, pinned: state.pinned.filter((p) => p !== id), message: undefined };
      if (infoOf(id)?.kind !== 'scalar') {
        return { ...state, message: `${id} maps a whole vector; see the Softmax screen (2)` };
      }
      if (state.pinned.length >= MAX_SHOWN) {
        return {
          ...state,
          message: `compare holds ${MAX_SHOWN} functions; unpin one first (Space on it)`,
        };
      }
      return { ...state, pinned: [...state.pinned, id], message: undefined };
    }
    case 'param-select': {
      const count = infoOf(state.selected)?.params.length ?? 0;
      if (count === 0) return { ...state, message: `${state.selected} has no parameters` };
      return {
        ...state,
        paramIndex: (state.paramIndex + action.by + count) % count,
        message: undefined,
      };
    }
    case 'param-step': {
      const spec = selectedSpec(state);
      if (!spec) return { ...state, message: `${state.selected} has no parameters` };
      const value = paramsOf(state, state.selected)[spec.name] as number;
      const step = paramStep(spec, value);
      // Round to the step's grid so repeated steps print as 0.3, not 0.30000000000000004.
      const next = Number(
        (Math.round(value / step) * step + action.direction * step).toPrecision(12),
      );
      return setParam(state, spec, next);
    }
    case 'entry-start': {
      if (action.field === 'param' && !selectedSpec(state)) {
        return { ...state, message: `${state.selected} has no parameters` };
      }
      // A formula's field starts from the selected formula, to edit it.
      const id = state.selected;
      const text = action.field === 'formula' && isTypedFormula(id) ? formulaText(id) : '';
      return { ...state, entry: { field: action.field, text }, message: undefined };
    }
    case 'entry-text':
      // A fault points into the text it was found in: typing drops it.
      if (!state.entry || state.entry.text === action.text) return state;
      return { ...state, entry: { field: state.entry.field, text: action.text } };
    case 'entry-cancel':
      return { ...state, entry: undefined, message: undefined };
    case 'entry-commit': {
      if (!state.entry) return state;
      const { field, text } = state.entry;
      if (field === 'formula') return withFormula(state, text);
      const parsed = parseNumber(text);
      if (!parsed.ok) return { ...state, message: `"${text}" is not a number` };
      const { value } = parsed;
      if (field === 'x') {
        return { ...state, x: value, entry: undefined, message: undefined };
      }
      const spec = selectedSpec(state) as ParamSpec;
      const next = setParam(state, spec, value);
      return next.message ? next : { ...next, entry: undefined };
    }
    case 'toggle-derivative':
      return { ...state, derivative: !state.derivative };
    case 'zoom': {
      const mid = (state.from + state.to) / 2;
      const half = Math.min(1e6, Math.max(0.01, ((state.to - state.from) / 2) * action.factor));
      return { ...state, from: mid - half, to: mid + half };
    }
    case 'pan': {
      const shift = ((state.to - state.from) / 4) * action.direction;
      return { ...state, from: state.from + shift, to: state.to + shift };
    }
    case 'reset': {
      const params = { ...state.params };
      delete params[state.selected];
      return { ...state, ...DEFAULT_WINDOW, params, message: undefined };
    }
  }
}

/**
 * Explore after Enter in the formula field: the formula typed made the selected function (first
 * in the list, the filter cleared), or, when it does not parse, everything as it was with the
 * field still open and its fault.
 */
function withFormula(state: ExploreState, text: string): ExploreState {
  const typed = typedFormula(text);
  if (!typed.ok) {
    return { ...state, entry: { field: 'formula', text, fault: typed.fault }, message: undefined };
  }
  const { id } = typed;
  const formulas = [id, ...state.formulas.filter((f) => f !== id)];
  const dropped: readonly string[] = formulas.slice(MAX_FORMULAS);
  const params = { ...state.params };
  for (const old of dropped) delete params[old];
  return {
    ...state,
    filter: '',
    selected: id,
    formulas: formulas.slice(0, MAX_FORMULAS),
    pinned: state.pinned.filter((p) => !dropped.includes(p)),
    params,
    paramIndex: 0,
    entry: undefined,
    message: undefined,
  };
}
