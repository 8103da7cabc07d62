// The error taxonomy: each kind maps to one documented exit code (see README "Exit codes").

/** Bad command line: unknown option, bad value, conflicting filters. Exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly exitCode = 2;
  constructor(message: string, readonly hint?: string) {
    super(message);
  }
}

/** Dataset missing, corrupt or failing validation; bad claims file; failed import. Exit 3. */
export class DataError extends Error {
  override readonly name = 'DataError';
  readonly exitCode = 3;
  constructor(message: string, readonly hint?: string) {
    super(message);
  }
}

export type KnownError = UsageError | DataError;

export function isKnownError(error: unknown): error is KnownError {
  return error instanceof UsageError || error instanceof DataError;
}

/**
 * The command has written its whole answer and only the exit status is left to say: `check` when a
 * claim is at or worse than --fail-on (exit 1). No message is printed (as gh's SilentError).
 */
export class QuietFailure extends Error {
  override readonly name = 'QuietFailure';
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}
