/**
 * The interactive lab in a real pseudo-terminal: tmux runs the built `actlab` in an 80x24 window,
 * keys go in with send-keys and the screen comes back with capture-pane, as a person would see it.
 * Needs tmux (`.ci/run` installs it).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// Colour codes in a captured screen: SGR 30-37, 90-97 and 256/true-colour foregrounds.
const ESC = String.fromCharCode(27);
const ANY_COLOUR = new RegExp(`${ESC}\\[[0-9;]*(3[0-7]|9[0-7]|38;[25];[0-9;]+)m`);
// Inverse video (SGR 7), alone or among other attributes; and any SGR at all.
const INVERSE = new RegExp(`${ESC}\\[(?:[0-9;]*;)?7(?:;[0-9;]*)?m`);
const ANY_STYLE = new RegExp(`${ESC}\\[[0-9;]*[1-9][0-9;]*m`);

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
// A private tmux server, so the test never touches a user's sessions.
const SOCKET = `actlab-test-${process.pid}`;

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-L', SOCKET, '-f', '/dev/null', ...args], { encoding: 'utf8' });
}

/** Starts `actlab` in a new session; the shell prints its exit code when it ends. */
function start(session: string, env: Record<string, string> = {}): void {
  const vars = Object.entries({ TERM: 'xterm-256color', ...env })
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  tmux(
    'new-session',
    '-d',
    '-s',
    session,
    '-x',
    '80',
    '-y',
    '24',
    `env -u NO_COLOR -u FORCE_COLOR ${vars} '${process.execPath}' '${CLI}'; echo "EXIT=$?"; sleep 60`,
  );
}

const screen = (session: string, escapes = false): string =>
  tmux('capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', session);
const flag = (session: string, name: string): string =>
  tmux('display-message', '-p', '-t', session, `#{${name}}`).trim();
/** Sends keys one at a time, as a person types (tmux sends one call's keys as one write). */
const keys = (session: string, ...k: string[]): void => {
  for (const key of k) tmux('send-keys', '-t', session, key);
};

/** Polls the screen until `test` holds (or fails after `ms`), returning the screen. */
async function waitFor(
  session: string,
  test: (s: string) => boolean,
  ms = 10_000,
): Promise<string> {
  const until = Date.now() + ms;
  let last = '';
  while (Date.now() < until) {
    last = screen(session);
    if (test(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the screen never matched; it showed:\n${last}`);
}

afterAll(() => {
  try {
    tmux('kill-server');
  } catch {
    // Already gone: every session ended.
  }
});

describe('actlab in a terminal', () => {
  it('starts in the alternate screen, takes keys, resizes and quits restoring the terminal', async () => {
    // CI=true as CI machines set it: Ink would then paint nothing until exit, unless actlab sees
    // that a person is at the terminal.
    start('main', { CI: 'true' });
    const first = await waitFor('main', (s) => s.includes('Lessons') && s.includes('Sigmoid'));
    expect(first).toContain('[1 Explore]');
    expect(flag('main', 'alternate_on')).toBe('1');
    for (const line of first.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    expect(screen('main', true)).toMatch(ANY_COLOUR);
    // Keys typed as the first frame appears wait in the terminal until Ink reads them: none is lost.
    keys('main', 't', 'a', 'n', 'h');
    await waitFor('main', (s) => s.includes('/tanh') && s.includes('4 of 38'));
    keys('main', 'Escape');
    await waitFor('main', (s) => s.includes('38 of 38'));
    // A formula of one's own: f opens the field (q and digits are text there), Enter plots it.
    keys('main', 'f');
    await waitFor('main', (s) => s.includes('f(x) = ▏'));
    tmux('send-keys', '-t', 'main', '-l', 'x * sigmoid(2 * x)');
    keys('main', 'Enter');
    await waitFor(
      'main',
      (s) => s.includes('Your formula') && s.includes('f(x) = x * sigmoid(2 * x)'),
    );

    keys('main', '?');
    await waitFor('main', (s) => s.includes('Keys everywhere') && s.includes('Keys on Explore'));
    keys('main', 'Escape');
    await waitFor('main', (s) => !s.includes('Keys everywhere'));

    // Five tabs and the shell's keys fit in the header's 80 columns.
    expect(first.split('\n')[0]?.trimEnd()).toMatch(/5 Backprop +\? help {2}q quit$/);
    keys('main', '5');
    await waitFor('main', (s) => s.includes('[5 Backprop]') && s.includes('[forward]'));
    keys('main', 'Right', 'Right', 'r');
    await waitFor('main', (s) => s.includes('[backward]') && s.includes('one relu neuron'));

    keys('main', '2');
    await waitFor('main', (s) => s.includes('[2 Softmax]') && s.includes('83.83%'));

    tmux('resize-window', '-t', 'main', '-x', '50', '-y', '12');
    await waitFor('main', (s) => s.includes('at least 60x16'));
    tmux('resize-window', '-t', 'main', '-x', '100', '-y', '30');
    const wide = await waitFor('main', (s) => s.includes('[2 Softmax]'));
    expect(wide.split('\n').length).toBeGreaterThanOrEqual(28);

    keys('main', 'q');
    const after = await waitFor('main', (s) => s.includes('EXIT='));
    expect(after).toContain('EXIT=0');
    expect(flag('main', 'alternate_on')).toBe('0');
    expect(flag('main', 'cursor_flag')).toBe('1');
  });

  it('paints no colour under NO_COLOR but keeps inverse video, and says everything in characters', async () => {
    start('plain', { NO_COLOR: '1' });
    await waitFor('plain', (s) => s.includes('Sigmoid') && s.includes('░'));
    const painted = screen('plain', true);
    expect(painted).not.toMatch(ANY_COLOUR);
    expect(painted).toContain('› ');
    // The cursor's row and the current tab stand out without colour too.
    const cursorRow = painted
      .split('\n')
      .find((line) => line.includes('sigmoid') && line.includes('›'));
    expect(cursorRow).toMatch(INVERSE);
    keys('plain', 'C-c');
    const after = await waitFor('plain', (s) => s.includes('EXIT='));
    expect(after).toContain('EXIT=0');
    expect(flag('plain', 'alternate_on')).toBe('0');
  });

  it('uses no styling at all on a dumb terminal', async () => {
    start('dumb', { TERM: 'dumb' });
    await waitFor('dumb', (s) => s.includes('Sigmoid') && s.includes('░'));
    expect(screen('dumb', true)).not.toMatch(ANY_STYLE);
    keys('dumb', 'q');
    const after = await waitFor('dumb', (s) => s.includes('EXIT='));
    expect(after).toContain('EXIT=0');
  });
});
