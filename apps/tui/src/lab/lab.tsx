/**
 * The interactive lab as the bundle's CommonJS module (dist/lab.cjs), which `start/lab-loader.ts` runs
 * with a V8 code cache. `warm` renders the lab once into a fake terminal; the build calls it so the
 * cache holds the code of a first frame, not only the module's top level.
 */
import { render } from 'ink';
import { PassThrough } from 'node:stream';
import { App } from './app.js';

export { runInteractive } from './interactive.js';
export { SCREEN_IDS as screenIds } from './screens/registry.js';

/** Renders the lab once into an 80x24 terminal that goes nowhere, then unmounts it. */
export async function warm(): Promise<void> {
  const stdout = Object.assign(new PassThrough(), { columns: 80, rows: 24, isTTY: true });
  stdout.resume();
  const stdin = Object.assign(new PassThrough(), {
    isTTY: true,
    setRawMode: () => stdin,
    ref: () => stdin,
    unref: () => stdin,
  });
  const app = render(<App version="warm" />, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    patchConsole: false,
    exitOnCtrlC: false,
  });
  // Long enough for the first frame and the effects after it.
  await new Promise((resolve) => setTimeout(resolve, 200));
  app.unmount();
}
