/**
 * A layer's activation as the URL writes it: the id alone (`tanh`), or the id with the parameters
 * that differ from their defaults (`leaky_relu*alpha*0.2`). `*` is one of the few characters a
 * query keeps unescaped, so the link stays readable; defaults are left out so most links carry
 * plain ids. A typed formula is one more id, `formula:<text>`, with its declared parameters
 * encoded the same way (`formula:x * sigmoid(beta * x); beta = 1*beta*2`).
 */
import type { ActivationChoice } from '@actlab/train';
import type { ParamSpec } from '@actlab/core';
import { activation, activationInfo, findActivationId, isFormulaId } from '@actlab/core';
import { formulaParamSpecs, parseFormulaToken, shortFormula } from './formula-choice.js';

/** An activation with its parameters (only those that differ from the defaults). */
export interface LayerActivation {
  /** Canonical catalog id, or `formula:` and the formula text. */
  readonly id: string;
  /** Parameter values that differ from the catalog's (or the formula's declared) defaults. */
  readonly params: Readonly<Record<string, number>>;
}

/** `token` read as an activation, or undefined when the id is unknown or a value is not a number. */
export function parseActivation(token: string): LayerActivation | undefined {
  if (isFormulaId(token)) {
    const formula = parseFormulaToken(token);
    return formula && { id: formula.id, params: withoutDefaults(formula.id, formula.params) };
  }
  const [rawId, ...rest] = token.split('*');
  const id = rawId === undefined ? undefined : findActivationId(rawId);
  if (id === undefined || rest.length % 2 !== 0) return undefined;
  const params: Record<string, number> = {};
  for (let i = 0; i < rest.length; i += 2) {
    const value = Number(rest[i + 1]);
    if (!Number.isFinite(value) || rest[i + 1] === '') return undefined;
    params[rest[i] as string] = value;
  }
  return { id, params: withoutDefaults(id, params) };
}

/** The URL token of an activation. */
export function formatActivation(choice: LayerActivation): string {
  const entries = Object.entries(withoutDefaults(choice.id, choice.params));
  return [choice.id, ...entries.flatMap(([name, value]) => [name, String(value)])].join('*');
}

/**
 * The parameters an activation takes: the catalog's, or those a formula declares (none while it
 * does not parse).
 */
export function paramSpecsOf(id: string): readonly ParamSpec[] {
  if (isFormulaId(id)) return formulaParamSpecs(id) ?? [];
  return activationInfo(id).params;
}

/** `params` without the entries equal to the activation's defaults (and without unknown names kept out). */
export function withoutDefaults(
  id: string,
  params: Readonly<Record<string, number>>,
): Record<string, number> {
  const specs = paramSpecsOf(id);
  const out: Record<string, number> = {};
  for (const [name, value] of Object.entries(params)) {
    const spec = specs.find((s) => s.name === name);
    if (!spec || spec.default !== value) out[name] = value;
  }
  return out;
}

/** The request's form of an activation: the id alone when no parameter differs from its default. */
export function toChoice(choice: LayerActivation): ActivationChoice {
  return Object.keys(choice.params).length === 0
    ? choice.id
    : { id: choice.id, params: choice.params };
}

/** Why these parameters are refused (core's own message), or null when the activation accepts them. */
export function activationProblem(choice: LayerActivation): string | null {
  try {
    activation(choice.id, choice.params);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** A layer's activation named where space is short: the id, or a formula's text cut short. */
export function activationLabel(id: string): string {
  return isFormulaId(id) ? shortFormula(id) : id;
}
