#!/usr/bin/env node
/**
 * The `actlab` executable. With no arguments in a terminal (or `actlab ui [screen]`) it starts the
 * interactive lab; otherwise it runs a scriptable command on the process's arguments. Each path
 * loads only its own code: the commands never load Ink, and the lab never loads the commands.
 */
import { readFileSync } from 'node:fs';
import { stylesWanted } from './color.js';
import { SCREEN_IDS } from './state/shell.js';
import type { ScreenId } from './state/shell.js';

const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { version: string };
const argv = process.argv.slice(2);
const terminal = process.stdin.isTTY === true && process.stdout.isTTY === true;

if ((argv.length === 0 && terminal) || argv[0] === 'ui') {
  const screen = argv[1];
  if (screen !== undefined && !(SCREEN_IDS as readonly string[]).includes(screen)) {
    const { closestNames } = await import('@actlab/core');
    const near = closestNames(screen, SCREEN_IDS);
    const hint = near.length > 0 ? `; did you mean ${near.join(' or ')}?` : '';
    process.stderr.write(
      `actlab ui: unknown screen "${screen}"${hint} The screens are ${SCREEN_IDS.join(', ')}.\n`,
    );
    process.exitCode = 2;
  } else if (!terminal) {
    process.stderr.write('actlab ui: the interactive lab needs a terminal on stdin and stdout\n');
    process.exitCode = 2;
  } else {
    // A person is at this terminal, so a CI marker inherited from the environment is wrong here:
    // under one, Ink writes only the last frame, at exit (a blank lab), and chalk turns colour off.
    delete process.env.CI;
    delete process.env.CONTINUOUS_INTEGRATION;
    // Colour libraries read FORCE_COLOR when they load, so it must be set before Ink is. Under
    // NO_COLOR the theme asks for no colour but keeps bold, dim and inverse (no-color.org is about
    // colour, and the cursor row stays in inverse video); a dumb terminal gets no styling at all.
    if (!stylesWanted(process.env)) process.env.FORCE_COLOR = '0';
    const { loadLab } = await import('./lab-loader.js');
    const { lab } = await loadLab();
    process.exitCode = await lab.runInteractive(version, screen as ScreenId | undefined);
  }
} else {
  const { main } = await import('./main.js');
  const outcome = await main(argv, version);
  if (outcome.stdout) process.stdout.write(outcome.stdout);
  if (outcome.stderr) process.stderr.write(outcome.stderr);
  process.exitCode = outcome.code;
}
