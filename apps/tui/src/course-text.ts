/**
 * The course notes' texts for a terminal: the course map with the command that teaches each
 * section, and the notes' two derivations with a learner's numbers. Shared by the commands
 * (`actlab course`, `actlab derive`) and the lab's Lessons screen, so both read the same.
 */
import type { CoursePlace } from '@actlab/train';
import { COURSE_SECTIONS } from '@actlab/train';
import { sigmoidDerivation, sigmoidSlope, softmaxComputation } from '@actlab/core';
import { formatExact, formatTable } from '@actlab/format';

/** LaTeX made readable as plain text: fractions, powers, sigma and spacing. */
function plainTex(tex: string): string {
  // Innermost braces first: powers, subscripts and text, so fractions hold no nested braces.
  let out = tex
    .replace(/\\frac\{d\}\{dx\}/g, 'd/dx ')
    .replace(/\\text\{([^{}]*)\}/g, '$1')
    .replace(/\^\{([^{}]*)\}/g, '^($1)')
    .replace(/_\{([^{}]*)\}/g, '_$1');
  for (let i = 0; i < 8 && out.includes('\\frac'); i++) {
    out = out.replace(/\\frac\{([^{}]*)\}\{([^{}]*)\}/g, '($1) / ($2)');
  }
  return out
    .replace(/\\left|\\right/g, '')
    .replace(/\\sigma/g, 'σ')
    .replace(/\\cdot/g, '·')
    .replace(/\\times/g, '×')
    .replace(/\\sum_j/g, 'Σ')
    .replace(/\\infty/g, '∞')
    .replace(/\\ldots/g, '…')
    .replace(/\\[,;!]\s*/g, ' ')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The command (or lab screen) that shows one place. */
function placeCommand(place: CoursePlace): string {
  if (place.kind === 'experiment') return `actlab experiment ${place.id}`;
  if (place.kind === 'activation') {
    const params = Object.entries(place.params ?? {}).map(([k, v]) => ` --param ${k}=${v}`);
    return `actlab info ${place.id}${params.join('')}`;
  }
  switch (place.tool) {
    case 'neuron':
      return 'actlab eval binary_step 0.5   (a neuron fires when z reaches the threshold)';
    case 'softmax':
      return 'actlab softmax 2.33 -1.46 0.56';
    case 'backprop':
      return 'actlab backprop   (or the lab: actlab ui backprop)';
    case 'gradients':
      return 'actlab experiment vanishing-gradient';
    case 'playground':
      return 'actlab train circle --activation tanh';
    case 'derivation-sigmoid':
      return 'actlab derive sigmoid --x 2';
    case 'derivation-softmax':
      return 'actlab derive softmax 2.33 -1.46 0.56';
  }
}

/** The course map: each section, its summary and the commands that teach it. */
export function courseText(): string {
  return COURSE_SECTIONS.map(
    (s, i) =>
      `${i + 1}. ${s.title}\n   ${s.summary}\n${s.places.map((p) => `   $ ${placeCommand(p)}`).join('\n')}`,
  ).join('\n\n');
}

/** The sigmoid's derivative at `x`, line by line with values, ending at actlab's sigmoid'(x). */
export function sigmoidDerivationText(x: number): string {
  const steps = sigmoidDerivation(x);
  return [
    `The derivative of the sigmoid at x = ${formatExact(x)}, step by step:`,
    ...steps.map(
      (s, i) =>
        `${i + 1}. ${s.rule}\n   ${plainTex(s.latex)}\n   = ${plainTex(s.numbers)}\n   value: ${formatExact(s.value)}`,
    ),
    `actlab's sigmoid'(${formatExact(x)}) = ${formatExact(sigmoidSlope(x))}`,
  ].join('\n');
}

/** Softmax of `scores` computed as the notes do, beside actlab's softmax. */
export function softmaxText(scores: readonly number[]): string {
  const c = softmaxComputation(scores);
  return [
    'Softmax computed as in the notes:',
    ...c.steps.map((s, i) => `${i + 1}. ${s.rule}\n   ${plainTex(s.numbers)}`),
    '',
    formatTable([
      ['class', 'z', 'e^z', 'e^z / K', "actlab's softmax"],
      ...c.terms.map((t, i) => [
        String(i + 1),
        formatExact(t.z),
        formatExact(t.exp),
        formatExact(t.share),
        formatExact(c.catalog[i] ?? NaN),
      ]),
    ]),
    ...(Number.isFinite(c.sum)
      ? []
      : [
          'e^z overflows above z = 709, so K is infinite and the method breaks; actlab subtracts the largest score first, which leaves every share unchanged.',
        ]),
  ].join('\n');
}
