import { EXPERIMENT_CATALOG, runExperiment } from '@actlab/train';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { ready, settledFrame } from '../test/keys.js';
import { LESSONS_KEYS, LessonsScreen } from './Lessons.js';
import { isShellKey } from '../shell-keys.js';

/** The shell's keys with the lab's four screens. */
const shellKey = (input: string): boolean => isShellKey(input, 4);

const KEY = { up: '\u001B[A', down: '\u001B[B', enter: '\r', esc: '\u001B' } as const;

const pause = (ms = 50): Promise<void> => new Promise((r) => setTimeout(r, ms));

function screen(width = 80, height = 21) {
  const app = render(
    <LessonsScreen
      width={width}
      height={height}
      active
      onTyping={() => {}}
      isShellKey={shellKey}
    />,
  );
  const frame = (): string => app.lastFrame() ?? '';
  const press = async (...keys: string[]): Promise<string> => {
    for (const k of keys) {
      app.stdin.write(k);
      await pause();
    }
    return settledFrame(app.lastFrame);
  };
  /** Waits until the frame matches `pattern` (or fails after `ms`). */
  const waitFor = async (pattern: RegExp, ms = 8000): Promise<string> => {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      if (pattern.test(frame())) return frame();
      await pause(25);
    }
    throw new Error(`no frame matched ${pattern} in ${ms} ms; last:\n${frame()}`);
  };
  return { ...app, frame, press, waitFor };
}

function expectFits(frame: string, width: number, height: number): void {
  const lines = frame.split('\n');
  expect(lines.length).toBeLessThanOrEqual(height);
  for (const line of lines) expect([...line].length).toBeLessThanOrEqual(width);
}

/** The detail panel's text (right of the separator), joined, so wrapped words can be found. */
function detail(frame: string): string {
  return frame
    .split('\n')
    .map((l) => l.split('│ ')[1] ?? '')
    .join(' ')
    .replace(/\s+/g, ' ');
}

const info = (id: string) => EXPERIMENT_CATALOG.find((e) => e.id === id)!;
// The fastest experiment (about 70 ms here); second in the list.
const FAST = 'step-no-gradient';

describe('Lessons screen', () => {
  it('lists every experiment and explains the selected one', async () => {
    const s = screen();
    const f = await ready(s.lastFrame);
    expectFits(f, 80, 21);
    for (const e of EXPERIMENT_CATALOG) {
      expect(f).toContain(e.title.slice(0, 12));
    }
    const first = EXPERIMENT_CATALOG[0]!;
    expect(f).toMatch(new RegExp(`▸ {3}${first.title.slice(0, 10)}`));
    expect(detail(f)).toContain(first.lesson);
    expect(detail(f)).toContain('Not run yet');
    expect(detail(f)).toContain(first.explanation.split(' ').slice(0, 8).join(' '));

    const moved = await s.press(KEY.down);
    expect(detail(moved)).toContain(info(FAST).lesson);
    expect(LESSONS_KEYS.length).toBeLessThanOrEqual(12);
    s.unmount();
  });

  it('shows every title whole on a wide terminal', async () => {
    // ink-testing-library's terminal is 100 columns wide.
    const s = screen(100, 30);
    const f = await ready(s.lastFrame);
    expectFits(f, 100, 30);
    for (const e of EXPERIMENT_CATALOG) expect(f).toContain(e.title);
    s.unmount();
  });

  it('runs an experiment live to its outcome, and keeps it when moving away and back', async () => {
    const reference = await runExperiment(FAST);
    const s = screen();
    await ready(s.lastFrame);
    await s.press(KEY.down, KEY.enter);
    const done = await s.waitFor(/The lesson held/);
    expect(reference.holds).toBe(true);
    expect(detail(done)).toContain(reference.summary.split(' ').slice(0, 6).join(' '));
    expect(done).toMatch(/▸ ✓ /);
    expectFits(done, 80, 21);

    // The plot, legend and figures are below: scroll to them.
    let all = detail(done);
    for (let i = 0; i < 6; i++) all += detail(await s.press('\u001B[6~'));
    expect(all).toContain('by epoch');
    expect(all).toContain('━ step loss');
    expect(all).toMatch(/[\u2801-\u28ff]/);
    expect(all).toContain('sigmoid accuracy = 0.99');

    const away = await s.press(KEY.up);
    expect(detail(away)).toContain('Not run yet');
    const back = await s.press(KEY.down);
    expect(detail(back)).toContain('The lesson held');
    s.unmount();
  });

  it('cancels a running experiment and says so', async () => {
    const s = screen();
    await ready(s.lastFrame);
    // activation-race is the longest of the quick ones (about a second).
    const race = EXPERIMENT_CATALOG.findIndex((e) => e.id === 'activation-race');
    await s.press(...Array.from({ length: race }, () => KEY.down), 'r');
    expect(detail(s.frame())).toContain('running…');
    await s.press('c');
    const f = await s.waitFor(/cancelled/);
    expect(detail(f)).not.toContain('failed');
    expect(f).toMatch(/▸ ⊘ /);
    // The cancelled run never turns into a result later.
    await pause(1500);
    expect(detail(s.frame())).toContain('cancelled');
    expect(detail(s.frame())).not.toContain('lesson held');
    s.unmount();
  });

  it('fits a 60x13 screen', async () => {
    const s = screen(60, 13);
    await pause();
    expectFits(s.frame(), 60, 13);
    expect(s.frame()).toContain('↓ more below');
    s.unmount();
  });
});

describe('the course map and the derivations on the Lessons screen', () => {
  it('shows the course map on m, the derivations on d, and the lesson again on l', async () => {
    const app = screen(100, 30);
    await ready(app.lastFrame);
    const map = await app.press('m');
    expect(map).toMatch(/Course map/);
    expect(map).toMatch(/1\. What an activation function does/);
    expect(map).toMatch(/\$ actlab info binary_step/);
    expectFits(map, 100, 30);
    const derivations = await app.press('d');
    expect(derivations).toMatch(/The derivative of the sigmoid at x = 1/);
    expect(derivations).toMatch(/power rule and chain rule/);
    const lesson = await app.press('l');
    expect(lesson).not.toMatch(/Course map/);
    expect(lesson).toMatch(new RegExp(EXPERIMENT_CATALOG[0]?.title ?? 'x'));
    app.unmount();
  });
});
