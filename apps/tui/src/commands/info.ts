/** `actlab info <id>`: an activation's formula, derivative, range, parameters and notes. */
import type { ActivationInfo, Interval } from '@actlab/core';
import { activationInfo } from '@actlab/core';
import { encodeDeep, formatExact, formatInterval } from '@actlab/format';
import { parseArgs } from './args.js';
import type { Command } from './command.js';
import { json, resolving } from './shared.js';
import { UsageError } from './usage-error.js';

/** An interval exactly, as core's messages write it: `[0, Infinity)`. */
function interval(i: Interval): string {
  return formatInterval(i, { digits: 'exact', infinity: 'Infinity' });
}

function describe(info: ActivationInfo): string {
  const params = info.params.map(
    (p) => `  ${p.name} = ${formatExact(p.default)}  valid ${interval(p)}  ${p.description}`,
  );
  const lines = [
    `${info.name} (${info.id}, ${info.kind})`,
    info.aliases.length > 0 ? `aliases: ${info.aliases.join(', ')}` : '',
    `formula (LaTeX):    ${info.formula}`,
    `derivative (LaTeX): ${info.derivative}`,
    `range: ${interval(info.range)}`,
    params.length > 0 ? `parameters:\n${params.join('\n')}` : 'parameters: none',
    info.kinks.length > 0
      ? `kinks: ${info.kinks.map((k) => `x = ${formatExact(k.x)}, f' = ${formatExact(k.derivative)}`).join('; ')}`
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

/** `actlab info`. */
export const infoCommand: Command = {
  summary: "an activation's formula, derivative, parameters and notes",
  usage: 'actlab info <id> [--json]',
  flags: { json: 'switch' },
  run(argv) {
    const args = parseArgs(argv, this.flags);
    const [id, ...rest] = args.positionals;
    if (id === undefined || rest.length > 0) throw new UsageError('info takes one activation id');
    const info = resolving(() => activationInfo(id));
    // As the API answers GET /v1/activations/:id: infinite range ends as "Infinity", not null.
    return args.switches.has('json') ? json(encodeDeep(info)) : describe(info);
  },
};
