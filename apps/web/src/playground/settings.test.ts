import { describe, expect, it } from 'vitest';
import { formatActivation, parseActivation } from './activation-choice.js';
import {
  DEFAULT_SETTINGS,
  PLAYGROUND_DATASETS,
  formatInputs,
  isRegression,
  normalizeSettings,
  parseInputs,
  runRequestOf,
  settingsFromQuery,
  settingsToQuery,
} from './settings.js';

const query = (s: string) => new URLSearchParams(s);

describe('playground settings in the URL', () => {
  it('open on TensorFlow Playground’s default problem when the query is empty', () => {
    expect(settingsFromQuery(query(''))).toEqual(DEFAULT_SETTINGS);
    // Defaults are not written out, so the default page has a clean link.
    const patch = settingsToQuery(DEFAULT_SETTINGS);
    expect(Object.values(patch).every((v) => v === null)).toBe(true);
  });

  it('read every key', () => {
    const s = settingsFromQuery(
      query(
        'dataset=spiral&noise=0.2&points=800&inputs=x1x2,x1,sinx2&ratio=70&batch=5&lr=0.1&reg=l2&regRate=0.003&hidden=6,4,2' +
          '&act=relu,leaky_relu*alpha*0.2,tanh&out=linear&loss=mse&opt=adam&init=he&seed=42&speed=0&test=1&discrete=1&pts=1_2_1,-3.5_0_0',
      ),
    );
    expect(s).toEqual({
      dataset: 'spiral',
      noise: 0.2,
      points: 800,
      inputs: ['x1', 'x1x2', 'sinx2'],
      trainPercent: 70,
      batchSize: 5,
      learningRate: 0.1,
      regularization: 'l2',
      regularizationRate: 0.003,
      hidden: [6, 4, 2],
      activations: [
        { id: 'relu', params: {} },
        { id: 'leaky_relu', params: { alpha: 0.2 } },
        { id: 'tanh', params: {} },
      ],
      output: { id: 'linear', params: {} },
      loss: 'mse',
      optimizer: 'adam',
      init: 'he',
      seed: 42,
      speed: 0,
      showTest: true,
      discrete: true,
      custom: [
        { x: 1, y: 2, label: 1 },
        { x: -3.5, y: 0, label: 0 },
      ],
    });
    expect(normalizeSettings(s)).toEqual(s);
  });

  it('fall back to defaults for broken values and clamp out-of-range ones', () => {
    const s = settingsFromQuery(
      query('dataset=nope&noise=abc&ratio=150&hidden=9,x&act=bogus&opt=rmsprop&speed=7&lr=-1'),
    );
    expect(s.dataset).toBe('circle');
    expect(s.noise).toBe(0);
    expect(s.trainPercent).toBe(90);
    expect(s.hidden).toEqual([4, 2]);
    expect(s.activations.map((a) => a.id)).toEqual(['tanh', 'tanh']);
    expect(s.optimizer).toBe('sgd');
    expect(s.speed).toBe(30);
    expect(s.learningRate).toBe(1e-6);
  });

  it('repeat the last activation for layers the act list leaves out, and allow no hidden layer', () => {
    expect(settingsFromQuery(query('hidden=3,3,3&act=relu')).activations.map((a) => a.id)).toEqual([
      'relu',
      'relu',
      'relu',
    ]);
    const none = settingsFromQuery(query('hidden=0'));
    expect(none.hidden).toEqual([]);
    expect(settingsToQuery(none).hidden).toBe('0');
  });

  it('turn into the request @actlab/train prepares', () => {
    const circle = runRequestOf(DEFAULT_SETTINGS);
    expect(circle).toMatchObject({
      dataset: 'circle',
      points: 500,
      noise: 0,
      testFraction: 0.5,
      hidden: [4, 2],
      activation: ['tanh', 'tanh'],
      optimizer: { type: 'sgd', learningRate: 0.03 },
      regularization: { type: 'none', rate: 0 },
      batchSize: 10,
      seed: 1,
    });
    expect(circle.output).toBeUndefined();
    // Iris is measured: it takes neither points nor noise.
    const iris = runRequestOf({ ...DEFAULT_SETTINGS, dataset: 'iris' });
    expect(iris.points).toBeUndefined();
    expect(iris.noise).toBeUndefined();
    const custom = runRequestOf({
      ...DEFAULT_SETTINGS,
      activations: [
        { id: 'elu', params: { alpha: 2 } },
        { id: 'relu', params: {} },
      ],
    });
    expect(custom.activation).toEqual([{ id: 'elu', params: { alpha: 2 } }, 'relu']);
  });
});

describe('input features in the URL', () => {
  it('default to x1, x2, which the link leaves out', () => {
    expect(settingsFromQuery(query('')).inputs).toEqual(['x1', 'x2']);
    expect(formatInputs(['x1', 'x2'])).toBeNull();
    expect(settingsToQuery(DEFAULT_SETTINGS).inputs).toBeNull();
  });

  it('read ids in any order into one canonical order, dropping unknown ids and repeats', () => {
    expect(parseInputs('x2sq,x1sq,x1sq,bogus')).toEqual(['x1sq', 'x2sq']);
    expect(formatInputs(['x1sq', 'x2sq'])).toBe('x1sq,x2sq');
    // Nothing usable left: the default, so the page still trains.
    expect(parseInputs('bogus,')).toEqual(['x1', 'x2']);
    expect(parseInputs('')).toEqual(['x1', 'x2']);
  });

  it('reach the request only when they differ from x1, x2', () => {
    expect(runRequestOf(DEFAULT_SETTINGS).inputs).toBeUndefined();
    const squares = { ...DEFAULT_SETTINGS, inputs: parseInputs('x1sq,x2sq'), hidden: [] };
    expect(runRequestOf(squares).inputs).toEqual(['x1sq', 'x2sq']);
    expect(normalizeSettings(squares).inputs).toEqual(['x1sq', 'x2sq']);
  });
});

