/**
 * `actlab derive sigmoid --x 2` and `actlab derive softmax 2.33 -1.46 0.56`: the course notes'
 * derivations as plain text with the given numbers, each line with its value, checked against
 * actlab's own sigmoid' and softmax (core's `sigmoidDerivation` and `softmaxComputation`).
 */
import { sigmoidDerivation, sigmoidSlope, softmaxComputation } from '@actlab/core';
import { encodeDeep, formatExact, formatTable } from '@actlab/format';
import { parseArgs, parseNumber } from './args.js';
import type { Command } from './command.js';
import { json } from './shared.js';
import { UsageError } from './usage-error.js';

/** LaTeX made readable as plain text: fractions, powers, sigma and spacing. */
export function plainTex(tex: string): string {
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

/** `actlab derive`. */
export const deriveCommand: Command = {
  summary: "the notes' derivations step by step: sigmoid's derivative, softmax by hand",
  usage:
    'actlab derive sigmoid [--x value] [--json]\n       actlab derive softmax <scores...> [--json]',
  flags: { json: 'switch', x: 'value' },
  run(argv) {
    const args = parseArgs(argv, this.flags);
    const [what, ...rest] = args.positionals;
    if (what === 'sigmoid') {
      if (rest.length > 0) throw new UsageError('derive sigmoid takes --x, not more arguments');
      const x = args.values.x === undefined ? 1 : parseNumber(args.values.x, '--x');
      const steps = sigmoidDerivation(x);
      const exact = sigmoidSlope(x);
      if (args.switches.has('json')) return json(encodeDeep({ x, steps, sigmoidSlope: exact }));
      return [
        `The derivative of the sigmoid at x = ${formatExact(x)}, step by step:`,
        ...steps.map(
          (s, i) =>
            `${i + 1}. ${s.rule}\n   ${plainTex(s.latex)}\n   = ${plainTex(s.numbers)}\n   value: ${formatExact(s.value)}`,
        ),
        `actlab's sigmoid'(${formatExact(x)}) = ${formatExact(exact)}`,
      ].join('\n');
    }
    if (what === 'softmax') {
      if (rest.length === 0)
        throw new UsageError('derive softmax needs the scores, e.g. 2.33 -1.46 0.56');
      const scores = rest.map((t, i) => parseNumber(t, `score ${i + 1}`));
      const c = softmaxComputation(scores);
      if (args.switches.has('json')) return json(encodeDeep(c));
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
    throw new UsageError(
      `derive takes sigmoid or softmax, got ${what === undefined ? 'nothing' : `"${what}"`}`,
    );
  },
};
