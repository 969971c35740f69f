import { describe, expect, it } from 'vitest';
import {
  DEFAULT_IDS,
  MAX_FUNCTIONS,
  readSelection,
  selectionPatch,
  toggledIds,
} from './selection.js';

describe('readSelection', () => {
  it('shows the default when the link names nothing, and nothing when fn is empty', () => {
    expect(readSelection(null)).toEqual({ ids: DEFAULT_IDS, notices: [] });
    expect(readSelection('')).toEqual({ ids: [], notices: [] });
  });

  it('resolves aliases and drops duplicates, keeping the order of the link', () => {
    expect(readSelection('relu,swish,Leaky-ReLU,silu').ids).toEqual(['relu', 'silu', 'leaky_relu']);
  });

  it('leaves out unknown names with a suggestion, and vector activations with a link', () => {
    const { ids, notices } = readSelection('relu,sigmod,softmax');
    expect(ids).toEqual(['relu']);
    expect(notices[0]?.text).toMatch(/“sigmod”.*did you mean sigmoid/);
    expect(notices[1]?.text).toMatch(/Softmax .* no curve y = f\(x\)/);
    expect(notices[1]?.link?.href).toBe('/softmax');
  });

  it(`draws at most ${MAX_FUNCTIONS} functions`, () => {
    const { ids, notices } = readSelection('relu,gelu,tanh,sigmoid,elu,selu,mish');
    expect(ids).toHaveLength(MAX_FUNCTIONS);
    expect(notices[0]?.text).toMatch(/Mish is left out/);
  });
});

describe('selection changes', () => {
  it('toggle a function in or out', () => {
    expect(toggledIds(['relu'], 'gelu')).toEqual(['relu', 'gelu']);
    expect(toggledIds(['relu', 'gelu'], 'relu')).toEqual(['gelu']);
  });

  it('drop the parameters and shading that no longer apply, keeping the rest', () => {
    const query = new URLSearchParams(
      'fn=elu,softplus&alpha=0.5&beta=2&softplus.beta=3&x=1&shade=softplus',
    );
    expect(selectionPatch(query, ['elu'])).toEqual({
      fn: 'elu',
      beta: null,
      'softplus.beta': null,
      shade: null,
    });
    expect(selectionPatch(query, ['elu', 'softplus', 'relu'])).toEqual({ fn: 'elu,softplus,relu' });
  });
});
