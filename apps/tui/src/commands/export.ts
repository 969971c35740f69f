/**
 * `actlab export <id> --to <target>`: an activation, from the catalog or typed as a formula, as
 * code for NumPy, PyTorch, JAX or TensorFlow.js (@actlab/export): its import lines, then the
 * definitions. The code goes to stdout alone, so it can be redirected into a file.
 */
import { closestNames } from '@actlab/core';
import type { ExportTarget } from '@actlab/export';
import { EXPORT_TARGETS, exportActivation, isExportTarget } from '@actlab/export';
import { paramsFlag, parseArgs } from './args.js';
import type { Command } from './command.js';
import { json, namedFirst, resolving } from './shared.js';
import { UsageError } from './usage-error.js';

/** The target `--to` names, or a usage error naming the closest. */
function targetOf(text: string | undefined): ExportTarget {
  if (text === undefined) throw new UsageError(`export needs --to ${EXPORT_TARGETS.join('|')}`);
  const target = text.toLowerCase();
  if (isExportTarget(target)) return target;
  const near = closestNames(text, EXPORT_TARGETS);
  const hint = near.length > 0 ? `; did you mean ${near.join(' or ')}?` : '';
  throw new UsageError(
    `unknown target "${text}"${hint} The targets are ${EXPORT_TARGETS.join(', ')}.`,
  );
}

/** `actlab export`. */
export const exportCommand: Command = {
  summary: 'an activation (or a formula) as NumPy, PyTorch, JAX or TF.js code',
  usage:
    `actlab export <id> --to ${EXPORT_TARGETS.join('|')} [--param name=value]... [--json]\n` +
    `       actlab export --formula '<formula>' --to ${EXPORT_TARGETS.join('|')} [--param name=value]... [--json]`,
  flags: { to: 'value', formula: 'value', param: 'repeat', json: 'switch' },
  run(argv) {
    const args = parseArgs(argv, this.flags);
    const typed = args.values.formula;
    const [id, ...rest] = namedFirst(typed, args.positionals);
    if (id === undefined || rest.length > 0) {
      throw new UsageError(
        'export takes one activation id (or formula:<text>), or --formula <text>',
      );
    }
    const target = targetOf(args.values.to);
    const params = paramsFlag(args.repeats.param);
    const exported = resolving(() => exportActivation(id, target, params), id, typed);
    if (args.switches.has('json')) return json(exported);
    // The code as it would sit in a file, imports first; main adds the final line break.
    const code = exported.code.replace(/\n+$/, '');
    return exported.imports.length > 0 ? `${exported.imports.join('\n')}\n\n${code}` : code;
  },
};
