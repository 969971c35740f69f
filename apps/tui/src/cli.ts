#!/usr/bin/env node
/** The `actlab` executable: runs the command line on the process's arguments and streams. */
import { readFileSync } from 'node:fs';
import { main } from './main.js';

const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { version: string };
const outcome = await main(process.argv.slice(2), version);
if (outcome.stdout) process.stdout.write(outcome.stdout);
if (outcome.stderr) process.stderr.write(outcome.stderr);
process.exitCode = outcome.code;
