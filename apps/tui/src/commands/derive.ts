/**
 * `actlab derive sigmoid --x 2` and `actlab derive softmax 2.33 -1.46 0.56`: the course notes'
 * derivations as plain text with the given numbers, each line with its value, checked against
 * actlab's own sigmoid' and softmax (core's `sigmoidDerivation` and `softmaxComputation`).
 */
import { sigmoidDerivation, sigmoidSlope, softmaxComputation } from '@actlab/core';
import { encodeDeep } from '@actlab/format';
import { sigmoidDerivationText, softmaxText } from '../course-text.js';
import { parseArgs, parseNumber } from './args.js';
import type { Command } from './command.js';
import { json } from './shared.js';
import { UsageError } from './usage-error.js';

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
      if (args.switches.has('json')) {
        return json(encodeDeep({ x, steps: sigmoidDerivation(x), sigmoidSlope: sigmoidSlope(x) }));
      }
      return sigmoidDerivationText(x);
    }
    if (what === 'softmax') {
      if (rest.length === 0) {
        throw new UsageError('derive softmax needs the scores, e.g. 2.33 -1.46 0.56');
      }
      const scores = rest.map((t, i) => parseNumber(t, `score ${i + 1}`));
      return args.switches.has('json')
        ? json(encodeDeep(softmaxComputation(scores)))
        : softmaxText(scores);
    }
    throw new UsageError(
      `derive takes sigmoid or softmax, got ${what === undefined ? 'nothing' : `"${what}"`}`,
    );
  },
};
