/**
 * The Backprop screen as a person sees it: the course neuron's step, one step per arrow key, the
 * numbers appearing as the step computes them, and relu beside sigmoid on `r`. Expected numbers
 * are worked out here by hand (sigmoid(0.3) = 0.574442516811659).
 */
import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { formatNumber } from '@actlab/format';
import { KEYS, frameWhere, press, ready } from '../test/keys.js';
import { isShellKey } from '../shell-keys.js';
import { BackpropScreen } from './Backprop.js';

const a = 1 / (1 + Math.exp(-0.3));
const dLdz = 2 * (a - 1) * a * (1 - a);
const six = (x: number): string => formatNumber(x, 6);

function screen(width = 80, height = 21) {
  const app = render(
    <BackpropScreen
      width={width}
      height={height}
      active
      onTyping={vi.fn()}
      isShellKey={(input) => isShellKey(input, 5)}
    />,
  );
  return app;
}

/** The line of a frame starting (after its mark) with `label`. */
const row = (frame: string, label: string): string =>
  frame.split('\n').find((l) => l.slice(2).startsWith(label)) ?? '';

function expectFits(frame: string, width: number, height: number): void {
  const lines = frame.split('\n');
  expect(lines.length).toBeLessThanOrEqual(height);
  for (const line of lines) expect([...line].length).toBeLessThanOrEqual(width);
}

describe('Backprop screen', () => {
  it('opens on the forward pass of the sigmoid neuron, later numbers still dots', async () => {
    const s = screen();
    const f = await ready(s.lastFrame, (x) => x.includes('step 1/'));
    expect(f).toContain('one sigmoid neuron');
    expect(f).toMatch(/step 1\/\d+ · \[forward\] › loss › backward › update › new loss/);
    expect(f).toContain('x = (1, 0.5)   w = (0.3, -0.2)   b = 0.1');
    expect(row(f, 'z = w·x + b')).toMatch(/0\.3$/);
    expect(row(f, 'a = f(z)')).toContain(six(a));
    expect(row(f, 'a = f(z)').startsWith('▸')).toBe(true);
    expect(row(f, 'dL/dz')).toContain('·  (in the backward phase)');
    expect(f).toContain(`sigmoid ${six(a * (1 - a))}, relu 1 · r shows relu`);
    expectFits(f, 80, 21);
    s.unmount();
  });

  it("steps with the arrows: the loss, then backward with f'(z) and dL/dz, then the update", async () => {
    const s = screen();
    await ready(s.lastFrame, (x) => x.includes('step 1/'));
    await press(s.stdin, KEYS.right);
    const loss = await frameWhere(s.lastFrame, (x) => x.includes('[loss]'));
    expect(row(loss, 'loss L')).toContain(six((a - 1) ** 2));
    await press(s.stdin, KEYS.right);
    const back = await frameWhere(s.lastFrame, (x) => x.includes('[backward]'));
    expect(row(back, "f'(z)")).toContain(six(a * (1 - a)));
    expect(row(back, 'dL/dz')).toContain(six(dLdz));
    expect(row(back, 'dL/dw')).toContain(`(${six(dLdz)}, ${six(dLdz * 0.5)})`);
    expect(row(back, 'new w')).toContain('·');
    await press(s.stdin, '\u001B[F');
    const end = await frameWhere(s.lastFrame, (x) => x.includes('[new loss]'));
    expect(row(end, 'new w')).toContain(six(0.3 - 0.5 * dLdz));
    await press(s.stdin, KEYS.left);
    await frameWhere(s.lastFrame, (x) => x.includes('[update]'));
    s.unmount();
  });

  it("switches the neuron to relu with r, at the same step: f'(z) = 1", async () => {
    const s = screen();
    await ready(s.lastFrame, (x) => x.includes('step 1/'));
    await press(s.stdin, KEYS.right, KEYS.right, 'r');
    const f = await frameWhere(s.lastFrame, (x) => x.includes('one relu neuron'));
    expect(f).toContain('[backward]');
    expect(row(f, "f'(z)")).toMatch(/ 1$/);
    expect(row(f, 'dL/dz')).toContain(six(2 * (0.3 - 1)));
    expect(f).toContain('r shows sigmoid');
    s.unmount();
  });

  it('fits a 60x13 body, cutting the table before the comparison', async () => {
    const s = screen(60, 13);
    const f = await ready(s.lastFrame, (x) => x.includes('step 1/'));
    expectFits(f, 60, 13);
    expect(f).toContain('r shows relu');
    s.unmount();
  });
});
