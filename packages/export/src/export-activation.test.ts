/**
 * exportActivation as an API: what it returns for each target (names, language, imports, the
 * exported values as defaults) and the typed errors it throws for bad targets, names, parameters
 * and formulas. The numbers the code computes are tested by executing it (numpy.test.ts, tfjs.test.ts).
 */
import { ActlabError, SCALAR_IDS, VECTOR_IDS, activation } from '@actlab/core';
import { describe, expect, it } from 'vitest';
import { exportActivation } from './export-activation.js';
import { catalogCalls } from './formula-walk.js';
import type { ExportTarget } from './targets.js';
import { EXPORT_TARGETS, isExportTarget } from './targets.js';

/** The ActlabError `run` throws (failing the test when it throws nothing or something else). */
function thrown(run: () => unknown): ActlabError {
  try {
    run();
  } catch (error) {
    if (error instanceof ActlabError) return error;
    throw error;
  }
  throw new Error('expected an ActlabError, nothing was thrown');
}

describe('exportActivation', () => {
  it('lists the four targets', () => {
    expect(EXPORT_TARGETS).toEqual(['numpy', 'pytorch', 'jax', 'tfjs']);
    expect(isExportTarget('jax')).toBe(true);
    expect(isExportTarget('keras')).toBe(false);
  });

  it.each([...SCALAR_IDS, ...VECTOR_IDS].map((id) => [id]))(
    '%s: a function named after the id in every target',
    (id) => {
      for (const target of EXPORT_TARGETS) {
        const out = exportActivation(id, target);
        expect(out.target).toBe(target);
        if (target === 'tfjs') {
          expect(out.language).toBe('javascript');
          expect(out.functionName).toBe(
            id.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()),
          );
          expect(out.code).toContain(`const ${out.functionName} = (x`);
          expect(out.imports).toEqual(["import * as tf from '@tensorflow/tfjs';"]);
        } else {
          expect(out.language).toBe('python');
          expect(out.functionName).toBe(id);
          expect(out.code).toContain(`def ${id}(x`);
          const needed = { numpy: 'import numpy as np', pytorch: 'from torch import nn', jax: '' };
          if (needed[target]) expect(out.imports).toContain(needed[target]);
          expect(out.code).not.toMatch(/^import|^from/m);
        }
      }
    },
  );

  it('writes the exported parameter values as the defaults', () => {
    expect(exportActivation('leaky_relu', 'numpy', { alpha: 0.2 }).code).toContain(
      'def leaky_relu(x, alpha=0.2):',
    );
    expect(exportActivation('leaky_relu', 'tfjs', { alpha: 0.2 }).code).toContain(
      'const leakyRelu = (x, alpha = 0.2) =>',
    );
    expect(exportActivation('hard_tanh', 'jax', { min_val: -2 }).code).toContain(
      'def hard_tanh(x, min_val=-2.0, max_val=1.0):',
    );
    expect(exportActivation('hard_tanh', 'tfjs').code).toContain('(x, minVal = -1, maxVal = 1)');
  });

  it('spells lambda as lambd in Python, where lambda is a keyword', () => {
    const code = exportActivation('soft_shrink', 'pytorch', { lambda: 0.25 }).code;
    expect(code).toContain('def soft_shrink(x, lambd=0.25):');
    expect(code).toContain('F.softshrink(x, lambd=lambd)');
  });

  it('gives PyTorch an nn.Module holding the parameters as attributes', () => {
    const code = exportActivation('elu', 'pytorch', { alpha: 2 }).code;
    expect(code).toContain('class Elu(nn.Module):');
    expect(code).toContain('def __init__(self, alpha=2.0):');
    expect(code).toContain('self.alpha = alpha');
    expect(code).toContain('return elu(x, alpha=self.alpha)');
  });

  it('resolves aliases to the canonical id', () => {
    expect(exportActivation('swish', 'jax').functionName).toBe('silu');
    expect(exportActivation('Leaky-ReLU', 'tfjs').functionName).toBe('leakyRelu');
  });

  it('names a formula custom_activation, customActivation and CustomActivation', () => {
    const id = 'formula: x * sigmoid(beta * x); beta = 1.702';
    expect(exportActivation(id, 'numpy').functionName).toBe('custom_activation');
    expect(exportActivation(id, 'tfjs').functionName).toBe('customActivation');
    const torch = exportActivation(id, 'pytorch', { beta: 2 });
    expect(torch.code).toContain('def custom_activation(x, beta=2.0):');
    expect(torch.code).toContain('class CustomActivation(nn.Module):');
  });

  it('emits one helper per catalog function a formula calls, once each', () => {
    const code = exportActivation('formula: sigmoid(x) * sigmoid(2 * x) + relu(x)', 'jax').code;
    expect(code.match(/^def sigmoid\(/gm)).toHaveLength(1);
    expect(code.match(/^def relu\(/gm)).toHaveLength(1);
  });
});

describe('exportActivation errors', () => {
  it('refuses an unknown target with INVALID_ARGUMENT naming the valid ones', () => {
    const error = thrown(() => exportActivation('relu', 'keras' as ExportTarget));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.message).toContain('numpy, pytorch, jax, tfjs');
  });

  it('propagates UNKNOWN_ACTIVATION with suggestions', () => {
    const error = thrown(() => exportActivation('sigmod', 'numpy'));
    expect(error.code).toBe('UNKNOWN_ACTIVATION');
    expect(error.details.suggestions).toContain('sigmoid');
  });

  it('checks the name before the target', () => {
    expect(thrown(() => exportActivation('sigmod', 'keras' as ExportTarget)).code).toBe(
      'UNKNOWN_ACTIVATION',
    );
  });

  it('propagates INVALID_PARAMS for out-of-range and unknown parameters', () => {
    const range = thrown(() => exportActivation('leaky_relu', 'pytorch', { alpha: -1 }));
    expect(range.code).toBe('INVALID_PARAMS');
    expect(range.details.param).toBe('alpha');
    expect(thrown(() => exportActivation('relu', 'jax', { alpha: 1 })).code).toBe('INVALID_PARAMS');
  });

  it('propagates INVALID_FORMULA with core’s details (position, suggestions)', () => {
    const id = 'formula: x * sigmod(x)';
    const error = thrown(() => exportActivation(id, 'tfjs'));
    expect(error.code).toBe('INVALID_FORMULA');
    expect(error.details).toEqual(thrown(() => activation(id)).details);
    expect(error.details.position).toEqual(expect.any(Number));
    expect(error.details.suggestions).toContain('sigmoid');
  });

  it('propagates INVALID_PARAMS for a declared parameter outside its range', () => {
    const id = 'formula: x * sigmoid(beta * x); beta = 1 in (0, 10]';
    expect(thrown(() => exportActivation(id, 'numpy', { beta: 20 })).code).toBe('INVALID_PARAMS');
  });

  it('refuses a derivative node, which only the differentiator makes', () => {
    const tree = {
      kind: 'activation-derivative',
      id: 'relu',
      arg: { kind: 'x' },
      params: {},
    } as const;
    expect(thrown(() => catalogCalls(tree)).code).toBe('INVALID_ARGUMENT');
  });
});