describe('the regression surfaces', () => {
  it('are offered, as regression, with points and noise', () => {
    expect(PLAYGROUND_DATASETS.map((d) => d.name)).toEqual(
      expect.arrayContaining(['plane', 'multi-gauss']),
    );
    expect(isRegression('plane')).toBe(true);
    expect(isRegression('multi-gauss')).toBe(true);
    expect(isRegression('circle')).toBe(false);
    const request = runRequestOf({ ...DEFAULT_SETTINGS, dataset: 'multi-gauss', noise: 0.1 });
    expect(request).toMatchObject({ dataset: 'multi-gauss', points: 500, noise: 0.1 });
    expect(settingsFromQuery(query('dataset=plane')).dataset).toBe('plane');
  });
});

describe('activation tokens', () => {
  it('keep only parameters that differ from the defaults', () => {
    expect(parseActivation('leaky_relu*alpha*0.01')).toEqual({ id: 'leaky_relu', params: {} });
    expect(formatActivation({ id: 'elu', params: { alpha: 1 } })).toBe('elu');
    expect(formatActivation({ id: 'elu', params: { alpha: 0.5 } })).toBe('elu*alpha*0.5');
  });

  it('resolve aliases and refuse unknown ids or broken values', () => {
    expect(parseActivation('swish')?.id).toBe('silu');
    expect(parseActivation('nope')).toBeUndefined();
    expect(parseActivation('elu*alpha')).toBeUndefined();
    expect(parseActivation('elu*alpha*x')).toBeUndefined();
  });
});

describe('typed formulas in the URL', () => {
  /** The settings after writing them to a query and reading that back, as a reload does. */
  const reload = (s: ReturnType<typeof settingsFromQuery>) => {
    const written = new URLSearchParams();
    for (const [key, value] of Object.entries(settingsToQuery(s))) {
      if (value !== null && value !== undefined) written.set(key, value);
    }
    // Through the text of a link, as the address bar holds it.
    return settingsFromQuery(new URLSearchParams(written.toString()));
  };

  it('read formula: items of the act list, whose own commas and stars do not split them', () => {
    const s = settingsFromQuery(
      query(
        `hidden=3,3,3&act=${encodeURIComponent('formula:min(x, 0.1 * x),relu,formula:where(x > 0, x, 0)')}`,
      ),
    );
    expect(s.activations).toEqual([
      { id: 'formula:min(x, 0.1 * x)', params: {} },
      { id: 'relu', params: {} },
      { id: 'formula:where(x > 0, x, 0)', params: {} },
    ]);
    expect(reload(s)).toEqual(s);
    expect(runRequestOf(s).activation).toEqual([
      'formula:min(x, 0.1 * x)',
      'relu',
      'formula:where(x > 0, x, 0)',
    ]);
  });

  it('open the explorer’s link (act=formula:<text>) with the formula on every hidden layer', () => {
    const link = `/playground?act=${encodeURIComponent('formula: x * tanh(softplus(x))')}`;
    const s = settingsFromQuery(new URL(link, 'http://x').searchParams);
    expect(s.activations).toEqual([
      { id: 'formula:x * tanh(softplus(x))', params: {} },
      { id: 'formula:x * tanh(softplus(x))', params: {} },
    ]);
  });

  it('keep declared parameters that differ from their defaults, as the catalog’s are kept', () => {
    const formula = 'formula:x * sigmoid(beta * x); beta = 1.702 in (0, 10]';
    const s = settingsFromQuery(query(`hidden=2&act=${encodeURIComponent(`${formula}*beta*2`)}`));
    expect(s.activations).toEqual([{ id: formula, params: { beta: 2 } }]);
    expect(settingsToQuery(s).act).toBe(`${formula}*beta*2`);
    expect(reload(s)).toEqual(s);
    expect(runRequestOf(s).activation).toEqual([{ id: formula, params: { beta: 2 } }]);
    // The declared default is left out, as a catalog default is.
    const atDefault = settingsFromQuery(
      query(`act=${encodeURIComponent(`${formula}*beta*1.702`)}`),
    );
    expect(atDefault.activations[0]).toEqual({ id: formula, params: {} });
  });

  it('keep a formula as the output activation', () => {
    const s = settingsFromQuery(query(`out=${encodeURIComponent('formula:(1 + tanh(x)) / 2')}`));
    expect(s.output).toEqual({ id: 'formula:(1 + tanh(x)) / 2', params: {} });
    expect(reload(s)).toEqual(s);
    expect(runRequestOf(s).output).toBe('formula:(1 + tanh(x)) / 2');
  });

  it('fall back to the default for a formula that does not parse', () => {
    const s = settingsFromQuery(query(`act=${encodeURIComponent('formula:x * sigmod(x)')}`));
    expect(s.activations.map((a) => a.id)).toEqual(['tanh', 'tanh']);
  });
});
