/** What every scriptable command is; the commands themselves live one per file beside this one. */
import type { FlagSpec } from './args.js';

/** One command: its flags, its one-line summary, its usage text and what it does. */
export interface Command {
  /** One line for `actlab --help`. */
  readonly summary: string;
  /** The synopsis printed with `--help` and after a usage error. */
  readonly usage: string;
  /** The flags it takes (an unknown one is a usage error). */
  readonly flags: FlagSpec;
  /** Runs it on the arguments after its name; resolves to the text for standard output. */
  run(argv: readonly string[]): string | Promise<string>;
}
