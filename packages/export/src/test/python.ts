/**
 * Running Python from the tests: finding an interpreter with NumPy and running a script of
 * src/test/ once for a whole batch of cases (JSON in on stdin, JSON out on stdout).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Whether `python` runs `statement` without error. */
function runs(python: string, statement: string): boolean {
  try {
    execFileSync(python, ['-c', statement], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The candidates, in order: $ACTLAB_PYTHON alone when set, else python3 and /usr/bin/python3. */
function candidates(): string[] {
  const fromEnv = process.env.ACTLAB_PYTHON;
  return fromEnv ? [fromEnv] : ['python3', '/usr/bin/python3'];
}

/** A Python 3 to parse code with (NumPy not needed); throws when there is none. */
export function pythonInterpreter(): string {
  const found = candidates().find((python) => runs(python, 'import ast'));
  if (found) return found;
  throw new Error(`No Python 3 found (tried ${candidates().join(', ')}); install python3.`);
}

/**
 * The Python the tests run: $ACTLAB_PYTHON when set, else the first of `python3` and
 * `/usr/bin/python3` that imports NumPy. Throws (failing the test, never skipping it) when none does.
 */
export function pythonWithNumpy(): string {
  const found = candidates().find((python) => runs(python, 'import numpy'));
  if (found) return found;
  throw new Error(
    `No Python with NumPy (tried ${candidates().join(', ')}). Install python3-numpy ` +
      '(apt-get install -y python3-numpy) or set ACTLAB_PYTHON to a Python that has NumPy.',
  );
}

/** Runs src/test/`script` with `python`, `input` as JSON on stdin; returns the parsed stdout. */
export function runPythonScript(python: string, script: string, input: unknown): unknown {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const out = execFileSync(python, [path], {
    input: JSON.stringify(input),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(out) as unknown;
}

/** A number written by Python's repr(float): `inf`, `-inf` and `nan` included. */
export function pythonFloat(text: string): number {
  if (text === 'inf') return Infinity;
  if (text === '-inf') return -Infinity;
  if (text === 'nan') return NaN;
  return Number(text);
}
