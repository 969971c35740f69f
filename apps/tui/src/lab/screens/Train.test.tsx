import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HIDDEN_ACTIVATIONS, TRAIN_DATASETS } from '../state/train-settings.js';
import { KEYS } from '../test/keys.js';
import { TRAIN_KEYS, TrainScreen } from './Train.js';
import { isShellKey } from '../shell-keys.js';

/** The shell's keys with the lab's four screens. */
const shellKey = (input: string): boolean => isShellKey(input, 4);

const KEY = KEYS;

const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

type Rendered = ReturnType<typeof render>;

/** Polls the frame until `ok` holds, failing after `timeout` ms with the last frame. */
async function until(
  app: Rendered,
  ok: (frame: string) => boolean,
  timeout = 4000,
): Promise<string> {
  const start = Date.now();
  for (;;) {
    const frame = app.lastFrame() ?? '';
    if (ok(frame)) return frame;
    if (Date.now() - start > timeout) throw new Error(`condition not met; last frame:\n${frame}`);
    await wait(20);
  }
}

/** Writes keys one at a time, letting the screen re-render between them. */
async function press(app: Rendered, ...keys: string[]): Promise<void> {
  for (const k of keys) {
    app.stdin.write(k);
    await wait(25);
  }
}

function epochOf(frame: string): number {
  const m = /epoch (\d+)/.exec(frame);
  if (!m) throw new Error(`no epoch in:\n${frame}`);
  return Number(m[1]);
}

function trainLossOf(frame: string): number {
  const m = /── train (\S+)/.exec(frame);
  if (!m) throw new Error(`no train loss in:\n${frame}`);
  return Number(m[1]);
}

function screen(
  props: {
    width?: number;
    height?: number;
    active?: boolean;
    onTyping?: (t: boolean) => void;
  } = {},
): Rendered {
  return render(
    <TrainScreen
      width={props.width ?? 80}
      height={props.height ?? 21}
      active={props.active ?? true}
      onTyping={props.onTyping ?? (() => {})}
      isShellKey={shellKey}
    />,
  );
}

let app: Rendered | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
  vi.restoreAllMocks();
});

