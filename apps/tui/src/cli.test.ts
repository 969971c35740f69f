/**
 * The built `actlab` binary, run as a user runs it: output shapes, exit codes, and that errors go
 * to stderr only. Expected values are the mpmath references of @actlab/core's tests (not this
 * package's formulas): sigmoid(2) = 0.88079707797788244 (the double 0.8807970779778823), sigmoid(-710) = 4.47628622567513e-309.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('actlab eval', () => {
  it('answers JSON in the shape of the API, non-finite numbers as strings', () => {
    const r = run('eval', 'sigmoid', '2', '-710', 'Infinity', 'NaN', '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const answer = JSON.parse(r.stdout) as {
      id: string;
      params: object;
      y: unknown[];
      dy: unknown[];
    };
    expect(answer.id).toBe('sigmoid');
    expect(answer.params).toEqual({});
    expect(answer.y[0]).toBe(0.8807970779778823);
    expect(answer.y[1]).toBe(4.47628622567513e-309);
    expect(answer.y.slice(2)).toEqual([1, 'NaN']);
    expect(answer.dy.slice(2)).toEqual([0, 'NaN']);
  });

  it('takes parameters and aliases, and prints a table for people', () => {
    const r = run('eval', 'lrelu', '-2', '3', '--param', 'alpha=0.2');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^x\s+leaky_relu\(x\)\s+leaky_relu'\(x\)$/);
    expect(r.stdout).toMatch(/^-2\s+-0\.4\s+0\.2$/m);
    expect(r.stdout).toMatch(/^3\s+3\s+1$/m);
  });

  it('gives the Jacobian for vector activations', () => {
    const answer = JSON.parse(run('eval', 'softmax', '0', '0', '--json').stdout) as {
      y: number[];
      jacobian: number[][];
    };
    expect(answer.y).toEqual([0.5, 0.5]);
    expect(answer.jacobian).toEqual([
      [0.25, -0.25],
      [-0.25, 0.25],
    ]);
  });

  it('names the closest id or flag on a usage error, exit 2, nothing on stdout', () => {
    const id = run('eval', 'sigmod', '1');
    expect(id.code).toBe(2);
    expect(id.stdout).toBe('');
    expect(id.stderr).toMatch(/unknown activation "sigmod".*sigmoid/);
    const flag = run('eval', 'relu', '1', '--jsn');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/unknown option --jsn; did you mean --json\?/);
    const param = run('eval', 'elu', '1', '--param', 'alpha=-1');
    expect(param.code).toBe(2);
    expect(param.stderr).toMatch(/alpha/);
    const x = run('eval', 'relu', 'abc');
    expect(x.code).toBe(2);
    expect(x.stderr).toMatch(/x\[0\] must be a number, got "abc"/);
  });
});

describe('typed formulas, from the built binary', () => {
  it('evaluates --formula, and shows a mistake with a caret on stderr only, exit 2', () => {
    const ok = run('eval', '--formula', 'x * sigmoid(x)', '2', '--json');
    expect(ok.code).toBe(0);
    // silu(2) = 2 sigmoid(2), from the mpmath sigmoid(2) above.
    expect((JSON.parse(ok.stdout) as { y: number[] }).y[0]).toBeCloseTo(2 * 0.8807970779778823, 15);
    const bad = run('eval', '--formula', 'x * sigmod(x)', '1');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('  x * sigmod(x)\n      ^^^^^^ unknown function "sigmod"');
  });

  it('prints exported code alone on stdout', () => {
    const r = run('export', '--formula', 'x * tanh(softplus(x))', '--to', 'pytorch');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^import /);
    expect(r.stdout).toContain('def custom_activation');
  });
});

describe('actlab softmax, list, info, help and version', () => {
  it("shows the course's example as percentages", () => {
    const r = run('softmax', '2.33', '-1.46', '0.56');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/83\.83%/);
    expect(r.stdout).toMatch(/1\.89%/);
    expect(r.stdout).toMatch(/14\.28%/);
    const hot = JSON.parse(run('softmax', '1', '2', '--temperature', '0.5', '--json').stdout) as {
      params: { temperature: number };
      y: number[];
    };
    expect(hot.params.temperature).toBe(0.5);
    // softmax([2, 4]) = [1/(1+e^2), e^2/(1+e^2)]
    expect(hot.y[0]).toBeCloseTo(0.11920292202211755, 15);
  });

  it('lists every activation, as a table or JSON', () => {
    const list = JSON.parse(run('list', '--json').stdout) as { id: string }[];
    expect(list.map((a) => a.id)).toContain('gelu');
    expect(list).toHaveLength(38);
    expect(run('list').stdout.split('\n')[0]).toMatch(/^id\s+kind\s+name$/);
  });

  it('describes an activation', () => {
    const r = run('info', 'swish');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^SiLU|\(silu, scalar\)/m);
    const info = JSON.parse(run('info', 'relu', '--json').stdout) as {
      kinks: { x: number }[];
      range: unknown;
    };
    expect(info.kinks[0]?.x).toBe(0);
    // Encoded as the API encodes it: JSON.stringify alone would write the infinite end as null.
    expect(info.range).toEqual({
      min: 0,
      max: 'Infinity',
      minInclusive: true,
      maxInclusive: false,
    });
    const elu = run('info', 'elu').stdout;
    expect(elu).toMatch(/^range: \(-1, Infinity\)$/m);
    expect(elu).toMatch(/^ {2}alpha = 1 {2}valid \[0, Infinity\) /m);
  });

  it('prints help and the version, and refuses an unknown command', () => {
    expect(run('--help').stdout).toMatch(/Commands:[\s\S]*eval[\s\S]*export/);
    expect(run('--help').stdout).toContain('formula:<text>');
    expect(run('eval', '--help').stdout).toMatch(/Usage: actlab eval <id> <x\.\.\.>/);
    expect(run('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const bad = run('evl');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/did you mean eval/);
  });

  it('prints the help, not the lab, when not in a terminal, and never colour or cursor codes', () => {
    const none = run();
    expect(none.code).toBe(0);
    expect(none.stdout).toMatch(/actlab ui \[screen\]/);
    for (const args of [
      [],
      ['list'],
      ['eval', 'tanh', '1'],
      ['softmax', '2.33', '-1.46', '0.56'],
    ]) {
      const r = spawnSync(process.execPath, [CLI, ...args], {
        encoding: 'utf8',
        env: { ...process.env, FORCE_COLOR: '1' },
      });
      expect(r.stdout + r.stderr).not.toContain(String.fromCharCode(27));
    }
  });

  it('refuses to open the lab without a terminal or on an unknown screen, exit 2', () => {
    const piped = run('ui');
    expect(piped.code).toBe(2);
    expect(piped.stdout).toBe('');
    expect(piped.stderr).toMatch(/needs a terminal/);
    const unknown = run('ui', 'trian');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /unknown screen "trian"; did you mean train\? The screens are explore, softmax, train, lessons, backprop\./,
    );
  });

  it('runs through pnpm from the repository root with only the JSON on stdout', () => {
    const out = execFileSync(
      'corepack',
      ['pnpm', '-s', 'actlab', 'eval', 'sigmoid', '2', '--json'],
      {
        cwd: fileURLToPath(new URL('../../..', import.meta.url)),
        encoding: 'utf8',
        env: { ...process.env, COREPACK_ENABLE_DOWNLOAD_PROMPT: '0' },
      },
    );
    expect((JSON.parse(out) as { id: string }).id).toBe('sigmoid');
  });
});

describe('actlab train and experiment', () => {
  it('trains with the API answer shape, writes the model, and is reproducible by seed', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'actlab-cli-')), 'model.json');
    const args = [
      'train',
      'circle',
      '--hidden',
      '6',
      '--activation',
      'tanh',
      '--optimizer',
      'adam',
    ];
    const flags = ['--lr', '0.03', '--epochs', '40', '--seed', '3', '--json'];
    const r = run(...args, ...flags, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const answer = JSON.parse(r.stdout) as {
      history: { epoch: number; loss: number; accuracy: number; gradientNorms: number[] }[];
      model: { format: string; layers: { activation: string }[] };
    };
    expect(answer.history).toHaveLength(40);
    expect(answer.history[0]?.gradientNorms).toHaveLength(2);
    expect(answer.history.at(-1)?.loss).toBeLessThan(answer.history[0]?.loss as number);
    expect(answer.history.at(-1)?.accuracy).toBeGreaterThan(0.9);
    expect(answer.model.layers.map((l) => l.activation)).toEqual(['tanh', 'sigmoid']);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(answer.model);
    expect(JSON.parse(run(...args, ...flags).stdout)).toEqual(answer);
  });

  it('refuses softmax on a single output unit with exit 2, saying what to use instead', () => {
    const r = run('train', 'circle', '--output', 'softmax');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/single unit always gives the same output.*sigmoid output/);
  });

  it('stops a diverging run with exit 1, saying so and which setting to lower', () => {
    const r = run('train', 'circle', '--lr', '100', '--epochs', '50');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /training diverged at epoch \d+: the training loss became NaN.*lower the learning rate \(now 100\), for example to 10/,
    );
    expect(r.stdout).toMatch(/NaN/);
    const json = run('train', 'circle', '--lr', '100', '--epochs', '50', '--json');
    expect(json.code).toBe(1);
    const answer = JSON.parse(json.stdout) as { diverged: { advice: { try: number } } };
    expect(answer.diverged.advice.try).toBe(10);
  });

  it('names the dataset or option at fault with exit 2', () => {
    const dataset = run('train', 'circel');
    expect(dataset.code).toBe(2);
    expect(dataset.stderr).toMatch(/unknown dataset "circel"; did you mean circle/);
    const activation = run('train', 'xor', '--activation', 'relu,tanh', '--hidden', '4');
    expect(activation.code).toBe(2);
    expect(activation.stderr).toMatch(/activation/);
    expect(run('train', 'xor', '--epochs', 'ten').stderr).toMatch(/--epochs must be a number/);
    const optimizer = run('train', 'xor', '--optimizer', 'adamm');
    expect(optimizer.code).toBe(2);
    expect(optimizer.stderr).toMatch(/unknown optimizer "adamm"; use one of sgd, momentum, adam/);
    const epochs = run('train', 'xor', '--epochs', '0');
    expect(epochs.code).toBe(2);
    expect(epochs.stderr).toMatch(/epochs must be an integer from 1 to 100000, got 0/);
    const nothing = run('train');
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(/one dataset name, or --experiment <id>/);
    const unknown = run('train', '--experiment', 'vanish');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown experiment "vanish".*vanishing-gradient/);
  });

  it("starts from an experiment's preset, the flags given overriding its fields", () => {
    // decision-boundary's preset: circle (400 points, noise 0.05), one layer of 8 tanh units,
    // Adam at 0.03, batches of 10, seed 3 (150 epochs, cut to 3 here).
    const preset = run('train', '--experiment', 'decision-boundary', '--epochs', '3', '--json');
    expect(preset.code).toBe(0);
    expect(preset.stderr).toBe('');
    const spelt = run(
      ...['train', 'circle', '--points', '400', '--noise', '0.05', '--hidden', '8'],
      ...['--activation', 'tanh', '--optimizer', 'adam', '--lr', '0.03', '--batch', '10'],
      ...['--seed', '3', '--epochs', '3', '--json'],
    );
    const answer = JSON.parse(preset.stdout) as {
      history: unknown[];
      model: { layers: { activation: string }[] };
    };
    expect(answer.history).toHaveLength(3);
    expect(answer.model.layers.map((l) => l.activation)).toEqual(['tanh', 'sigmoid']);
    expect(answer).toEqual(JSON.parse(spelt.stdout));
    // A positional dataset and --lr override the preset's (the optimizer stays Adam).
    const xor = run(
      ...['train', 'xor', '--experiment', 'decision-boundary', '--lr', '0.01', '--epochs', '2'],
      '--json',
    );
    const xorSpelt = run(
      ...['train', 'xor', '--points', '400', '--noise', '0.05', '--hidden', '8'],
      ...['--activation', 'tanh', '--optimizer', 'adam', '--lr', '0.01', '--batch', '10'],
      ...['--seed', '3', '--epochs', '2', '--json'],
    );
    expect(xor.code).toBe(0);
    expect(JSON.parse(xor.stdout)).toEqual(JSON.parse(xorSpelt.stdout));
    expect(JSON.parse(xor.stdout)).not.toEqual(answer);
  });

  it('runs an experiment and reports whether the lesson held', () => {
    const r = run('experiment', 'step-no-gradient', '--json');
    expect(r.code).toBe(0);
    const outcome = JSON.parse(r.stdout) as { id: string; holds: boolean };
    expect(outcome).toMatchObject({ id: 'step-no-gradient', holds: true });
    const unknown = run('experiment', 'vanish');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/vanishing-gradient/);
  });
});

describe('actlab backprop, init-gain and depth, from the built binary', () => {
  it('lists them in the help, with their usage', () => {
    const help = run('--help').stdout;
    expect(help).toMatch(/^ {2}backprop +one step of backpropagation/m);
    expect(help).toMatch(/^ {2}init-gain +the weight gain/m);
    expect(help).toMatch(/^ {2}depth +how signal and gradient variance/m);
    expect(run('backprop', '--help').stdout).toMatch(/Usage: actlab backprop \[--layers 2,1\]/);
    expect(run('depth', '--help').stdout).toMatch(/--init uniform\|xavier\|he\|lecun\|gain=1\.59/);
  });

  it("prints the course neuron's step one line per step, and refuses bad input with exit 2", () => {
    const r = run('backprop');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.map((l) => l.split(' ')[0])).toEqual([
      'forward',
      'loss',
      'backward',
      'update',
      'new-loss',
    ]);
    // sigmoid(0.3) = 0.574442516811659..., shown to six digits.
    expect(lines[0]).toContain('0.574443');
    const bad = run('backprop', '--input', '1,x');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/--input\[1\] must be a number, got "x"/);
  });

  it('answers init-gain and depth as JSON', () => {
    const gain = JSON.parse(run('init-gain', 'tanh', '--json').stdout) as { pytorch: number };
    expect(gain.pytorch).toBeCloseTo(5 / 3, 12);
    const depth = run('depth', 'relu', '--depth', '4', '--width', '16', '--init', 'he', '--json');
    expect(depth.code).toBe(0);
    const result = JSON.parse(depth.stdout) as { predicted: { forward: number[] } };
    // E[relu(sqrt(q) z)^2] = q/2, so He's sigma_w^2 = 2 keeps q at 2.
    expect(result.predicted.forward).toHaveLength(4);
    for (const q of result.predicted.forward) expect(q).toBeCloseTo(2, 6);
  });
});

describe('the course in the terminal', () => {
  it('derives the sigmoid step by step with the given x, ending at actlab’s sigmoid′', () => {
    const r = run('derive', 'sigmoid', '--x', '-2');
    expect(r.code).toBe(0);
    // sigma'(-2) = e^2 / (1 + e^2)^2 = 0.10499358540350649… (30-digit reference)
    expect(r.stdout).toMatch(/power rule and chain rule/);
    expect(r.stdout).toMatch(/= \(7\.38906\) \/ \(8\.38906\^2\)/);
    expect(r.stdout).toMatch(/actlab's sigmoid'\(-2\) = 0\.104993585403506/);
    expect(run('derive', 'tanh').code).toBe(2);
  });

  it('computes softmax by hand beside actlab’s, and warns where the notes’ method overflows', () => {
    const r = run('derive', 'softmax', '2.33', '-1.46', '0.56');
    expect(r.stdout).toMatch(/K = 10\.2779 \+ 0\.232236 \+ 1\.75067 = 12\.2609/);
    expect(r.stdout).toMatch(/0\.838273143770392/);
    expect(run('derive', 'softmax', '1000', '0').stdout).toMatch(/overflows above z = 709/);
  });

  it('lists the notes’ sections in order with the commands that teach them', () => {
    const r = run('course');
    expect(r.code).toBe(0);
    expect(r.stdout.indexOf('Binary step')).toBeLessThan(r.stdout.indexOf('Softmax'));
    expect(r.stdout).toContain('$ actlab info threshold --param threshold=10 --param value=0');
    expect(r.stdout).toContain('$ actlab derive sigmoid --x 2');
  });

  it('shows an activation at the notes’ parameters: the T = 10 threshold’s range has a gap', () => {
    const r = run('info', 'threshold', '--param', 'threshold=10', '--param', 'value=0');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/at threshold = 10, value = 0:\n {2}range: \{0\} ∪ \(10, Infinity\)/);
    const linear = run('info', 'linear', '--param', 'slope=2', '--param', 'intercept=3');
    expect(linear.stdout).toMatch(/zero-centred: no/);
  });
});
