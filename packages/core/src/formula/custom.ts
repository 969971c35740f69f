/**
 * Custom activations: a typed formula turned into the same ready scalar activation a catalog id
 * gives, plus what the front ends show about it. The registry hands every `formula:` name here,
 * so a formula goes wherever an activation id goes (layer specs, URLs, model files, the API).
 */
import type { ActivationInfo, FormulaId, Params } from '../activation.js';
import { isActlabError } from '../errors.js';
import type { ParamProblem } from '../params.js';
import { problemError, specProblems, withDefaults } from '../params.js';
import { compileOp } from './compile.js';
import { differentiate } from './differentiate.js';
import { kinksOf } from './kinks.js';
import { formulaLatex } from './latex.js';
import { lowerFormula } from './lower.js';
import { parseFormula } from './parse.js';
import { printFormula } from './print.js';
import { estimateProperties } from './properties.js';
import type { FormulaActivation, FormulaDefinition, FormulaDescription } from './types.js';

/** `formula:` at the start (after spaces, any case): the mark of a typed activation. */
const PREFIX = /^\s*formula\s*:/i;

/** True when `name` is a typed formula (`formula: x * tanh(softplus(x))`) rather than a catalog id. */
export function isFormulaId(name: unknown): boolean {
  return typeof name === 'string' && PREFIX.test(name);
}

/**
 * Parsed definitions by exact text: the front ends rebuild an activation on every render and the
 * trainer once per layer, so the same text is parsed once. Failures are not cached (they are cheap
 * and carry the caller's exact text).
 */
const parsed = new Map<string, FormulaDefinition>();
const CACHE_SIZE = 128;

/** The definition of `text` (with or without the `formula:` prefix); throws INVALID_FORMULA. */
function definitionOf(text: string): FormulaDefinition {
  const hit = parsed.get(text);
  if (hit) return hit;
  const definition = parseFormula(text);
  if (parsed.size >= CACHE_SIZE) parsed.delete(parsed.keys().next().value as string);
  parsed.set(text, definition);
  return definition;
}

/** The problem an INVALID_FORMULA error describes, as the registry's problem data. */
function formulaProblem(text: string, error: unknown): ParamProblem {
  if (!isActlabError(error, 'INVALID_FORMULA')) throw error;
  const { position, end, expected, suggestions } = error.details;
  return {
    kind: 'invalid-formula',
    value: text,
    message: error.message,
    ...(suggestions ? { suggestions } : {}),
    formula: { position, end, expected },
  };
}

/**
 * Everything `customActivation(text, params)` would refuse, as data: a formula that does not
 * parse (one invalid-formula problem), else every parameter problem against the declared ranges,
 * else a catalog call inside the formula that refuses its parameter values at these values.
 */
export function formulaProblems(text: string, params?: unknown): readonly ParamProblem[] {
  let definition: FormulaDefinition;
  try {
    definition = definitionOf(text);
  } catch (error) {
    return [formulaProblem(text, error)];
  }
  const problems = specProblems('formula', definition.params, params);
  if (problems.length > 0) return problems;
  try {
    // Lowering builds each catalog call, which is where a refused parameter value shows.
    lowerFormula(definition.tree, withDefaults(definition.params, params));
  } catch (error) {
    return [formulaProblem(text, error)];
  }
  return [];
}

/** The normalized id of a definition: `formula:` and its canonical text. */
function idOf(definition: FormulaDefinition): FormulaId {
  return `formula:${definition.text}`;
}

/**
 * A ready activation from a typed formula: `customActivation('x * sigmoid(beta * x); beta = 1.702',
 * { beta: 2 })`. The text may carry the `formula:` prefix. f and df are compiled from the checked
 * syntax tree (df by forward-mode differentiation, exact, never finite differences); parameters are
 * validated once against the declared ranges. Throws INVALID_FORMULA (with the position) or
 * INVALID_PARAMS. `activation('formula: ...', params)` is the same call.
 */
