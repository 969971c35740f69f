/**
 * A typed formula as a layer's activation: its id (`formula:` and the text), its place in the
 * URL's activation list, and what is wrong with text being typed, as the formula field shows it.
 * Core parses and checks the formula; this module only frames core's answers for the page.
 */
import type { ParamSpec } from '@actlab/core';
import {
  customActivation,
  isActlabError,
  isFormulaId,
  isScalarId,
  paramProblems,
  parseFormula,
} from '@actlab/core';

/** The value of an activation select that stands for "Custom formula…". */
export const FORMULA_CHOICE = 'formula';

/** The formula the choice starts from when nothing better is known (mish, written out). */
export const STARTER_FORMULA = 'x * tanh(softplus(x))';

/** The prefix of a `formula:` id as `formulaIdOf` writes it. */
const ID_PREFIX = 'formula:';

/** `formula:` (any case, spaces around it) at the start of an activation name. */
const PREFIX = /^\s*formula\s*:/i;

/** The text of a `formula:` id, without the prefix and the spaces around it. */
export function formulaText(id: string): string {
  return id.replace(PREFIX, '').trim();
}

/**
 * The id the playground keeps for typed `text`: `formula:` and the text trimmed, as typed
 * otherwise (core normalizes it when it builds the activation), so the field never rewrites what
 * the learner types.
 */
export function formulaIdOf(text: string): string {
  return `${ID_PREFIX}${text.trim()}`;
}

/**
 * The items of an activation list such as `relu,formula:min(x, 0),tanh`: split at the commas
 * outside brackets, since a formula's own commas (`min(x, 0)`, `where(x > 0, x, 0)`, a range
 * `in (0, 10]`) are always inside some. Empty items are dropped.
 */
export function splitActivationList(value: string | null): string[] {
  if (value === null) return [];
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= value.length; i++) {
    const c = value[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === undefined || (c === ',' && depth === 0)) {
      items.push(value.slice(start, i).trim());
      start = i + 1;
    }
  }
  return items.filter((s) => s.length > 0);
}

/** The parameters a valid formula declares, or undefined when it does not parse or compile. */
export function formulaParamSpecs(id: string): readonly ParamSpec[] | undefined {
  try {
    return customActivation(id).definition.params;
  } catch {
    return undefined;
  }
}

/**
 * A URL token `formula:<text>` with the usual parameter suffix `*name*value...` read back. A
 * formula's own `*` is multiplication, so the suffix is the longest run of trailing
 * `*name*number` pairs whose names the rest declares (`x * sigmoid(beta * x); beta = 1*beta*2`
 * is beta = 2). Undefined when no split leaves a formula that parses.
 */
export function parseFormulaToken(
  token: string,
): { readonly id: string; readonly params: Record<string, number> } | undefined {
  // Trailing pairs, last first, each with the offset where it starts.
  const pairs: { readonly name: string; readonly value: number; readonly at: number }[] = [];
  const pair = /\*\s*([A-Za-z_][A-Za-z0-9_]*)\s*\*\s*([^*]+)$/;
  let rest = token;
  for (let m = pair.exec(rest); m; m = pair.exec(rest)) {
    const value = Number(m[2]);
    if (!Number.isFinite(value) || (m[2] as string).trim() === '') break;
    pairs.push({ name: m[1] as string, value, at: m.index });
    rest = rest.slice(0, m.index);
  }
  // Most pairs first: declarations end a formula's text, so they never end in `*name*number`.
  for (let k = pairs.length; k >= 0; k--) {
    const suffix = pairs.slice(0, k);
    const cut = suffix[k - 1]?.at ?? token.length;
    const id = formulaIdOf(formulaText(token.slice(0, cut)));
    const specs = formulaParamSpecs(id);
    if (specs && suffix.every((p) => specs.some((s) => s.name === p.name))) {
      return { id, params: Object.fromEntries(suffix.reverse().map((p) => [p.name, p.value])) };
    }
  }
  return undefined;
}

/** What is wrong with typed formula text, as the field shows it. */
export interface FormulaProblem {
  /** Core's message, naming the problem and where (`unknown function "sigmod" at 4; ...`), or a hint for empty text. */
  readonly message: string;
  /** Offset of the first offending character in the typed text, when core names one. */
  readonly position?: number;
  /** Offset just past the offending text, when it has a length. */
  readonly end?: number;
  /** Closest known names, best first, when a name is unknown. */
  readonly suggestions?: readonly string[];
}

/**
 * Why `text` is not a usable formula with these parameter values, or null when it is. Positions
 * are offsets in `text` as typed (leading spaces counted), as in core's message, so the field can
 * point at them.
 */
export function formulaProblem(
  text: string,
  params?: Readonly<Record<string, number>>,
): FormulaProblem | null {
  if (text.trim() === '') {
    return { message: `Type a formula in x, for example ${STARTER_FORMULA}.` };
  }
  // Parsed as typed first, so core's message and offsets refer to the learner's own text.
  try {
    parseFormula(text);
  } catch (error) {
    if (!isActlabError(error, 'INVALID_FORMULA')) throw error;
    const { position, end, suggestions } = error.details;
    return {
      message: error.message,
      ...(position !== undefined ? { position } : {}),
      ...(end !== undefined ? { end } : {}),
      ...(suggestions ? { suggestions } : {}),
    };
  }
  // Then the parameter values against the declared ranges, on the id the layer will hold.
  const [problem] = paramProblems(formulaIdOf(text), params);
  if (!problem) return null;
  const shift = text.length - text.trimStart().length - ID_PREFIX.length;
  const at = problem.formula;
  return {
    message: problem.message,
    ...(at?.position !== undefined ? { position: at.position + shift } : {}),
    ...(at?.end !== undefined ? { end: at.end + shift } : {}),
    ...(problem.suggestions ? { suggestions: problem.suggestions } : {}),
  };
}

/**
 * A short name for a formula where space is tight (the network diagram, chart titles): its text
 * cut to `max` characters with an ellipsis.
 */
export function shortFormula(id: string, max = 14): string {
  const text = formulaText(id).split(';')[0]?.trim() ?? '';
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * The formula "Custom formula…" starts from: the layer's catalog activation written as a call
 * (`leaky_relu(x, alpha = 0.3)`), so the learner edits what was training; mish written out for a
 * whole-vector activation, which a formula cannot call.
 */
export function starterFormula(id: string, params: Readonly<Record<string, number>>): string {
  if (isFormulaId(id)) return formulaText(id);
  if (!isScalarId(id)) return STARTER_FORMULA;
  const args = Object.entries(params).map(([name, value]) => `, ${name} = ${value}`);
  const text = `${id}(x${args.join('')})`;
  return formulaProblem(text) === null ? text : STARTER_FORMULA;
}
