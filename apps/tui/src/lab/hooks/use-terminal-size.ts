/** The terminal's size in cells, updated when it is resized. */
import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

/** Columns and rows of the screen. */
export interface TerminalSize {
  readonly columns: number;
  readonly rows: number;
}

// What a terminal that reports no size (a test's fake stream) is taken to be.
const FALLBACK: TerminalSize = { columns: 80, rows: 24 };

function read(stdout: NodeJS.WriteStream): TerminalSize {
  return {
    columns: stdout.columns > 0 ? stdout.columns : FALLBACK.columns,
    rows: stdout.rows > 0 ? stdout.rows : FALLBACK.rows,
  };
}

/** The current size of Ink's output stream, re-read on every `resize` event. */
export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => read(stdout));
  useEffect(() => {
    const onResize = (): void => setSize(read(stdout));
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return size;
}
