/**
 * The course's single neuron for one step of backpropagation: two inputs, a sigmoid, squared
 * error against a target of 1 and plain gradient descent. `actlab backprop` starts from it and the
 * lab's Backprop screen steps through it, so both show the same numbers. Its pre-activation is
 * z = 0.3 · 1 + (-0.2) · 0.5 + 0.1 = 0.3.
 */

/** The neuron, its example and its learning rule. */
export const COURSE_NEURON = {
  /** The example's inputs x1, x2. */
  input: [1, 0.5],
  /** The weights w1, w2 of the one unit. */
  weights: [0.3, -0.2],
  /** Its bias b. */
  bias: 0.1,
  /** The output it should give. */
  target: 1,
  /** Its activation. */
  activation: 'sigmoid',
  /** Mean squared error, (a - t)^2 for one output. */
  loss: 'mse',
  /** The step size of w <- w - lr * dL/dw. */
  learningRate: 0.5,
} as const;
