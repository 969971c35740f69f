/**
 * Names for the instrument's choices: an activation's display name (the catalog's, or a formula's
 * text cut short) and the initialization choices in plain words.
 */
import { SCALAR_IDS, activationInfo, isFormulaId } from '@actlab/core';
import { shortFormula } from '../playground/formula-choice.js';
import type { DepthInit } from './depth-params.js';

/** The display name of an activation id. */
export function activationName(id: string): string {
  if (isFormulaId(id)) return shortFormula(id, 24);
  try {
    return activationInfo(id).name;
  } catch {
    return id;
  }
}

/** Every scalar catalog activation as a choice, alphabetical by name. */
export const SCALAR_CHOICES: readonly { readonly value: string; readonly label: string }[] =
  SCALAR_IDS.map((id) => ({ value: id, label: activationName(id) })).sort((a, b) =>
    a.label.localeCompare(b.label),
  );

/** The initialization choices in words (what each draws). */
export const INIT_LABELS: Readonly<Record<DepthInit, string>> = {
  uniform: 'Uniform in [−0.5, 0.5] (TensorFlow Playground)',
  xavier: 'Xavier (Glorot) uniform',
  he: 'He (Kaiming) normal, 2 / fan-in',
  lecun: 'LeCun normal, 1 / fan-in',
  custom: 'Custom weight gain g (the slider)',
  preserving: 'Variance-preserving gain (each activation its own)',
};
