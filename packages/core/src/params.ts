/**
 * Parameter validation: user-supplied `params` are checked once, when an activation is built, and
 * completed with defaults. Checking never throws (`specProblems` lists every problem); the registry's
 * `activation()` throws the first as INVALID_PARAMS (`problemError`) and `paramProblems` returns
 * them all, so the throwing and the non-throwing paths share one set of rules.
 */
import type { Interval, ParamSpec, Params } from './activation.js';
import { ActlabError } from './errors.js';

/** A parameter's valid range in interval notation, e.g. `[0, Infinity)` or `(0, 1]`. */
export function formatRange(spec: Interval): string {
  return `${spec.minInclusive ? '[' : '('}${spec.min}, ${spec.max}${spec.maxInclusive ? ']' : ')'}`;
}

/** True when `value` lies in the parameter's valid range. */
function inRange(spec: Interval, value: number): boolean {
  const aboveMin = spec.minInclusive ? value >= spec.min : value > spec.min;
  const belowMax = spec.maxInclusive ? value <= spec.max : value < spec.max;
  return aboveMin && belowMax;
}

/**
 * Which rule a problem breaks: the id names no activation, `params` is not an object, a name is
 * not one of the activation's parameters, a value is not a finite number in its range, a typed
 * formula does not parse (invalid-formula), or values
 * that are each valid contradict each other (hard_tanh's min_val < max_val).
 */
export type ParamProblemKind =
  | 'unknown-activation'
  | 'invalid-formula'
  | 'not-an-object'
  | 'unknown-param'
  | 'out-of-range'
  | 'conflict';

/** One reason why `activation(id, params)` would refuse its input, as data. */
export interface ParamProblem {
  /** Which rule is broken. */
  readonly kind: ParamProblemKind;
  /** The parameter at fault; absent when the id or the params object as a whole is at fault. */
  readonly param?: string;
  /** The refused value: the parameter's value, the id (unknown-activation) or the params object. */
  readonly value: unknown;
  /** The parameter's valid range (out-of-range only). */
  readonly range?: Interval;
  /** For unknown-activation: the closest canonical ids, best first (absent for a non-string id). */
  readonly suggestions?: readonly string[];
  /** For invalid-formula: where in the formula text, what was expected there (as INVALID_FORMULA's details). */
  readonly formula?: {
    readonly position?: number;
    readonly end?: number;
    readonly expected?: string;
  };
  /** The message the matching ActlabError carries, e.g. `softplus: parameter beta must be ...`. */
  readonly message: string;
}

/** The error `activation()` throws for `problem`: same message, code and details as ever. */
export function problemError(problem: ParamProblem): ActlabError {
  if (problem.kind === 'invalid-formula') {
    const suggestions = problem.suggestions ? { suggestions: problem.suggestions } : {};
    return new ActlabError('INVALID_FORMULA', problem.message, {
      ...problem.formula,
      ...suggestions,
    });
  }
  if (problem.kind === 'unknown-activation') {
    const details = problem.suggestions ? { suggestions: problem.suggestions } : {};
    return new ActlabError('UNKNOWN_ACTIVATION', problem.message, details);
  }
  if (problem.param === undefined) return new ActlabError('INVALID_PARAMS', problem.message);
  const details = problem.range
    ? { param: problem.param, range: formatRange(problem.range) }
    : { param: problem.param };
  return new ActlabError('INVALID_PARAMS', problem.message, details);
}

/**
 * Every problem with `given` as parameters of `id` (whose parameters are `specs`), in the order
 * `activation()` reports them: a non-object first (nothing else is checked then), then unknown
 * names in the order given, then each parameter in spec order. Empty when `given` is valid on its
 * own terms (cross-parameter rules are the definition's `check`, run by the registry).
 */
export function specProblems(
  id: string,
  specs: readonly ParamSpec[],
  given: unknown,
): ParamProblem[] {
  if (
    given !== undefined &&
    (given === null || typeof given !== 'object' || Array.isArray(given))
  ) {
    return [
      {
        kind: 'not-an-object',
        value: given,
        message: `params for ${id} must be an object of numbers`,
      },
    ];
  }
  const supplied = (given ?? {}) as Record<string, unknown>;
  const known = new Set(specs.map((s) => s.name));
  const problems: ParamProblem[] = [];
  for (const name of Object.keys(supplied)) {
    if (known.has(name)) continue;
    const list =
      specs.length === 0 ? 'it takes no parameters' : `its parameters are ${[...known].join(', ')}`;
    problems.push({
      kind: 'unknown-param',
      param: name,
      value: supplied[name],
      message: `${id} has no parameter "${name}": ${list}`,
    });
  }
  for (const spec of specs) {
    const value = supplied[spec.name] ?? spec.default;
    if (typeof value === 'number' && Number.isFinite(value) && inRange(spec, value)) continue;
    const shown = typeof value === 'number' ? String(value) : JSON.stringify(value);
    const { min, max, minInclusive, maxInclusive } = spec;
    const range = { min, max, minInclusive, maxInclusive };
    problems.push({
      kind: 'out-of-range',
      param: spec.name,
      value,
      range,
      message: `${id}: parameter ${spec.name} must be a finite number in ${formatRange(range)}, got ${shown}`,
    });
  }
  return problems;
}

/** `given` with defaults filled in for every parameter left out; call only once it has no problems. */
export function withDefaults(specs: readonly ParamSpec[], given: unknown): Params {
  const supplied = (given ?? {}) as Record<string, unknown>;
  const out: Record<string, number> = {};
  for (const spec of specs) out[spec.name] = (supplied[spec.name] ?? spec.default) as number;
  return Object.freeze(out);
}
