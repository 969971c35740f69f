import { describe, expect, it } from 'vitest';
import { withQuery } from '../lib/url-state.js';
import { readExplorerState } from './explorer-state.js';
import { formulaPatch, playgroundHref, readFormula } from './formula-state.js';
import { paramPatch } from './params.js';

const q = (s: string) => new URLSearchParams(s);
/** The query after applying a patch, as the page would see it after the write. */
const after = (query: URLSearchParams, patch: Parameters<typeof withQuery>[1]) =>
  new URLSearchParams(withQuery(`/?${query.toString()}`, patch).split('?')[1] ?? '');

// Independent references, written with Math rather than core.
const softplus = (x: number) => Math.log1p(Math.exp(x));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const mish = (x: number) => x * Math.tanh(softplus(x));
const mishDf = (x: number) =>
  Math.tanh(softplus(x)) + x * sigmoid(x) * (1 - Math.tanh(softplus(x)) ** 2);

const MISH = 'x * tanh(softplus(x))';
const THRESHOLD = 'where(x > T, x, 0); T = 1 in [-5, 5]';

describe('the custom formula in the link', () => {
  it('is drawn with its exact derivative when valid', () => {
    const state = readFormula(q(`formula=${encodeURIComponent(MISH)}`));
    expect(state.problem).toBeNull();
    expect(state.notices).toEqual([]);
    const fn = state.fn;
    expect(fn?.id).toMatch(/^formula:/);
    for (const x of [-3, -0.5, 0.25, 1, 4]) {
      expect(fn?.act.f(x)).toBeCloseTo(mish(x), 14);
      expect(fn?.act.df(x)).toBeCloseTo(mishDf(x), 13);
    }
    expect(fn?.description?.derivativeLatex.length).toBeGreaterThan(0);
    expect(fn?.description?.properties.estimated).toBe(true);
  });

  it('reports an invalid formula as a problem, draws nothing and does not throw', () => {
    const state = readFormula(q('formula=x%20*%20sigmod(x)'));
    expect(state.text).toBe('x * sigmod(x)');
    expect(state.fn).toBeUndefined();
    expect(state.problem?.suggestions).toContain('sigmoid');
    const page = readExplorerState(q('fn=relu&formula=x%20*%20sigmod(x)'));
    expect(page.fns.map((f) => f.id)).toEqual(['relu']);
  });

  it('takes its declared parameters from p.<name>, refusing values out of the declared range', () => {
    const text = encodeURIComponent(THRESHOLD);
    expect(readFormula(q(`formula=${text}`)).fn?.act.f(1.5)).toBe(1.5);
    expect(readFormula(q(`formula=${text}&p.T=2`)).fn?.act.f(1.5)).toBe(0);
    const refused = readFormula(q(`formula=${text}&p.T=9`));
    expect(refused.fn?.act.params.T).toBe(1);
    expect(refused.notices).toHaveLength(1);
    expect(refused.notices[0]?.text).toMatch(/T/);
    const undeclared = readFormula(q(`formula=${text}&p.zz=1`));
    expect(undeclared.notices.map((n) => n.text)).toEqual([
      'p.zz is not a parameter the formula declares, so it is ignored.',
    ]);
  });

  it('never lets a formula parameter and a catalog parameter of the same name meet', () => {
    const text = encodeURIComponent('leaky_relu(x, alpha = a); a = 0.1');
    const state = readExplorerState(q(`fn=elu&formula=${text}&alpha=0.5&p.a=0.3`));
    const [elu, custom] = state.fns;
    expect(elu?.act.params.alpha).toBe(0.5);
    expect(custom?.act.params.a).toBe(0.3);
    expect(custom?.act.f(-1)).toBeCloseTo(-0.3, 15);
    expect(state.notices).toEqual([]);
  });
});

