/**
 * Parameter validation: user-supplied `params` are checked once, when an activation is built, and
 * completed with defaults. Every failure is an INVALID_PARAMS error naming the parameter and range.
 */
import type { ParamSpec, Params } from './activation.js';
import { ActlabError } from './errors.js';

/** A parameter's valid range in interval notation, e.g. `[0, Infinity)` or `(0, 1]`. */
export function formatRange(spec: ParamSpec): string {
  return `${spec.minInclusive ? '[' : '('}${spec.min}, ${spec.max}${spec.maxInclusive ? ']' : ')'}`;
}

/** True when `value` lies in the parameter's valid range. */
export function inRange(spec: ParamSpec, value: number): boolean {
  const aboveMin = spec.minInclusive ? value >= spec.min : value > spec.min;
  const belowMax = spec.maxInclusive ? value <= spec.max : value < spec.max;
  return aboveMin && belowMax;
}

/**
 * Validates `given` against `specs` and returns every parameter with defaults filled in.
 * Throws INVALID_PARAMS for an unknown name, a non-number, a non-finite value or one out of range.
 */
export function completeParams(id: string, specs: readonly ParamSpec[], given: unknown): Params {
  if (
    given !== undefined &&
    (given === null || typeof given !== 'object' || Array.isArray(given))
  ) {
    throw new ActlabError('INVALID_PARAMS', `params for ${id} must be an object of numbers`);
  }
  const supplied = (given ?? {}) as Record<string, unknown>;
  const known = new Set(specs.map((s) => s.name));
  for (const name of Object.keys(supplied)) {
    if (!known.has(name)) {
      const list =
        specs.length === 0
          ? 'it takes no parameters'
          : `its parameters are ${[...known].join(', ')}`;
      throw new ActlabError('INVALID_PARAMS', `${id} has no parameter "${name}": ${list}`, {
        param: name,
      });
    }
  }
  const out: Record<string, number> = {};
  for (const spec of specs) {
    const value = supplied[spec.name] ?? spec.default;
    const range = formatRange(spec);
    if (typeof value !== 'number' || !Number.isFinite(value) || !inRange(spec, value)) {
      const shown = typeof value === 'number' ? String(value) : JSON.stringify(value);
      throw new ActlabError(
        'INVALID_PARAMS',
        `${id}: parameter ${spec.name} must be a finite number in ${range}, got ${shown}`,
        { param: spec.name, range },
      );
    }
    out[spec.name] = value;
  }
  return Object.freeze(out);
}
