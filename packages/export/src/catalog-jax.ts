/**
 * The catalog in JAX: jax.nn's own function wherever it computes the same function (with
 * `approximate=False` for the exact GELU, since JAX defaults to the tanh form), jax.numpy where
 * jax.nn has none or fixes a parameter actlab varies. Vector activations work over the last axis.
 */
import type { PythonTemplate, TemplateTable } from './catalog-template.js';

/** Every catalog activation as a JAX function body (x is an array). */
export const JAX_TEMPLATES: TemplateTable<PythonTemplate> = {
  binary_step: { body: ['return jnp.where(x >= threshold, 1.0, 0.0)'] },
  linear: { body: ['return slope * x + intercept'] },
  relu: { body: ['return jax.nn.relu(x)'] },
  threshold: { body: ['return jnp.where(x > threshold, x, value)'] },
  relu6: { body: ['return jax.nn.relu6(x)'] },
  leaky_relu: { body: ['return jax.nn.leaky_relu(x, negative_slope=alpha)'] },
  prelu: {
    body: [
      '# PReLU learns alpha in a network; with alpha fixed it is a leaky ReLU.',
      'return jax.nn.leaky_relu(x, negative_slope=alpha)',
    ],
  },
  rrelu: {
    body: [
      '# Evaluation mode: the random slope is replaced by its mean.',
      'return jax.nn.leaky_relu(x, negative_slope=(lower + upper) / 2)',
    ],
  },
  elu: { body: ['return jax.nn.elu(x, alpha=alpha)'] },
  selu: { body: ['return jax.nn.selu(x)'] },
  celu: { body: ['return jax.nn.celu(x, alpha=alpha)'] },
  gelu: {
    body: [
      '# approximate=False: the exact erf form (JAX defaults to the tanh approximation).',
      'return jax.nn.gelu(x, approximate=False)',
    ],
  },
  gelu_tanh: { body: ['return jax.nn.gelu(x, approximate=True)'] },
  sigmoid: { body: ['return jax.nn.sigmoid(x)'] },
  hard_sigmoid: { body: ['return jax.nn.hard_sigmoid(x)'] },
  log_sigmoid: { body: ['return jax.nn.log_sigmoid(x)'] },
  sparse_sigmoid: { body: ['return jax.nn.sparse_sigmoid(x)'] },
  tanh: { body: ['return jnp.tanh(x)'] },
  hard_tanh: {
    body: [
      '# jax.nn.hard_tanh is the case min_val = -1, max_val = 1.',
      'return jnp.clip(x, min_val, max_val)',
    ],
  },
  tanh_shrink: { body: ['return x - jnp.tanh(x)'] },
  softsign: { body: ['return jax.nn.soft_sign(x)'] },
  softplus: {
    body: ['# jax.nn.softplus is the case beta = 1.', 'return jnp.logaddexp(beta * x, 0.0) / beta'],
  },
  sparse_plus: { body: ['return jax.nn.sparse_plus(x)'] },
  squareplus: { body: ['return jax.nn.squareplus(x, b=b)'] },
  silu: {
    body: ['# jax.nn.silu is the case beta = 1.', 'return x * jax.nn.sigmoid(beta * x)'],
  },
  hard_silu: { body: ['return jax.nn.hard_silu(x)'] },
  mish: { body: ['return jax.nn.mish(x)'] },
  soft_shrink: {
    body: ['return jnp.where(x > lambd, x - lambd, jnp.where(x < -lambd, x + lambd, 0.0))'],
  },
  hard_shrink: { body: ['return jnp.where(jnp.abs(x) > lambd, x, 0.0)'] },
  exponential: { body: ['return jnp.exp(x)'] },
  arctan: { body: ['return jnp.arctan(x)'] },
  sin: { body: ['return jnp.sin(x)'] },
  gaussian: { body: ['return jnp.exp(-jnp.square(x))'] },
  softmax: { body: ['return jax.nn.softmax(x / temperature, axis=-1)'] },
  log_softmax: { body: ['return jax.nn.log_softmax(x / temperature, axis=-1)'] },
  softmin: { body: ['return jax.nn.softmax(-x / temperature, axis=-1)'] },
  sparsemax: {
    body: [
      '# Project onto the simplex: y = max(x - tau, 0) with the sum of y equal to 1.',
      'z = -jnp.sort(-x, axis=-1)',
      'k = jnp.arange(1, x.shape[-1] + 1)',
      'support = 1 + k * z > jnp.cumsum(z, axis=-1)',
      'size = jnp.sum(support, axis=-1, keepdims=True)',
      'tau = (jnp.sum(jnp.where(support, z, 0.0), axis=-1, keepdims=True) - 1) / size',
      'return jnp.maximum(x - tau, 0.0)',
    ],
  },
  glu: { body: ['return jax.nn.glu(x, axis=-1)'] },
};
