/**
 * How long the interactive lab takes to show its first frame: each build starts in a fresh
 * pseudo-terminal (util-linux `script`, 80x24) and the clock stops when the header's last tab
 * appears on the terminal. Builds alternate round by round so machine noise hits them alike.
 */
import { spawn } from 'node:child_process';

/** What to start, and the text whose appearance counts as the first frame. */
export interface Contender {
  readonly name: string;
  readonly command: string;
  readonly marker: string;
  readonly env?: Readonly<Record<string, string>>;
}

/** Milliseconds from spawning `contender` in a new terminal until its marker is printed. */
export function timeFirstFrame(contender: Contender, timeoutMs = 10_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      'script',
      ['-qfec', `stty cols 80 rows 24; exec ${contender.command}`, '/dev/null'],
      {
        stdio: ['pipe', 'pipe', 'pipe'],
        env: { ...process.env, TERM: 'xterm-256color', ...contender.env },
      },
    );
    let seen = '';
    let done = false;
    const finish = (error?: Error): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      if (error) reject(error);
      else resolve(performance.now() - started);
    };
    const timer = setTimeout(
      () =>
        finish(new Error(`${contender.name} showed no "${contender.marker}" in ${timeoutMs} ms`)),
      timeoutMs,
    );
    child.stdout.on('data', (chunk: Buffer) => {
      // Keep only a tail: the marker may straddle two chunks.
      seen = (seen + chunk.toString('utf8')).slice(-4096);
      if (seen.includes(contender.marker)) finish();
    });
    child.on('error', (error) => finish(error));
    child.on('exit', () =>
      setTimeout(() => finish(new Error(`${contender.name} exited first`)), 50),
    );
  });
}
