/**
 * `actlab depth <id>`: how the variance of the signal (pre-activations z) and of the gradient
 * (dL/dz) changes layer by layer through a deep random network of one activation, measured through
 * a seeded network and predicted by mean-field theory, with the forward map's fixed point q*, its
 * gradient factor chi and what that means: chi < 1 ordered (gradients vanish with depth), chi > 1
 * chaotic (they explode), chi = 1 the edge of chaos. The numbers are @actlab/train's
 * `signalPropagation`.
 */
import { encodeDeep, formatNumber, formatTable } from '@actlab/format';
import type { DepthRequest, DepthResult } from '@actlab/train';
import { DEPTH_LIMITS, signalPropagation } from '@actlab/train';
import { paramsFlag, parseArgs, parseNumber } from './args.js';
import type { Command } from './command.js';
import { json, namedFirst, resolving } from './shared.js';
import { asUsage, checkFormulas, integer } from './train-shared.js';
import { UsageError } from './usage-error.js';

/** The initializations by name; `gain=<g>` is weights N(0, g²/fan_in). */
const INITS = ['uniform', 'xavier', 'he', 'lecun'] as const;

/** What a network is when a flag is left out. */
const DEFAULTS = { depth: 50, width: 256, init: 'xavier' } as const;

/** `--init he` or `--init gain=1.59`. */
function initOf(text: string | undefined): DepthRequest['init'] {
  const t = (text ?? DEFAULTS.init).trim();
  if ((INITS as readonly string[]).includes(t)) return t as (typeof INITS)[number];
  const gain = /^gain\s*=\s*(.+)$/.exec(t);
  if (gain) return { gain: parseNumber(gain[1] as string, '--init gain') };
  throw new UsageError(`--init takes ${INITS.join(', ')} or gain=<number>, got "${t}"`);
}

/** A whole number from 1 to `max`. */
function bounded(text: string | undefined, fallback: number, max: number, what: string): number {
  if (text === undefined) return fallback;
  const n = integer(text, what);
  if (n < 1 || n > max) throw new UsageError(`${what} must be from 1 to ${max}, got ${n}`);
  return n;
}

/** The request the arguments make. */
function requestOf(args: ReturnType<typeof parseArgs>): DepthRequest {
  const typed = args.values.formula;
  const [name, ...rest] = namedFirst(typed, args.positionals);
  if (name === undefined || rest.length > 0) {
    throw new UsageError('depth takes one activation id, or --formula <text>');
  }
  checkFormulas([name]);
  const v = args.values;
  const params = paramsFlag(args.repeats.param);
  return {
    activation: name,
    ...(params !== undefined ? { params } : {}),
    init: initOf(v.init),
    depth: bounded(v.depth, DEFAULTS.depth, DEPTH_LIMITS.depth, '--depth'),
    width: bounded(v.width, DEFAULTS.width, DEPTH_LIMITS.width, '--width'),
    ...(v['bias-variance'] !== undefined
      ? { biasVariance: parseNumber(v['bias-variance'], '--bias-variance') }
      : {}),
    ...(v.batch !== undefined ? { batch: bounded(v.batch, 1, DEPTH_LIMITS.batch, '--batch') } : {}),
    ...(v.seed !== undefined ? { seed: integer(v.seed, '--seed') } : {}),
  };
}

/** What the phase means, in plain words. */
function phaseWords(phase: 'ordered' | 'chaotic' | 'edge'): string {
  switch (phase) {
    case 'ordered':
      return 'ordered: chi < 1, gradients shrink layer by layer going back (they vanish)';
    case 'chaotic':
      return 'chaotic: chi > 1, gradients grow layer by layer going back (they explode)';
    case 'edge':
      return 'the edge of chaos: chi = 1, gradients keep their size through depth';
  }
}

/** Four significant digits: enough to compare measured with predicted. */
const n4 = (x: number | undefined): string => (x === undefined ? '' : formatNumber(x, 4));

/** The result for people: the variances, the fixed point, then a row per layer. */
function depthText(request: DepthRequest, r: DepthResult): string {
  const init = typeof request.init === 'string' ? request.init : `gain ${request.init.gain}`;
  const fixed = r.fixedPoint;
  return [
    `${request.activation}, ${request.depth} layers of ${request.width}, init ${init}: ` +
      `sigma_w² = ${n4(r.weightVariance)}, sigma_b² = ${n4(r.biasVariance)}`,
    `variance-preserving gain g = ${n4(r.gain)} (sigma_w² = g² keeps Var(z) = 1 without bias)`,
    fixed
      ? `fixed point q* = ${n4(fixed.q)}, chi = ${n4(fixed.chi)}: ${phaseWords(fixed.phase)}`
      : 'no fixed point: the variance keeps growing (or shrinking) without settling',
    '',
    formatTable([
      ['layer', 'Var(z) measured', 'predicted', 'Var(dL/dz) measured', 'predicted'],
      ...r.measured.forward.map((q, l) => [
        String(l + 1),
        n4(q),
        n4(r.predicted.forward[l]),
        n4(r.measured.gradient[l]),
        n4(r.predicted.gradient[l]),
      ]),
    ]),
    'Var(dL/dz) is relative to the last layer (1 there).',
  ].join('\n');
}

/** `actlab depth`. */
export const depthCommand: Command = {
  summary: 'how signal and gradient variance change through depth, measured and predicted',
  usage:
    `actlab depth <id> [--depth ${DEFAULTS.depth}] [--width ${DEFAULTS.width}] ` +
    `[--init ${INITS.join('|')}|gain=1.59] [--bias-variance 0] [--param name=value]... ` +
    '[--batch n] [--seed s] [--json]\n' +
    "       actlab depth --formula '<formula>' [options]\n" +
    `       Defaults: depth ${DEFAULTS.depth}, width ${DEFAULTS.width}, init ${DEFAULTS.init}. At most ` +
    `${DEPTH_LIMITS.depth} layers of ${DEPTH_LIMITS.width} units.`,
  flags: {
    depth: 'value',
    width: 'value',
    init: 'value',
    'bias-variance': 'value',
    param: 'repeat',
    formula: 'value',
    batch: 'value',
    seed: 'value',
    json: 'switch',
  },
  run(argv) {
    const args = parseArgs(argv, this.flags);
    const request = requestOf(args);
    let result: DepthResult;
    try {
      result = resolving(() => signalPropagation(request), request.activation);
    } catch (error) {
      asUsage(error);
    }
    return args.switches.has('json')
      ? json(encodeDeep({ request, ...result }))
      : depthText(request, result);
  },
};
