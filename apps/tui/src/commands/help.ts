/** The help texts: the whole command line, and one command. */
import { FORMULA_FUNCTIONS } from '@actlab/core';
import type { Command } from './command.js';

/** `actlab --help`. */
export function mainHelp(commands: Readonly<Record<string, Command>>, version: string): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  return [
    `actlab ${version}: activation functions and their derivatives, exact, from the terminal.`,
    '',
    'Usage: actlab <command> [arguments] [options]',
    '       actlab               the interactive lab, when run in a terminal',
    '       actlab ui [screen]   the lab opened on explore, softmax, train, lessons or backprop',
    '',
    'Commands:',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'An activation is a catalog id (actlab list) or a formula of your own, formula:<text>, quoted',
    "for the shell: --activation 'formula:x * tanh(softplus(x))'; eval, info and export also take",
    "--formula '<text>'. A formula uses x, numbers, pi, e, + - * / ^, parentheses, where(x >= 0, a, b),",
    `the functions ${FORMULA_FUNCTIONS.join(' ')},`,
    'every scalar activation with its parameters by name (leaky_relu(x, alpha = 0.2)), and parameters',
    "declared after ';': x * sigmoid(b * x); b = 1.702 in (0, 10]. A mistake is shown with a caret.",
    '',
    'Options: --help (also after a command), --version.',
    'Output goes to stdout, errors to stderr; exit code 0 on success, 2 on a usage error, 1 on a failure.',
    'JSON (--json) encodes non-finite numbers as "Infinity", "-Infinity" and "NaN", as the HTTP API does.',
  ].join('\n');
}

/** `actlab <command> --help`. */
export function commandHelp(name: string, command: Command): string {
  return [`actlab ${name}: ${command.summary}`, '', `Usage: ${command.usage}`].join('\n');
}
