/**
 * Typed formulas on the command line: `eval`, `info` and `export` with `--formula` or a
 * `formula:` id, `train` with formula activations, and formula mistakes shown with a caret, exit 2.
 * Values are compared with the catalog's own functions (x * sigmoid(x) is SiLU, x * tanh(softplus(x))
 * is Mish), which core implements separately, and with 40-digit references.
 */
import { activation } from '@actlab/core';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';

const run = (...argv: string[]) => main(argv, 'test');

Decimal.set({ precision: 40 });

/** Within a few ulps of `expected` (the formula and the catalog round differently). */
function expectClose(actual: unknown, expected: number): void {
  expect(typeof actual).toBe('number');
  const tolerance = 4 * Number.EPSILON * Math.max(1, Math.abs(expected));
  expect(Math.abs((actual as number) - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(
    tolerance,
  );
}

/** The caret line under the line holding `text` in `stderr`: its column and its carets. */
function caretUnder(
  stderr: string,
  text: string,
): { column: number; carets: number; rest: string } {
  const lines = stderr.split('\n');
  const at = lines.findIndex((l) => l.includes(text));
  expect(at, `a line holding ${text} in:\n${stderr}`).toBeGreaterThanOrEqual(0);
  const caret = lines[at + 1] ?? '';
  const match = /^( *)(\^+)(.*)$/.exec(caret);
  expect(match, `a caret line in:\n${stderr}`).not.toBeNull();
  const [, spaces, carets, rest] = match as RegExpExecArray;
  const shift = (lines[at] as string).indexOf(text);
  return {
    column: (spaces as string).length - shift,
    carets: (carets as string).length,
    rest: rest as string,
  };
}

const XS = ['-3', '-0.5', '0', '1', '2.5'];

describe('actlab eval --formula', () => {
  it('gives the values and derivatives of x * sigmoid(x) that silu gives', async () => {
    const r = await run('eval', '--formula', 'x * sigmoid(x)', ...XS, '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const answer = JSON.parse(r.stdout) as {
      id: string;
      params: object;
      y: number[];
      dy: number[];
    };
    expect(answer.id).toBe('formula:x * sigmoid(x)');
    expect(answer.params).toEqual({});
    const silu = activation('silu');
    if (silu.kind !== 'scalar') throw new Error('silu is scalar');
    XS.forEach((t, i) => {
      expectClose(answer.y[i], silu.f(Number(t)));
      expectClose(answer.dy[i], silu.df(Number(t)));
    });
  });

  it('gives mish for x * tanh(softplus(x)), spelt as a formula: id too', async () => {
    const typed = await run('eval', '--formula', 'x * tanh(softplus(x))', ...XS, '--json');
    const named = await run('eval', 'formula: x*tanh(softplus(x))', ...XS, '--json');
    expect(named.code).toBe(0);
    expect(JSON.parse(named.stdout)).toEqual(JSON.parse(typed.stdout));
    const answer = JSON.parse(typed.stdout) as { y: number[]; dy: number[] };
    const mish = activation('mish');
    if (mish.kind !== 'scalar') throw new Error('mish is scalar');
    XS.forEach((t, i) => {
      expectClose(answer.y[i], mish.f(Number(t)));
      expectClose(answer.dy[i], mish.df(Number(t)));
    });
  });

  it('takes declared parameters with --param and refuses one outside its declared range', async () => {
    const text = 'x * sigmoid(beta * x); beta = 1.702 in (0, 10]';
    const r = await run('eval', '--formula', text, '1', '--param', 'beta=2', '--json');
    expect(r.code).toBe(0);
    const answer = JSON.parse(r.stdout) as { params: { beta: number }; y: number[]; dy: number[] };
    expect(answer.params).toEqual({ beta: 2 });
    // x sigmoid(2x) at 1: s = 1/(1 + e^-2); f' = s + 2 s (1 - s).
    const s = new Decimal(1).div(new Decimal(1).plus(new Decimal(-2).exp()));
    expectClose(answer.y[0], s.toNumber());
    expectClose(answer.dy[0], s.plus(s.times(2).times(new Decimal(1).minus(s))).toNumber());
    const far = await run('eval', '--formula', text, '1', '--param', 'beta=20');
    expect(far.code).toBe(2);
    expect(far.stdout).toBe('');
    expect(far.stderr).toMatch(/beta/);
  });

  it('writes the formula above a table for people', async () => {
    const r = await run('eval', '--formula', 'x*sigmoid(x)', '0');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('f(x) = x * sigmoid(x)');
    expect(lines[2]).toMatch(/^x\s+f\(x\)\s+f'\(x\)$/);
    expect(r.stdout).toMatch(/^0\s+0\s+0\.5$/m);
  });
});

describe('a formula that does not parse', () => {
  it('exits 2 with the formula and a caret under the unknown name, naming the closest', async () => {
    const r = await run('eval', '--formula', 'x * sigmod(x)', '1');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const caret = caretUnder(r.stderr, 'x * sigmod(x)');
    expect(caret.column).toBe('x * '.length);
    expect(caret.carets).toBe('sigmod'.length);
    expect(caret.rest).toMatch(/sigmod.*did you mean sigmoid/);
  });

  it('points into the formula: id as typed, and past the end of a formula that stops early', async () => {
    const named = await run('eval', 'formula:x * sigmod(x)', '1');
    expect(named.code).toBe(2);
    expect(caretUnder(named.stderr, 'formula:x * sigmod(x)').column).toBe('formula:x * '.length);
    const early = await run('eval', '--formula', 'x *', '1');
    expect(early.code).toBe(2);
    expect(caretUnder(early.stderr, 'x *').column).toBe('x *'.length);
  });

  it('shows a long formula around its fault, within the terminal', async () => {
    const text = `${'x + '.repeat(40)}sigmod(x)`;
    const r = await run('info', '--formula', text);
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n');
    const at = lines.findIndex((l) => l.includes('sigmod(x)'));
    expect(at).toBeGreaterThan(0);
    expect([...(lines[at] as string)].length).toBeLessThanOrEqual(80);
    expect(lines[at]).toContain('…');
    const caret = lines[at + 1] as string;
    expect(caret.indexOf('^')).toBe((lines[at] as string).indexOf('sigmod'));
  });

  it('is shown with a caret by info, export and train too', async () => {
    for (const argv of [
      ['info', '--formula', 'x ^ ^ 2'],
      ['export', '--formula', 'x ^ ^ 2', '--to', 'numpy'],
      ['train', 'circle', '--activation', 'formula:x ^ ^ 2', '--epochs', '1'],
    ]) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/\n {2}.*x \^ \^ 2\n {2} *\^/);
    }
  });
});

describe('actlab info --formula', () => {
  it('shows the normalized formula, its derivative, kinks and properties marked as estimated', async () => {
    const r = await run('info', '--formula', 'abs(x)');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^f\(x\) = abs\(x\)$/m);
    expect(r.stdout).toMatch(/^formula \(LaTeX\): /m);
    expect(r.stdout).toMatch(/^f'\(x\) = /m);
    expect(r.stdout).toMatch(/^kinks: x = 0, f' = 0$/m);
    expect(r.stdout).toMatch(/^estimated by sampling over \[/m);
    expect(r.stdout).toMatch(/^ {2}monotonic: no, bounded: no/m);
  });

  it("gives a derivative that evaluates as silu's", async () => {
    const info = JSON.parse(
      (await run('info', '--formula', 'x * sigmoid(x)', '--json')).stdout,
    ) as {
      id: string;
      derivativeText: string;
      latex: string;
      properties: { estimated: boolean };
      definition: Record<string, unknown>;
    };
    expect(info.id).toBe('formula:x * sigmoid(x)');
    expect(info.latex).toMatch(/sigma|sigmoid/);
    expect(info.properties.estimated).toBe(true);
    expect(info.definition).not.toHaveProperty('tree');
    const r = await run('eval', '--formula', info.derivativeText, ...XS, '--json');
    const silu = activation('silu');
    if (silu.kind !== 'scalar') throw new Error('silu is scalar');
    const { y } = JSON.parse(r.stdout) as { y: number[] };
    XS.forEach((t, i) => expect(y[i]).toBeCloseTo(silu.df(Number(t)), 14));
  });

  it('lists declared parameters and the values used', async () => {
    const text = 'x * sigmoid(beta * x); beta = 1.702 in (0, 10]';
    const r = await run('info', '--formula', text, '--param', 'beta=2');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}beta = 1\.702 {2}valid \(0, 10\]/m);
    expect(r.stdout).toMatch(/^values used: beta = 2$/m);
    // A catalog entry with --param shows what the parameters change: ELU's range is (-alpha, inf).
    const catalog = await run('info', 'elu', '--param', 'alpha=2');
    expect(catalog.code).toBe(0);
    expect(catalog.stdout).toMatch(/^at alpha = 2:\n {2}range: \(-2, Infinity\)$/m);
  });
});

describe('actlab train with a formula', () => {
  it('trains x * tanh(softplus(x)) as it trains mish', async () => {
    const flags = ['--hidden', '4', '--epochs', '5', '--seed', '2', '--json'];
    const typed = await run(
      'train',
      'circle',
      '--activation',
      'formula:x * tanh(softplus(x))',
      ...flags,
    );
    expect(typed.stderr).toBe('');
    expect(typed.code).toBe(0);
    const mish = await run('train', 'circle', '--activation', 'mish', ...flags);
    type Answer = { history: { loss: number }[]; model: { layers: { activation: string }[] } };
    const a = JSON.parse(typed.stdout) as Answer;
    const b = JSON.parse(mish.stdout) as Answer;
    expect(a.model.layers[0]?.activation).toMatch(/^formula:/);
    expect(a.history).toHaveLength(5);
    a.history.forEach((h, i) => expect(h.loss).toBeCloseTo(b.history[i]?.loss as number, 9));
  });

  it('splits --activation at commas outside brackets only', async () => {
    const r = await run(
      ...['train', 'xor', '--hidden', '3,3', '--epochs', '1', '--json', '--activation'],
      'formula:leaky_relu(x, alpha = 0.2),formula:x * sigmoid(b * x); b = 1 in [0, 5]',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const layers = (JSON.parse(r.stdout) as { model: { layers: { activation: string }[] } }).model
      .layers;
    expect(layers.map((l) => l.activation.startsWith('formula:'))).toEqual([true, true, false]);
    expect(layers[0]?.activation).toContain('leaky_relu(x, alpha = 0.2)');
  });
});

describe('actlab export', () => {
  it("prints gelu as PyTorch's own gelu", async () => {
    const r = await run('export', 'gelu', '--to', 'pytorch');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/torch\.nn\.functional\.gelu|F\.gelu/);
  });

  it('prints a formula as a function for every target', async () => {
    const numpy = await run('export', '--formula', 'x * sigmoid(x)', '--to', 'numpy');
    expect(numpy.code).toBe(0);
    expect(numpy.stdout).toMatch(/def custom_activation/);
    for (const to of ['numpy', 'pytorch', 'jax', 'tfjs']) {
      const r = await run('export', 'formula:x * tanh(softplus(x))', '--to', to);
      expect(r.code, to).toBe(0);
      expect(r.stdout.trim().length, to).toBeGreaterThan(0);
    }
  });

  it('names the closest target, and needs one, exit 2', async () => {
    const torch = await run('export', 'relu', '--to', 'pytorc');
    expect(torch.code).toBe(2);
    expect(torch.stderr).toMatch(/unknown target "pytorc"; did you mean pytorch\?/);
    const none = await run('export', 'relu');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--to numpy\|pytorch\|jax\|tfjs/);
    const unknown = await run('export', 'sigmod', '--to', 'jax');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/sigmoid/);
  });
});

describe('the help', () => {
  it('lists export and explains formula:<text> and --formula', async () => {
    const help = (await run('--help')).stdout;
    expect(help).toMatch(/^ {2}export +an activation \(or a formula\)/m);
    expect(help).toContain("--activation 'formula:x * tanh(softplus(x))'");
    expect(help).toMatch(/the functions exp expm1 log .*erfc,/);
    expect((await run('eval', '--help')).stdout).toContain(
      "actlab eval --formula '<formula>' <x...>",
    );
    expect((await run('info', '--help')).stdout).toContain("actlab info --formula '<formula>'");
    expect((await run('train', '--help')).stdout).toContain('--activation relu|formula:<text>');
  });
});
