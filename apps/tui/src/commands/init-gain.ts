/**
 * `actlab init-gain <id>`: the weight gain that keeps a signal's variance through a deep network
 * of this activation. With weights drawn with Var(W) = g^2 / fan_in and no bias, z ~ N(0, 1) at
 * one layer gives Var(z) = g^2 E[f(z)^2] at the next, so g = 1 / sqrt(E[f(z)^2]) keeps it at 1
 * (@actlab/core's `varianceGain`). Beside it, PyTorch's `calculate_gain` where PyTorch has one,
 * and the catalog's note on how the two differ.
 */
import type { ScalarActivation } from '@actlab/core';
import { activation, activationInfo, isFormulaId, varianceGain } from '@actlab/core';
import { encodeDeep, formatExact, formatNumber } from '@actlab/format';
import { paramsFlag, parseArgs } from './args.js';
import type { Command } from './command.js';
import { json, namedFirst, resolving } from './shared.js';
import { UsageError } from './usage-error.js';

/** What the command answers (also its JSON). */
interface GainAnswer {
  readonly id: string;
  readonly params: Readonly<Record<string, number>>;
  /** g = 1 / sqrt(E[f(z)^2]), z ~ N(0, 1). */
  readonly variancePreserving: number;
  /** PyTorch's `torch.nn.init.calculate_gain` for the catalog's default parameters. */
  readonly pytorch?: number;
  /** Why they differ, or what to know, from the catalog. */
  readonly note?: string;
}

/** The gain of `name` with `params`; catalog entries add PyTorch's gain and the note. */
function gainOf(
  name: string,
  params: Record<string, number> | undefined,
  typed?: string,
): GainAnswer {
  const act = resolving(() => activation(name, params), name, typed);
  if (act.kind !== 'scalar') {
    throw new UsageError(
      `${act.id} acts on a whole vector; a variance-preserving gain is defined for scalar activations`,
    );
  }
  const g = resolving(() => varianceGain(act as ScalarActivation));
  const info = isFormulaId(name) ? undefined : activationInfo(name).gain;
  return {
    id: act.id,
    params: { ...act.params },
    variancePreserving: g,
    ...(info?.pytorch !== undefined ? { pytorch: info.pytorch } : {}),
    ...(info?.note !== undefined ? { note: info.note } : {}),
  };
}

/** The answer for people. */
function gainText(a: GainAnswer, custom: boolean): string {
  const g = a.variancePreserving;
  return [
    `${a.id}: variance-preserving gain g = ${formatNumber(g)}`,
    `  weights with Var(W) = g²/fan_in = ${formatNumber(g * g)}/fan_in and no bias keep Var(z) = 1`,
    '  from layer to layer: g = 1/sqrt(E[f(z)²]), z ~ N(0, 1).',
    a.pytorch !== undefined
      ? `PyTorch's calculate_gain: ${formatExact(a.pytorch)}${custom ? ' (for the default parameters)' : ''}`
      : 'PyTorch has no calculate_gain for it.',
    ...(a.note !== undefined ? ['', a.note] : []),
  ].join('\n');
}

/** `actlab init-gain`. */
export const initGainCommand: Command = {
  summary: "the weight gain that keeps the variance through depth, beside PyTorch's",
  usage:
    'actlab init-gain <id> [--param name=value]... [--json]\n' +
    "       actlab init-gain --formula '<formula>' [--param name=value]... [--json]",
  flags: { json: 'switch', formula: 'value', param: 'repeat' },
  run(argv) {
    const args = parseArgs(argv, this.flags);
    const typed = args.values.formula;
    const [id, ...rest] = namedFirst(typed, args.positionals);
    if (id === undefined || rest.length > 0) {
      throw new UsageError('init-gain takes one activation id, or --formula <text>');
    }
    const params = paramsFlag(args.repeats.param);
    const answer = gainOf(id, params, typed);
    return args.switches.has('json')
      ? json(encodeDeep(answer))
      : gainText(answer, params !== undefined);
  },
};
