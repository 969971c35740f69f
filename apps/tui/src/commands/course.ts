/**
 * `actlab course`: the course notes' sections in order, each with the commands (and lab screens)
 * that teach it, from train's course map, so a class can follow the notes in the terminal.
 */
import { COURSE_SECTIONS } from '@actlab/train';
import { courseText } from '../course-text.js';
import { parseArgs } from './args.js';
import type { Command } from './command.js';
import { json } from './shared.js';

/** `actlab course`. */
export const courseCommand: Command = {
  summary: "the course notes' sections in order, with the commands that teach each",
  usage: 'actlab course [--json]',
  flags: { json: 'switch' },
  run(argv) {
    const args = parseArgs(argv, this.flags);
    return args.switches.has('json') ? json(COURSE_SECTIONS) : courseText();
  },
};
