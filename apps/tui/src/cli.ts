#!/usr/bin/env node
/**
 * The `actlab` executable. With no arguments in a terminal (or `actlab ui [screen]`) it starts the
 * interactive lab; otherwise it runs a scriptable command on the process's arguments. Ink and
 * React load only for the interactive lab, so scripted calls start fast.
 */
import { closestNames } from '@actlab/core';
import { readFileSync } from 'node:fs';
import { colorWanted } from './color.js';
import { main } from './main.js';
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
    // Colour libraries read FORCE_COLOR when they load, so it must be set before Ink is imported.
    if (!colorWanted(process.env, true)) process.env.FORCE_COLOR = '0';
    const { runInteractive } = await import('./interactive.js');
    process.exitCode = await runInteractive(version, screen as ScreenId | undefined);
  }
} else {
  const outcome = await main(argv, version);
  if (outcome.stdout) process.stdout.write(outcome.stdout);
  if (outcome.stderr) process.stderr.write(outcome.stderr);
  process.exitCode = outcome.code;
}
