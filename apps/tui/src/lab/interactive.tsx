/**
 * Starts the interactive lab in the terminal: the alternate screen (so quitting gives the shell
 * back as it was), Ink rendering the App, and the terminal restored however the lab ends (q,
 * Ctrl+C, SIGTERM, SIGHUP or an error).
 */
import { render } from 'ink';
import { App } from './app.js';
import { colorWanted } from '../start/color.js';
import { ThemeContext } from './theme.js';

const ENTER_ALT_SCREEN = '\u001B[?1049h\u001B[H';
const LEAVE_ALT_SCREEN = '\u001B[?25h\u001B[?1049l';

/** Runs the lab (opened on the screen of id `screen`) until the user quits; resolves to the exit code. */
export async function runInteractive(version: string, screen?: string): Promise<number> {
  const { stdout, stderr } = process;
  let restored = false;
  const restore = (): void => {
    if (restored) return;
    restored = true;
    stdout.write(LEAVE_ALT_SCREEN);
  };
  stdout.write(ENTER_ALT_SCREEN);
  process.once('exit', restore);
  const instance = render(
    <ThemeContext.Provider value={{ color: colorWanted(process.env, stdout.isTTY === true) }}>
      <App version={version} initialScreen={screen} />
    </ThemeContext.Provider>,
    { exitOnCtrlC: true },
  );
  const stop = (): void => instance.unmount();
  process.once('SIGTERM', stop);
  process.once('SIGHUP', stop);
  try {
    await instance.waitUntilExit();
    return 0;
  } catch (error) {
    restore();
    stderr.write(`actlab: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    process.off('SIGTERM', stop);
    process.off('SIGHUP', stop);
    restore();
  }
}