describe('the page with a formula', () => {
  it('shows the formula alone when the link has no fn, beside the ticked functions otherwise', () => {
    const text = encodeURIComponent(MISH);
    expect(readExplorerState(q(`formula=${text}`)).fns).toHaveLength(1);
    const both = readExplorerState(q(`fn=relu,gelu&formula=${text}`));
    expect(both.fns.map((f) => f.info.name)).toEqual(['ReLU', 'GELU', 'Custom formula']);
    expect(both.shadeId).toBe('relu');
    expect(readExplorerState(q(`fn=relu&formula=${text}&shade=formula`)).shadeId).toBe(
      both.fns[2]?.id,
    );
  });

  it('keeps one of the six colours for the formula', () => {
    const six = 'relu,gelu,elu,tanh,sigmoid,selu';
    expect(readExplorerState(q(`fn=${six}`)).fns).toHaveLength(6);
    const state = readExplorerState(q(`fn=${six}&formula=${encodeURIComponent(MISH)}`));
    expect(state.fns).toHaveLength(6);
    expect(state.ids).toHaveLength(5);
    expect(state.notices[0]?.text).toMatch(/the custom formula is one/);
  });
});

describe('changing the formula', () => {
  it('round-trips through the link: typed text, parameter value, reload', () => {
    const start = q('fn=sigmoid&x=2');
    const withFormula = after(start, formulaPatch(start, ['sigmoid'], `  ${THRESHOLD} `));
    expect(withFormula.get('formula')).toBe(THRESHOLD);
    const fn = readFormula(withFormula).fn;
    const spec = fn?.info.params[0];
    if (!fn || !spec) throw new Error('the formula was not read back');
    const tuned = after(withFormula, paramPatch(withFormula, ['sigmoid'], fn.id, spec, 2.5));
    expect(tuned.get('p.T')).toBe('2.5');
    // A reload reads the same state from the same link.
    const reloaded = readExplorerState(new URLSearchParams(tuned.toString()));
    expect(reloaded.fns.map((f) => f.info.name)).toEqual(['Sigmoid', 'Custom formula']);
    expect(reloaded.formula.fn?.act.params.T).toBe(2.5);
    expect(reloaded.x).toBe(2);
    // Back at the default, the key goes.
    expect(paramPatch(tuned, ['sigmoid'], fn.id, spec, 1)).toEqual({ 'p.T': null });
  });

  it('writes fn out when the link had none, so the functions on screen stay', () => {
    expect(formulaPatch(q(''), ['sigmoid'], MISH)).toMatchObject({ fn: 'sigmoid', formula: MISH });
    expect(formulaPatch(q('fn=relu'), ['relu'], MISH)).not.toHaveProperty('fn');
  });

  it('drops parameter values the new text no longer means', () => {
    const old = q(`formula=${encodeURIComponent(THRESHOLD)}&p.T=2&fn=`);
    // Same name, same default and range: the value stays.
    expect(formulaPatch(old, [], 'where(x > T, 2 * x, 0); T = 1 in [-5, 5]')).not.toHaveProperty(
      'p.T',
    );
    // A new default: the slider starts there.
    expect(formulaPatch(old, [], 'where(x > T, x, 0); T = 3 in [-5, 5]')['p.T']).toBeNull();
    // No longer declared, or the formula removed.
    expect(formulaPatch(old, [], MISH)['p.T']).toBeNull();
    expect(formulaPatch(old, [], null)).toMatchObject({
      formula: null,
      'p.T': null,
    });
  });

  it('links to the Playground with the canonical formula and its changed parameters', () => {
    const fn = readFormula(q(`formula=${encodeURIComponent(THRESHOLD)}&p.T=2`)).fn;
    if (!fn) throw new Error('no formula');
    const href = playgroundHref(fn);
    const query = new URLSearchParams(href.split('?')[1]);
    expect(href.startsWith('/playground?')).toBe(true);
    // The Playground's encoding: the formula's id, then `*name*value` per changed parameter.
    expect(query.get('act')).toBe(`${fn.id}*T*2`);
    expect(fn.id).toBe('formula:where(x > T, x, 0); T = 1 in [-5, 5]');
    const plain = readFormula(q(`formula=${encodeURIComponent(MISH)}`)).fn;
    expect(plain && new URLSearchParams(playgroundHref(plain).split('?')[1]).get('act')).toBe(
      'formula:x * tanh(softplus(x))',
    );
  });
});
