/**
 * The course map: the notes' sections in their order, each with the places in actlab that teach
 * it, so a teacher can follow the notes in class. Places are named by what they are (an activation
 * at given parameters, an experiment, one of the instruments), and each front end turns them into
 * its own links (web paths) or commands (the terminal).
 */

/** Where in actlab a section is taught. */
export type CoursePlace =
  /** An activation to look at, at the parameters the notes use. */
  | {
      readonly kind: 'activation';
      readonly id: string;
      readonly params?: Readonly<Record<string, number>>;
    }
  /** One of the experiments (lessons), by id. */
  | { readonly kind: 'experiment'; readonly id: string }
  /** An instrument: a page of the web explorer and a screen or command of the terminal. */
  | {
      readonly kind: 'tool';
      readonly tool:
        | 'neuron'
        | 'softmax'
        | 'backprop'
        | 'gradients'
        | 'playground'
        | 'derivation-sigmoid'
        | 'derivation-softmax';
    };

/** One section of the notes. */
export interface CourseSection {
  /** Stable id, e.g. `binary-step`. */
  readonly id: string;
  /** The section's heading, as the notes put it. */
  readonly title: string;
  /** What the section says, in one sentence. */
  readonly summary: string;
  /** Where actlab teaches it, most direct first. */
  readonly places: readonly CoursePlace[];
}

/** The notes' sections, top to bottom (../shared/seed/activation-functions-notes.txt). */
export const COURSE_SECTIONS: readonly CourseSection[] = [
  {
    id: 'role',
    title: 'What an activation function does',
    summary:
      'A neuron sums its weighted inputs, z = w · x + b, and the activation decides whether it fires and what it passes on.',
    places: [{ kind: 'tool', tool: 'neuron' }],
  },
  {
    id: 'binary-step',
    title: '① Binary step function (threshold function)',
    summary:
      'Fires 1 at or above the threshold and 0 below: fine for two classes, useless for many, and its derivative is 0 everywhere.',
    places: [
      { kind: 'activation', id: 'binary_step' },
      { kind: 'experiment', id: 'step-no-gradient' },
    ],
  },
  {
    id: 'linear',
    title: '② Linear activation function',
    summary:
      'y = 2x + 3 has the constant derivative 2: stacked linear layers are still one line and cannot model a curve.',
    places: [
      { kind: 'activation', id: 'linear', params: { slope: 2, intercept: 3 } },
      { kind: 'experiment', id: 'linear-collapse' },
    ],
  },
  {
    id: 'non-linearity',
    title: 'Non-linearity and backpropagation',
    summary:
      'Non-linear activations are differentiable, so the loss (error = actual − predicted) can be pushed back to every weight.',
    places: [
      { kind: 'tool', tool: 'backprop' },
      { kind: 'tool', tool: 'playground' },
    ],
  },
  {
    id: 'boundaries',
    title: 'Non-linear decision boundaries',
    summary:
      'No straight line separates circle or XOR, nor iris by sepal width and length; one non-linear layer bends the boundary.',
    places: [{ kind: 'experiment', id: 'decision-boundary' }],
  },
  {
    id: 'digits',
    title: 'Digit recognition',
    summary: 'A small network with non-linear activations reads hand-written digits.',
    places: [{ kind: 'experiment', id: 'digits' }],
  },
  {
    id: 'relu',
    title: '① ReLU, and ReLU with a threshold T',
    summary:
      'max(x, 0) passes positive inputs on; with a threshold T = 10 only inputs above 10 pass.',
    places: [
      { kind: 'activation', id: 'relu' },
      { kind: 'activation', id: 'threshold', params: { threshold: 10, value: 0 } },
    ],
  },
  {
    id: 'sigmoid',
    title: '② Sigmoid and its derivative',
    summary:
      'σ(x) = 1 / (1 + e^−x) squashes into (0, 1); by the power and chain rules its derivative is σ(x)(1 − σ(x)).',
    places: [
      { kind: 'activation', id: 'sigmoid' },
      { kind: 'tool', tool: 'derivation-sigmoid' },
    ],
  },
  {
    id: 'vanishing',
    title: 'Vanishing gradient and the update rule',
    summary:
      'Sigmoid’s derivative is tiny outside about −3 to 3, so θ := θ − α ∂J/∂θ barely moves the first layers of a deep network.',
    places: [
      { kind: 'tool', tool: 'gradients' },
      { kind: 'experiment', id: 'vanishing-gradient' },
    ],
  },
  {
    id: 'softmax',
    title: '③ Softmax',
    summary:
      'Scores 2.33, −1.46 and 0.56 become e^z / K: 83.8%, 1.9% and 14.3%, a probability distribution over the classes.',
    places: [
      { kind: 'tool', tool: 'softmax' },
      { kind: 'tool', tool: 'derivation-softmax' },
      { kind: 'experiment', id: 'softmax-multiclass' },
    ],
  },
];
