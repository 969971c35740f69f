import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DEPTH_ACTIVATIONS,
  depthKey,
  depthQuery,
  parseDepthActivations,
  readDepthParams,
  withPreservingGain,
} from './depth-params.js';

describe('readDepthParams', () => {
  it('uses the defaults for an empty query', () => {
    expect(readDepthParams(new URLSearchParams())).toEqual({
      activations: ['tanh', 'relu', 'selu', 'sigmoid'],
      depth: 50,
      width: 128,
      init: 'xavier',
      gain: 1,
      biasVariance: 0,
    });
  });

  it('reads, rounds and clamps a hand-edited link', () => {
    const params = readDepthParams(
      new URLSearchParams('sdepth=400&swidth=7.6&sgain=-3&sbias=0.05&sinit=lecun'),
    );
    expect(params).toMatchObject({ depth: 100, width: 8, gain: 0.1, biasVariance: 0.05 });
    expect(params.init).toBe('lecun');
    expect(readDepthParams(new URLSearchParams('sinit=orthogonal')).init).toBe('xavier');
  });

  it('leaves the vanishing-gradient networks’ own depth and width keys alone', () => {
    const params = readDepthParams(new URLSearchParams('depth=4&width=8'));
    expect(params.depth).toBe(50);
    expect(params.width).toBe(128);
  });

  it('round-trips through the query, and the key follows every value', () => {
    const params = {
      activations: ['gelu', 'formula:x * sigmoid(x)'],
      depth: 30,
      width: 256,
      init: 'custom' as const,
      gain: 1.5,
      biasVariance: 0.1,
    };
    expect(readDepthParams(new URLSearchParams(depthQuery(params)))).toEqual(params);
    expect(depthKey(params)).not.toBe(depthKey({ ...params, gain: 1.6 }));
    expect(depthKey(params)).not.toBe(depthKey({ ...params, activations: ['gelu'] }));
  });
});

describe('parseDepthActivations', () => {
  it('resolves aliases, drops unknown, vector and repeated ids, keeps at most four', () => {
    expect(parseDepthActivations('ReLU,softmax,nope,relu,tanh')).toEqual(['relu', 'tanh']);
    expect(parseDepthActivations('tanh,relu,selu,sigmoid,gelu')).toHaveLength(4);
    expect(parseDepthActivations('softmax')).toBe(DEFAULT_DEPTH_ACTIVATIONS);
  });

  it('keeps a formula whole, commas inside brackets included', () => {
    expect(parseDepthActivations('formula:min(x, 1),tanh')).toEqual(['formula:min(x, 1)', 'tanh']);
  });
});

describe('withPreservingGain', () => {
  it('gives every activation its own gain and removes the biases', () => {
    const params = readDepthParams(new URLSearchParams('sbias=0.3&sinit=he'));
    expect(withPreservingGain(params)).toEqual({ ...params, init: 'preserving', biasVariance: 0 });
  });
});
