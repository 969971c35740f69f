#!/usr/bin/env node
/**
 * The `actlab` executable. With no arguments in a terminal (or `actlab ui [screen]`) it starts the
 * interactive lab (lab/, loaded fast by start/); otherwise it runs a scriptable command
 * (commands/) on the process's arguments. Each path loads only its own code: the commands never
 * load Ink, and the lab never loads the commands.
 */
import { readFileSync } from 'node:fs';
import { stylesWanted } from './start/color.js';

const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { version: string };
const argv = process.argv.slice(2);
const terminal = process.stdin.isTTY === true && process.stdout.isTTY === true;

/** Why `screen` opens no screen of the lab's (`ids`), naming the closest; undefined when it does. */
async function screenProblem(screen: string, ids: readonly string[]): Promise<string | undefined> {
  if (ids.includes(screen)) return undefined;
  const { closestNames } = await import('@actlab/core');
  const near = closestNames(screen, ids);
  const hint = near.length > 0 ? `; did you mean ${near.join(' or ')}?` : '';
  return `actlab ui: unknown screen "${screen}"${hint} The screens are ${ids.join(', ')}.\n`;
}

const NEEDS_TERMINAL = 'actlab ui: the interactive lab needs a terminal on stdin and stdout\n';

if ((argv.length === 0 && terminal) || argv[0] === 'ui') {
  const screen = argv[1];
  if (screen === undefined && !terminal) {
    process.stderr.write(NEEDS_TERMINAL);
    process.exitCode = 2;
  } else {
    if (terminal) {
      // A person is at this terminal, so a CI marker inherited from the environment is wrong here:
      // under one, Ink writes only the last frame, at exit (a blank lab), and chalk turns colour off.
      delete process.env.CI;
      delete process.env.CONTINUOUS_INTEGRATION;
      // Colour libraries read FORCE_COLOR when they load, so it must be set before Ink is. Under
      // NO_COLOR the theme asks for no colour but keeps bold, dim and inverse (no-color.org is about
      // colour, and the cursor row stays in inverse video); a dumb terminal gets no styling at all.
      if (!stylesWanted(process.env)) process.env.FORCE_COLOR = '0';
    }
    // The screens' ids are the lab's (its registry), so a named screen is checked once it is loaded.
    const { loadLab } = await import('./start/lab-loader.js');
    const { lab } = await loadLab();
    const problem = screen === undefined ? undefined : await screenProblem(screen, lab.screenIds);
    if (problem !== undefined || !terminal) {
      process.stderr.write(problem ?? NEEDS_TERMINAL);
      process.exitCode = 2;
    } else {
      process.exitCode = await lab.runInteractive(version, screen);
    }
  }
} else {
  const { main } = await import('./commands/main.js');
  const outcome = await main(argv, version);
  if (outcome.stdout) process.stdout.write(outcome.stdout);
  if (outcome.stderr) process.stderr.write(outcome.stderr);
  process.exitCode = outcome.code;
}
