/** `actlab list`: every activation of the catalog, as a table or JSON. */
import { catalog } from '@actlab/core';
import { formatTable } from '@actlab/format';
import { parseArgs } from './args.js';
import type { Command } from './command.js';
import { json } from './shared.js';
import { UsageError } from './usage-error.js';

/** `actlab list`. */
export const listCommand: Command = {
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
    return formatTable([['id', 'kind', 'name'], ...catalog.map((a) => [a.id, a.kind, a.name])]);
  },
};
