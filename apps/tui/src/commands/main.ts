/**
 * The command line's logic without the process: arguments in, exit code and the two streams' text
 * out, so tests can call it directly and `cli.ts` only wires it to the process.
 */
import { closestNames } from '@actlab/core';
import { COMMANDS } from './registry.js';
import { commandHelp, mainHelp } from './help.js';
import { CommandFailure, FAILURE_EXIT, USAGE_EXIT, UsageError } from './usage-error.js';

/** What a run printed and how it ended. */
export interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `actlab <argv...>`. */
export async function main(argv: readonly string[], version: string): Promise<Outcome> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    return { code: 0, stdout: `${mainHelp(COMMANDS, version)}\n`, stderr: '' };
  }
  if (name === '--version' || name === '-v') return { code: 0, stdout: `${version}\n`, stderr: '' };
  const command = COMMANDS[name];
  if (!command) {
    const near = closestNames(name, Object.keys(COMMANDS));
    const hint = near.length > 0 ? `; did you mean ${near.join(' or ')}?` : '';
    return {
      code: USAGE_EXIT,
      stdout: '',
      stderr: `actlab: unknown command "${name}"${hint}\nRun actlab --help for the commands.\n`,
    };
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    return { code: 0, stdout: `${commandHelp(name, command)}\n`, stderr: '' };
  }
  try {
    return { code: 0, stdout: `${await command.run(rest)}\n`, stderr: '' };
  } catch (error) {
    if (error instanceof UsageError) {
      return {
        code: USAGE_EXIT,
        stdout: '',
        stderr: `actlab ${name}: ${error.message}\nUsage: ${command.usage}\n`,
      };
    }
    const message = error instanceof Error ? error.message : String(error);
    const stdout = error instanceof CommandFailure ? `${error.stdout}\n` : '';
    return { code: FAILURE_EXIT, stdout, stderr: `actlab ${name}: ${message}\n` };
  }
}
