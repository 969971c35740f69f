/**
 * The scriptable commands: `list`, `info`, `eval` and `softmax`. Each takes its arguments and
 * returns the text for standard output; errors are thrown (usage errors as UsageError). The math
 * is @actlab/core's; JSON output has the shape of the HTTP API's answers.
 */
import type { ActivationInfo, Interval } from '@actlab/core';
import { ActlabError, activation, activationInfo, catalog, formatRange } from '@actlab/core';
import type { FlagSpec } from './args.js';
import { parseArgs, parseNumber } from './args.js';
import { experimentCommand, trainCommand } from './training.js';
import { UsageError } from './usage-error.js';
import { show, table, wireAll, wireRecord } from './wire.js';

/** One command: its flags, its one-line summary, its usage text and what it does. */
export interface Command {
  readonly summary: string;
  readonly usage: string;
  readonly flags: FlagSpec;
  run(argv: readonly string[]): string | Promise<string>;
}

const json = (value: unknown): string => JSON.stringify(value, null, 2);

/** Turns the core's errors for names and parameters into usage errors (the caller's mistake). */
function resolving<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof ActlabError) {
      const suggestions = error.details.suggestions;
      const hint = suggestions?.length ? `; did you mean ${suggestions.join(' or ')}?` : '';
      throw new UsageError(
        `${error.message}${hint && !error.message.includes('did you mean') ? hint : ''}`,
      );
    }
    throw error;
  }
}

/** `--param name=value` flags as a params object. */
function paramsFrom(values: readonly string[] | undefined): Record<string, number> | undefined {
  if (!values || values.length === 0) return undefined;
  const params: Record<string, number> = {};
  for (const item of values) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new UsageError(`--param takes name=value, got "${item}"`);
    const name = item.slice(0, eq);
    params[name] = parseNumber(item.slice(eq + 1), `--param ${name}`);
  }
  return params;
}

/** An interval as [a, b), with infinite ends as such. */
function interval(i: Interval): string {
  return `${i.minInclusive ? '[' : '('}${i.min}, ${i.max}${i.maxInclusive ? ']' : ')'}`;
}

function describe(info: ActivationInfo): string {
  const params = info.params.map(
    (p) => `  ${p.name} = ${show(p.default)}  valid ${formatRange(p)}  ${p.description}`,
  );
  const lines = [
    `${info.name} (${info.id}, ${info.kind})`,
    info.aliases.length > 0 ? `aliases: ${info.aliases.join(', ')}` : '',
    `formula (LaTeX):    ${info.formula}`,
    `derivative (LaTeX): ${info.derivative}`,
    `range: ${interval(info.range)}`,
    params.length > 0 ? `parameters:\n${params.join('\n')}` : 'parameters: none',
    info.kinks.length > 0
      ? `kinks: ${info.kinks.map((k) => `x = ${show(k.x)}, f' = ${show(k.derivative)}`).join('; ')}`
      : '',
    info.kinkConvention ? `convention: ${info.kinkConvention}` : '',
    `frameworks: ${Object.entries(info.frameworks)
      .map(([lib, framework]) => `${lib} ${framework.name}`)
      .join(', ')}`,
    '',
    info.note,
  ];
  return lines.filter((l, i) => l !== '' || i === lines.length - 2).join('\n');
}

/** The commands by name. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  list: {
    summary: 'list every activation',
    usage: 'actlab list [--json]',
    flags: { json: 'switch' },
    run(argv) {
      const args = parseArgs(argv, this.flags);
      if (args.positionals.length > 0) throw new UsageError('list takes no arguments');
      if (args.switches.has('json')) {
        return json(
          catalog.map((a) => ({ id: a.id, name: a.name, kind: a.kind, aliases: a.aliases })),
        );
      }
      return table([['id', 'kind', 'name'], ...catalog.map((a) => [a.id, a.kind, a.name])]);
    },
  },
  info: {
    summary: "an activation's formula, derivative, parameters and notes",
    usage: 'actlab info <id> [--json]',
    flags: { json: 'switch' },
    run(argv) {
      const args = parseArgs(argv, this.flags);
      const [id, ...rest] = args.positionals;
      if (id === undefined || rest.length > 0) throw new UsageError('info takes one activation id');
      const info = resolving(() => activationInfo(id));
      return args.switches.has('json') ? json(info) : describe(info);
    },
  },
  eval: {
    summary: 'evaluate an activation and its derivative',
    usage: 'actlab eval <id> <x...> [--param name=value]... [--json]',
    flags: { json: 'switch', param: 'repeat' },
    run(argv) {
      const args = parseArgs(argv, this.flags);
      const [id, ...xs] = args.positionals;
      if (id === undefined) throw new UsageError('eval needs an activation id and at least one x');
      if (xs.length === 0) throw new UsageError(`eval ${id} needs at least one x`);
      const x = Float64Array.from(xs, (t, i) => parseNumber(t, `x[${i}]`));
      const act = resolving(() => activation(id, paramsFrom(args.repeats.param)));
      const params = wireRecord({ ...act.params });
      if (act.kind === 'scalar') {
        const y = act.map(x);
        const dy = act.grad(x);
        if (args.switches.has('json'))
          return json({ id: act.id, params, y: wireAll(y), dy: wireAll(dy) });
        return table([
          ['x', `${act.id}(x)`, `${act.id}'(x)`],
          ...Array.from(x, (v, i) => [show(v), show(y[i] as number), show(dy[i] as number)]),
        ]);
      }
      const y = act.f(x);
      const jacobian = act.jacobian(x);
      if (args.switches.has('json')) {
        return json({
          id: act.id,
          params,
          y: wireAll(y),
          jacobian: jacobian.map((row) => wireAll(row)),
        });
      }
      return [
        table([['x', `${act.id}(x)`], ...Array.from(x, (v, i) => [show(v), show(y[i] as number)])]),
        '',
        'Jacobian (row i: dy_i/dx_j)',
        table(jacobian.map((row) => Array.from(row, show))),
      ].join('\n');
    },
  },
  softmax: {
    summary: 'softmax of logits, as probabilities',
    usage: 'actlab softmax <logits...> [--temperature t] [--json]',
    flags: { json: 'switch', temperature: 'value' },
    run(argv) {
      const args = parseArgs(argv, this.flags);
      if (args.positionals.length === 0) throw new UsageError('softmax needs at least one logit');
      const z = Float64Array.from(args.positionals, (t, i) => parseNumber(t, `logit ${i + 1}`));
      const t = args.values.temperature;
      const params = t === undefined ? undefined : { temperature: parseNumber(t, '--temperature') };
      const act = resolving(() => activation('softmax', params));
      const p = act.f(z);
      if (args.switches.has('json')) {
        return json({
          id: act.id,
          params: wireRecord({ ...act.params }),
          y: wireAll(p),
          jacobian: act.jacobian(z).map((r) => wireAll(r)),
        });
      }
      const width = 30;
      return table([
        ['logit', 'probability', '', ''],
        ...Array.from(z, (v, i) => {
          const pi = p[i] as number;
          return [
            show(v),
            show(pi),
            `${(pi * 100).toFixed(2)}%`,
            '#'.repeat(Math.round(pi * width)),
          ];
        }),
      ]);
    },
  },
  train: trainCommand,
  experiment: experimentCommand,
};
