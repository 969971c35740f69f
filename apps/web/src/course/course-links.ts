/**
 * The course map's places as links of the web explorer: an activation opens the Explorer at the
 * notes' parameters, an experiment its lesson page, an instrument its page (a derivation, its
 * section of the Derivations page).
 */
import type { CoursePlace } from '@actlab/train';
import { EXPERIMENT_CATALOG } from '@actlab/train';
import { activationInfo } from '@actlab/core';

/** A link: where it goes and what it says. */
interface CourseLink {
  readonly href: string;
  readonly text: string;
}

/** The page and words of each instrument. */
const TOOLS: Readonly<Record<Extract<CoursePlace, { kind: 'tool' }>['tool'], CourseLink>> = {
  neuron: { href: '/neuron', text: 'One neuron: inputs, weights, bias and the activation' },
  softmax: { href: '/softmax', text: 'Softmax with the notes’ scores' },
  backprop: { href: '/backprop', text: 'Backpropagation, step by step' },
  gradients: { href: '/gradients', text: 'Vanishing gradients and the update rule' },
  playground: { href: '/playground', text: 'Training playground' },
  'derivation-sigmoid': {
    href: '/derivations#sigmoid',
    text: 'The derivative of the sigmoid, step by step',
  },
  'derivation-softmax': { href: '/derivations#softmax', text: 'Softmax computed step by step' },
};

/** The link of one place. */
export function courseLink(place: CoursePlace): CourseLink {
  if (place.kind === 'tool') return TOOLS[place.tool];
  if (place.kind === 'experiment') {
    const title = EXPERIMENT_CATALOG.find((e) => e.id === place.id)?.title ?? place.id;
    return { href: `/lessons/${place.id}`, text: `Lesson: ${title}` };
  }
  const query = new URLSearchParams({ fn: place.id });
  const params = Object.entries(place.params ?? {});
  for (const [name, value] of params) query.set(name, String(value));
  const at = params.map(([name, value]) => `${name} = ${value}`).join(', ');
  const name = activationInfo(place.id).name;
  return { href: `/?${query.toString()}`, text: `${name} in the Explorer${at ? ` (${at})` : ''}` };
}