export function customActivation(text: string, params?: Params): FormulaActivation {
  const [problem] = formulaProblems(text, params);
  if (problem) throw problemError(problem);
  const definition = definitionOf(text);
  const complete = withDefaults(definition.params, params);
  // Lowered and compiled once: the kink finder evaluates the same compiled functions.
  const lowered = lowerFormula(definition.tree, complete);
  const compiled = compileOp(lowered);
  const symbolic = lazySymbolic(definition);
  // The LaTeX and the symbolic derivative are for people: computed when first read, so that a
  // layer built for training pays only for parsing and compiling.
  const act: FormulaActivation = {
    kind: 'scalar',
    id: idOf(definition),
    params: complete,
    kinks: kinksOf(lowered, compiled),
    f: compiled.f,
    df: compiled.df,
    map: compiled.map,
    grad: compiled.grad,
    definition,
    get latex() {
      return symbolic().latex;
    },
    get derivativeLatex() {
      return symbolic().derivativeLatex;
    },
    get derivativeText() {
      return symbolic().derivativeText;
    },
  };
  return Object.freeze(act);
}

/** The formula's LaTeX and its symbolic derivative (LaTeX and text), computed once, on demand. */
function lazySymbolic(definition: FormulaDefinition): () => {
  readonly latex: string;
  readonly derivativeLatex: string;
  readonly derivativeText: string;
} {
  let done: ReturnType<ReturnType<typeof lazySymbolic>> | undefined;
  return () => {
    if (done) return done;
    const derivative = differentiate(definition.tree);
    done = {
      latex: formulaLatex(definition.tree),
      derivativeLatex: formulaLatex(derivative),
      derivativeText: printFormula(derivative),
    };
    return done;
  };
}

/**
 * What the front ends show about a formula at these parameter values: LaTeX of f and of its
 * simplified derivative, the kinks, and shape properties estimated by sampling. Throws as
 * `customActivation` does.
 */
export function describeFormula(text: string, params?: Params): FormulaDescription {
  return describe(customActivation(text, params));
}

/** The description of a built formula activation. */
function describe(act: FormulaActivation): FormulaDescription {
  return {
    id: act.id,
    definition: act.definition,
    params: act.params,
    latex: act.latex,
    derivativeLatex: act.derivativeLatex,
    derivativeText: act.derivativeText,
    kinks: act.kinks,
    properties: estimateProperties(act),
  };
}

/**
 * A catalog-style entry for a formula at its declared defaults, so that code written for catalog
 * entries (names, parameter specs, LaTeX, properties) shows a formula too. Range and properties are
 * estimates, as the note says.
 */
export function formulaInfo(text: string): ActivationInfo {
  const act = customActivation(text);
  const { id, definition, latex, derivativeLatex, kinks, properties } = describe(act);
  // No gradient to train with: f' is exactly 0 everywhere sampled (a step function).
  const flat = Array.from({ length: 401 }, (_, i) => act.df(-20 + i / 10)).every((d) => d === 0);
  const { over, range } = properties;
  const { monotonic, bounded, zeroCentred, smooth, saturating, sparse } = properties;
  return {
    id,
    name: definition.expression,
    aliases: [],
    kind: 'scalar',
    params: definition.params,
    formula: `f(x) = ${latex}`,
    derivative: `f'(x) = ${derivativeLatex}`,
    range,
    properties: { monotonic, bounded, zeroCentred, smooth, saturating, sparse },
    kinks,
    kinkConvention:
      'where() takes the branch its condition picks at equality; abs and sign have slope 0 at 0; min and max split a tie evenly; catalog functions keep their own conventions.',
    usefulGradient: !flat,
    frameworks: {},
    note: `A typed formula. Its range and properties are estimated by sampling f and f' over [${over.from}, ${over.to}] and far into the tails, not proven.`,
  };
}
