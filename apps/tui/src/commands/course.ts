/**
 * `actlab course`: the course notes' sections in order, each with the commands (and lab screens)
 * that teach it, from train's course map, so a class can follow the notes in the terminal.
 */
import type { CoursePlace } from '@actlab/train';
import { COURSE_SECTIONS } from '@actlab/train';
import { parseArgs } from './args.js';
import type { Command } from './command.js';
import { json } from './shared.js';

/** The command (or lab screen) that shows one place. */
export function placeCommand(place: CoursePlace): string {
  if (place.kind === 'experiment') return `actlab experiment ${place.id}`;
  if (place.kind === 'activation') {
    const params = Object.entries(place.params ?? {}).map(([k, v]) => ` --param ${k}=${v}`);
    return `actlab info ${place.id}${params.join('')}`;
  }
  switch (place.tool) {
    case 'neuron':
      return 'actlab eval binary_step 0.5   (a neuron fires when z reaches the threshold)';
    case 'softmax':
      return 'actlab softmax 2.33 -1.46 0.56';
    case 'backprop':
      return 'actlab backprop   (or the lab: actlab ui backprop)';
    case 'gradients':
      return 'actlab experiment vanishing-gradient';
    case 'playground':
      return 'actlab train circle --activation tanh';
    case 'derivation-sigmoid':
      return 'actlab derive sigmoid --x 2';
    case 'derivation-softmax':
      return 'actlab derive softmax 2.33 -1.46 0.56';
  }
}

/** `actlab course`. */
export const courseCommand: Command = {
  summary: "the course notes' sections in order, with the commands that teach each",
  usage: 'actlab course [--json]',
  flags: { json: 'switch' },
  run(argv) {
    const args = parseArgs(argv, this.flags);
    if (args.switches.has('json')) return json(COURSE_SECTIONS);
    return COURSE_SECTIONS.map(
      (s, i) =>
        `${i + 1}. ${s.title}\n   ${s.summary}\n${s.places.map((p) => `   $ ${placeCommand(p)}`).join('\n')}`,
    ).join('\n\n');
  },
};
