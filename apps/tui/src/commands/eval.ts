/**
 * `actlab eval <id> <x...>` or `actlab eval --formula <text> <x...>`: an activation (from the
 * catalog or typed as a formula) and its derivative (or Jacobian) at the given points.
 */
import { activation } from '@actlab/core';
import { encodeNumbers, encodeRecord, formatExact, formatTable } from '@actlab/format';
import { paramsFlag, parseArgs, parseNumber } from './args.js';
import type { Command } from './command.js';
import { formulaTextOf, json, namedFirst, resolving } from './shared.js';
import { UsageError } from './usage-error.js';

/** `actlab eval`. */
export const evalCommand: Command = {
  summary: 'evaluate an activation and its derivative',
  usage:
    'actlab eval <id> <x...> [--param name=value]... [--json]\n' +
    "       actlab eval --formula '<formula>' <x...> [--param name=value]... [--json]",
  flags: { json: 'switch', param: 'repeat', formula: 'value' },
  run(argv) {
    const args = parseArgs(argv, this.flags);
    const typed = args.values.formula;
    // With --formula every positional is an x; otherwise the first names the activation.
    const [id, ...xs] = namedFirst(typed, args.positionals);
    if (id === undefined) throw new UsageError('eval needs an activation id and at least one x');
    if (xs.length === 0) throw new UsageError(`eval ${typed ?? id} needs at least one x`);
    const x = Float64Array.from(xs, (t, i) => parseNumber(t, `x[${i}]`));
    const act = resolving(() => activation(id, paramsFlag(args.repeats.param)), id, typed);
    const params = encodeRecord({ ...act.params });
    if (act.kind === 'scalar') {
      const y = act.map(x);
      const dy = act.grad(x);
      if (args.switches.has('json'))
        return json({ id: act.id, params, y: encodeNumbers(y), dy: encodeNumbers(dy) });
      // A formula is named f, and written out once above the table.
      const text = formulaTextOf(act.id);
      const f = text === undefined ? act.id : 'f';
      const table = formatTable([
        ['x', `${f}(x)`, `${f}'(x)`],
        ...Array.from(x, (v, i) => [
          formatExact(v),
          formatExact(y[i] as number),
          formatExact(dy[i] as number),
        ]),
      ]);
      return text === undefined ? table : `f(x) = ${text}\n\n${table}`;
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
