/** `actlab softmax <logits...>`: the probabilities of some logits, with a bar each. */
import { activation } from '@actlab/core';
import {
  encodeNumbers,
  encodeRecord,
  formatExact,
  formatPercent,
  formatTable,
} from '@actlab/format';
import { parseArgs, parseNumber } from './args.js';
import type { Command } from './command.js';
import { json, resolving } from './shared.js';
import { UsageError } from './usage-error.js';

/** `actlab softmax`. */
export const softmaxCommand: Command = {
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
        params: encodeRecord({ ...act.params }),
        y: encodeNumbers(p),
        jacobian: act.jacobian(z).map((r) => encodeNumbers(r)),
      });
    }
    const width = 30;
    return formatTable([
      ['logit', 'probability', '', ''],
      ...Array.from(z, (v, i) => {
        const pi = p[i] as number;
        return [
          formatExact(v),
          formatExact(pi),
          formatPercent(pi),
          '#'.repeat(Math.round(pi * width)),
        ];
      }),
    ]);
  },
};
