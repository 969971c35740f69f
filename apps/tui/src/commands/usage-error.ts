/**
 * A mistake in how the command was called (unknown command, flag or id, a missing or malformed
 * argument): exit code 2, as command lines conventionally use for usage errors. Everything else
 * that fails is a runtime failure, exit code 1.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Exit code of a usage error. */
export const USAGE_EXIT = 2;

/** Exit code of a runtime failure. */
export const FAILURE_EXIT = 1;

/**
 * A command that ran but failed at its task (a training run that diverged): exit code 1 with the
 * message on stderr, and what it did produce (the metrics, the JSON answer) still on stdout.
 */
export class CommandFailure extends Error {
  override readonly name = 'CommandFailure';
  /** What the command printed before it failed. */
  readonly stdout: string;
  constructor(message: string, stdout: string) {
    super(message);
    this.stdout = stdout;
  }
}
