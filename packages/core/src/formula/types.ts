/**
 * The public shapes of custom (typed) activations: a formula's parsed definition, the ready
 * activation built from it and the description the front ends show.
 */
import type {
  ActivationProperties,
  FormulaId,
  Interval,
  Kink,
  ParamSpec,
  ScalarActivation,
} from '../activation.js';
import type { FormulaNode } from './ast.js';

/** The prefix that marks an activation name as a formula. */
export const FORMULA_PREFIX = 'formula:';

/** Longest formula text accepted, in characters (declarations included). */
export const MAX_FORMULA_LENGTH = 1000;

/** Deepest nesting of the syntax tree accepted (parentheses, calls, operators). */
export const MAX_FORMULA_DEPTH = 64;

/** A formula parsed and checked: its tree, its declared parameters and its normalized text. */
export interface FormulaDefinition {
  /** The text as given (without the `formula:` prefix). */
  readonly source: string;
  /** The expression printed canonically (`x * tanh(softplus(x))`); parsing it gives the same tree. */
  readonly expression: string;
  /**
   * Expression and declarations printed canonically (`x * sigmoid(beta * x); beta = 1.702`),
   * the text of its `FormulaId`.
   */
  readonly text: string;
  /** The checked syntax tree of the expression. */
  readonly tree: FormulaNode;
  /** The declared parameters, in declaration order, like a catalog entry's. */
  readonly params: readonly ParamSpec[];
}

/** Shape properties of a formula, estimated by sampling (a formula has no hand-written metadata). */
export interface EstimatedProperties extends ActivationProperties {
  /** Always true: these come from sampling f and f' over `over`, not from analysis. */
  readonly estimated: true;
  /** The interval sampled. */
  readonly over: { readonly from: number; readonly to: number };
  /** The output range seen over `over` (ends open when f still grows at the end of it). */
  readonly range: Interval;
  /** Intervals of `over` where |f'(x)| < `smallGradient.below`: where gradients vanish. */
  readonly smallGradient: {
    readonly below: number;
    readonly intervals: readonly { readonly from: number; readonly to: number }[];
  };
}

/** A ready custom activation: the catalog's scalar shape plus its formula. */
export interface FormulaActivation extends ScalarActivation {
  /** `formula:` and the normalized text: pass it wherever an activation id goes. */
  readonly id: FormulaId;
  /** The parsed definition. */
  readonly definition: FormulaDefinition;
  /** LaTeX of f(x). */
  readonly latex: string;
  /** LaTeX of the simplified symbolic derivative f'(x). */
  readonly derivativeLatex: string;
  /**
   * The simplified symbolic derivative as formula text: it parses back, unless it names a catalog
   * function's derivative (`leaky_relu'(x)`), which the language has no syntax for.
   */
  readonly derivativeText: string;
}

/** Everything the front ends show about a formula at given parameter values. */
export interface FormulaDescription {
  /** The normalized id: `formula:` and the canonical text. */
  readonly id: FormulaId;
  /** The parsed definition. */
  readonly definition: FormulaDefinition;
  /** Parameter values used (declared defaults filled in). */
  readonly params: Readonly<Record<string, number>>;
  /** LaTeX of f(x). */
  readonly latex: string;
  /** LaTeX of f'(x), simplified. */
  readonly derivativeLatex: string;
  /** f'(x) as formula text. */
  readonly derivativeText: string;
  /** Where f is not differentiable, with the derivative used there. */
  readonly kinks: readonly Kink[];
  /** Shape properties, estimated. */
  readonly properties: EstimatedProperties;
}