describe('Train screen', () => {
  it('shows the settings, the map, the gradient bars and the loss within 80x21', async () => {
    app = screen();
    const frame = await until(app, (f) => f.includes('layer 1 (tanh 8)'));
    for (const text of [
      'data   ‹circle›',
      'layers 8,8',
      'act    tanh',
      'optim  sgd',
      'rate   0.03',
      'batch  10',
    ]) {
      expect(frame).toContain(text);
    }
    expect(frame).toContain('o=0 x=1 ░▒▓█=p(1)');
    expect(frame).toContain('output (sigmoid 1)');
    expect(frame).toContain('── train');
    expect(frame).toMatch(/· idle {2}epoch 0/);
    const lines = frame.split('\n');
    expect(lines.length).toBeLessThanOrEqual(21);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
    expect(TRAIN_KEYS.length).toBeLessThanOrEqual(12);
  });

  it('fits a 60x13 screen', async () => {
    app = screen({ width: 60, height: 13 });
    const frame = await until(app, (f) => f.includes('layer 1'));
    const lines = frame.split('\n');
    expect(lines.length).toBeLessThanOrEqual(13);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(60);
    expect(frame).toContain('data   ‹circle›');
    expect(frame).toContain('── train');
  });

  it('changes the dataset and the activation with the arrows', async () => {
    app = screen();
    await until(app, (f) => f.includes('layer 1 (tanh 8)'));
    await press(app, KEY.right);
    await until(app, (f) => f.includes(`‹${TRAIN_DATASETS[1]}›`));
    const tanh = HIDDEN_ACTIVATIONS.indexOf('tanh');
    const next = HIDDEN_ACTIVATIONS[tanh + 1] as string;
    const before = HIDDEN_ACTIVATIONS[tanh - 1] as string;
    await press(app, KEY.down, KEY.down, KEY.right);
    const frame = await until(app, (f) => f.includes(`layer 1 (${next} 8)`));
    expect(frame).toContain(`‹${next}›`);
    await press(app, KEY.left, KEY.left);
    await until(app, (f) => f.includes(`layer 1 (${before} 8)`) && f.includes(`‹${before}›`));
  });

  it('trains on Space: the epoch rises and the loss falls; Space again pauses', async () => {
    app = screen();
    const first = trainLossOf(await until(app, (f) => /── train \d/.test(f)));
    await press(app, ' ');
    const later = await until(app, (f) => epochOf(f) >= 20 && trainLossOf(f) < first * 0.8);
    expect(later).toContain('▸ running');
    await press(app, ' ');
    const paused = epochOf(await until(app, (f) => f.includes('‖ paused')));
    await wait(200);
    expect(epochOf(app.lastFrame() ?? '')).toBe(paused);
  });

  it('steps exactly one epoch with s, and r resets to epoch 0', async () => {
    app = screen();
    await until(app, (f) => f.includes('layer 1 (tanh 8)'));
    await press(app, 's');
    await until(app, (f) => f.includes('‖ paused  epoch 1 '));
    await press(app, 's');
    await until(app, (f) => f.includes('epoch 2 '));
    await wait(150);
    expect(epochOf(app.lastFrame() ?? '')).toBe(2);
    await press(app, 'r');
    await until(app, (f) => f.includes('· idle  epoch 0'));
  });

  it('refuses bad hidden-layer text with an error, keeping the old layers', async () => {
    const typing: boolean[] = [];
    app = screen({ onTyping: (t) => typing.push(t) });
    await until(app, (f) => f.includes('layer 1 (tanh 8)'));
    await press(app, KEY.down, KEY.enter);
    await until(app, (f) => f.includes('8,8_'));
    expect(typing[typing.length - 1]).toBe(true);
    await press(app, KEY.backspace, 'x', KEY.enter);
    const frame = await until(app, (f) => f.includes('✗ "x" is not a whole number'));
    expect(frame).toContain('layers 8,8');
    expect(typing[typing.length - 1]).toBe(false);
    // Keys written back to back, with no render between them, still land in order.
    for (const k of [KEY.enter, KEY.backspace, KEY.backspace, KEY.backspace, '4', 's', KEY.enter]) {
      app.stdin.write(k);
    }
    const error = await until(app, (f) => f.includes('✗ "4s" is not a whole number'));
    expect(error).toContain('· idle  epoch 0');
    for (const k of [KEY.enter, KEY.backspace, KEY.backspace, KEY.backspace, '4', KEY.enter]) {
      app.stdin.write(k);
    }
    await until(app, (f) => f.includes('layer 1 (tanh 4)') && !f.includes('layer 2'));
  });

  it('takes one activation per layer, typed, and shows it in the layer names', async () => {
    app = screen();
    await until(app, (f) => f.includes('layer 1 (tanh 8)'));
    await press(app, KEY.down, KEY.down, KEY.enter);
    await until(app, (f) => f.includes('tanh_'));
    await press(app, ...Array.from({ length: 4 }, () => KEY.backspace), 'sigmoid,relu', KEY.enter);
    const frame = await until(
      app,
      (f) => f.includes('layer 1 (sigmoid 8)') && f.includes('layer 2 (relu 8)'),
    );
    expect(frame).toContain('‹sigmoid,relu›');
    await press(
      app,
      KEY.enter,
      KEY.backspace,
      KEY.backspace,
      KEY.backspace,
      KEY.backspace,
      'q',
      KEY.enter,
    );
    await until(app, (f) => f.includes('✗ "sigmoid,q" is not') || f.includes('✗ "q" is not'));
    expect(app.lastFrame()).toContain('layer 2 (relu 8)');
  });

  it('stops a diverging run and names the problem', async () => {
    app = screen();
    await until(app, (f) => f.includes('layer 1 (tanh 8)'));
    const plane = TRAIN_DATASETS.indexOf('plane');
    await press(app, ...Array.from({ length: plane }, () => KEY.right));
    await until(app, (f) => f.includes('‹plane›'));
    await press(app, KEY.up, KEY.up, ...Array.from({ length: 4 }, () => KEY.right));
    await until(app, (f) => f.includes('rate   ‹3›'));
    await press(app, ' ');
    const frame = await until(app, (f) => f.includes('✗ training diverged at epoch'));
    expect(frame).toMatch(/the loss is (NaN|∞)/);
    const epoch = /diverged at epoch (\d+)/.exec(frame)?.[1];
    await wait(150);
    expect(app.lastFrame()).toContain(`diverged at epoch ${epoch}`);
  });

  it('draws the fitted curve instead of a map for a 1-D set', async () => {
    app = screen();
    await until(app, (f) => f.includes('layer 1 (tanh 8)'));
    const sine = TRAIN_DATASETS.indexOf('sine');
    await press(app, ...Array.from({ length: sine }, () => KEY.right));
    const frame = await until(app, (f) => f.includes('‹sine›') && f.includes('── fit'));
    expect(frame).toContain('regression, 1 input');
    expect(frame).toContain('R² ');
    expect(frame).not.toContain('p(1)');
    for (const line of frame.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it('ignores keys while inactive', async () => {
    app = screen({ active: false });
    await until(app, (f) => f.includes('layer 1 (tanh 8)'));
    await press(app, ' ', 's', KEY.right);
    await wait(150);
    const frame = app.lastFrame() ?? '';
    expect(frame).toContain('· idle  epoch 0');
    expect(frame).toContain('‹circle›');
  });

  it('stops its timer on unmount', async () => {
    const started = vi.spyOn(globalThis, 'setInterval');
    const cleared = vi.spyOn(globalThis, 'clearInterval');
    app = screen();
    await until(app, (f) => f.includes('layer 1 (tanh 8)'));
    await press(app, ' ');
    await until(app, (f) => epochOf(f) > 0);
    const timers = started.mock.results.map((r) => r.value as unknown);
    expect(timers.length).toBeGreaterThan(0);
    app.unmount();
    app = undefined;
    const stopped = cleared.mock.calls.map((c) => c[0] as unknown);
    for (const t of timers) expect(stopped).toContain(t);
  });
});
