/** `actlab experiment <id>`: one of the course's experiments, run, with its outcome. */
import { EXPERIMENT_IDS, runExperiment } from '@actlab/train';
import { encodeDeep, formatExact, formatTable } from '@actlab/format';
import { parseArgs } from './args.js';
import type { Command } from './command.js';
import { asUsage, integer } from './train-shared.js';
import { UsageError } from './usage-error.js';

/** `actlab experiment`. */
export const experimentCommand: Command = {
  summary: "run one of the course's experiments and report its outcome",
  usage: `actlab experiment <${EXPERIMENT_IDS.join('|')}> [--seed s] [--json]`,
  flags: { seed: 'value', json: 'switch' },
  async run(argv) {
    const args = parseArgs(argv, this.flags);
    const [id, ...rest] = args.positionals;
    if (id === undefined || rest.length > 0)
      throw new UsageError('experiment takes one experiment id');
    const seed = args.values.seed === undefined ? undefined : integer(args.values.seed, '--seed');
    let outcome;
    try {
      outcome = await runExperiment(id, seed === undefined ? {} : { seed });
    } catch (error) {
      asUsage(error);
    }
    if (args.switches.has('json')) return JSON.stringify(encodeDeep(outcome), null, 2);
    return [
      `${outcome.id} (seed ${outcome.seed}): the lesson ${outcome.holds ? 'held' : 'did NOT hold'} on this run.`,
      outcome.summary,
      '',
      formatTable([
        ['measurement', 'value'],
        ...Object.entries(outcome.measurements).map(([k, x]) => [k, formatExact(x)]),
      ]),
    ].join('\n');
  },
};
