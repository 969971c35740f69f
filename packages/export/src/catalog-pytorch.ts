/**
 * The catalog in PyTorch: torch.nn.functional's own function wherever it computes the same
 * function (parameters renamed to PyTorch's: `negative_slope`, `lambd`), the formula in torch ops
 * where PyTorch has none or defines it differently (no beta for silu, a linear cut-off in softplus).
 * Vector activations work over the last dimension.
 */
import type { PythonTemplate, TemplateTable } from './catalog-template.js';

/** Every catalog activation as a PyTorch function body (x is a tensor). */
export const PYTORCH_TEMPLATES: TemplateTable<PythonTemplate> = {
  binary_step: {
    body: [
      '# torch.heaviside returns its second argument (here 1) at exactly 0, as the step does at the threshold.',
      'return torch.heaviside(x - threshold, torch.ones_like(x))',
    ],
  },
  linear: {
    body: [
      '# torch.nn.Identity is the case slope = 1, intercept = 0.',
      'return slope * x + intercept',
    ],
  },
  relu: { body: ['return F.relu(x)'] },
  threshold: { body: ['return F.threshold(x, threshold, value)'] },
  relu6: { body: ['return F.relu6(x)'] },
  leaky_relu: { body: ['return F.leaky_relu(x, negative_slope=alpha)'] },
  prelu: {
    body: [
      '# torch.nn.PReLU learns alpha as a weight; with alpha fixed, PReLU is a leaky ReLU.',
      'return F.leaky_relu(x, negative_slope=alpha)',
    ],
  },
  rrelu: {
    body: [
      '# training=False: the mean slope (lower + upper) / 2, as actlab; in training PyTorch draws it at random.',
      'return F.rrelu(x, lower=lower, upper=upper, training=False)',
    ],
  },
  elu: { body: ['return F.elu(x, alpha=alpha)'] },
  selu: { body: ['return F.selu(x)'] },
  celu: { body: ['return F.celu(x, alpha=alpha)'] },
  gelu: { body: ['return F.gelu(x)'] },
  gelu_tanh: { body: ['return F.gelu(x, approximate="tanh")'] },
  sigmoid: { body: ['return torch.sigmoid(x)'] },
  hard_sigmoid: { body: ['return F.hardsigmoid(x)'] },
  log_sigmoid: { body: ['return F.logsigmoid(x)'] },
  sparse_sigmoid: { body: ['return torch.clamp(0.5 * (x + 1), min=0.0, max=1.0)'] },
  tanh: { body: ['return torch.tanh(x)'] },
  hard_tanh: { body: ['return F.hardtanh(x, min_val=min_val, max_val=max_val)'] },
  tanh_shrink: { body: ['return F.tanhshrink(x)'] },
  softsign: { body: ['return F.softsign(x)'] },
  softplus: {
    body: [
      '# PyTorch returns x itself where beta * x > threshold (20 by default); from 40 on that is',
      '# exact even in float64, so this matches the exact formula everywhere.',
      'return F.softplus(x, beta=beta, threshold=40.0)',
    ],
  },
  sparse_plus: {
    body: ['return torch.where(x <= -1, 0.0, torch.where(x >= 1, x, 0.25 * (x + 1) ** 2))'],
  },
  squareplus: {
    body: [
      '# Below zero (x + sqrt(x^2 + b)) / 2 cancels; it equals b / (2 (sqrt(x^2 + b) - x)) there.',
      't = torch.sqrt(x * x + b) + torch.abs(x)',
      'return 0.5 * torch.where(x >= 0, t, b / t)',
    ],
  },
  silu: {
    body: ['# F.silu is the case beta = 1.', 'return x * torch.sigmoid(beta * x)'],
  },
  hard_silu: {
    body: [
      '# Same values; PyTorch autograd takes the middle slope at exactly x = -3 and 3.',
      'return F.hardswish(x)',
    ],
  },
  mish: { body: ['return F.mish(x)'] },
  soft_shrink: { body: ['return F.softshrink(x, lambd=lambd)'] },
  hard_shrink: { body: ['return F.hardshrink(x, lambd=lambd)'] },
  exponential: { body: ['return torch.exp(x)'] },
  arctan: { body: ['return torch.atan(x)'] },
  sin: { body: ['return torch.sin(x)'] },
  gaussian: { body: ['return torch.exp(-torch.square(x))'] },
  softmax: { body: ['return F.softmax(x / temperature, dim=-1)'] },
  log_softmax: { body: ['return F.log_softmax(x / temperature, dim=-1)'] },
  softmin: { body: ['return F.softmin(x / temperature, dim=-1)'] },
  sparsemax: {
    body: [
      '# Project onto the simplex: y = max(x - tau, 0) with the sum of y equal to 1.',
      'z, _ = torch.sort(x, dim=-1, descending=True)',
      'k = torch.arange(1, x.shape[-1] + 1, dtype=x.dtype, device=x.device)',
      'support = 1 + k * z > torch.cumsum(z, dim=-1)',
      'size = torch.sum(support, dim=-1, keepdim=True)',
      'tau = (torch.sum(torch.where(support, z, 0.0), dim=-1, keepdim=True) - 1) / size',
      'return torch.clamp(x - tau, min=0.0)',
    ],
  },
  glu: { body: ['return F.glu(x, dim=-1)'] },
};
