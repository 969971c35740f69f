/** `actlab eval <id> <x...>`: an activation and its derivative (or Jacobian) at the given points. */
import { activation } from '@actlab/core';
import { encodeNumbers, encodeRecord, formatExact, formatTable } from '@actlab/format';
import { parseArgs, parseNumber } from './args.js';
import type { Command } from './command.js';
import { json, resolving } from './shared.js';
import { UsageError } from './usage-error.js';

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

/** `actlab eval`. */
export const evalCommand: Command = {
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
    const params = encodeRecord({ ...act.params });
    if (act.kind === 'scalar') {
      const y = act.map(x);
      const dy = act.grad(x);
      if (args.switches.has('json'))
        return json({ id: act.id, params, y: encodeNumbers(y), dy: encodeNumbers(dy) });
      return formatTable([
        ['x', `${act.id}(x)`, `${act.id}'(x)`],
        ...Array.from(x, (v, i) => [
          formatExact(v),
          formatExact(y[i] as number),
          formatExact(dy[i] as number),
        ]),
      ]);
    }
    const y = act.f(x);
    const jacobian = act.jacobian(x);
    if (args.switches.has('json')) {
      return json({
        id: act.id,
        params,
        y: encodeNumbers(y),
        jacobian: jacobian.map((row) => encodeNumbers(row)),
      });
    }
    return [
      formatTable([
        ['x', `${act.id}(x)`],
        ...Array.from(x, (v, i) => [formatExact(v), formatExact(y[i] as number)]),
      ]),
      '',
      'Jacobian (row i: dy_i/dx_j)',
      formatTable(jacobian.map((row) => Array.from(row, formatExact))),
    ].join('\n');
  },
};
