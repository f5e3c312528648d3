/** Turning failures into messages a person can act on; stack traces only with `--debug`. */

/** An error whose message is meant for the user as it is (bad path, unknown option value, …). */
export class UsageError extends Error {
  override name = "UsageError";
}

/** The input data have errors; they were already reported. Ends the command with exit code 1. */
export class InputDataError extends Error {
  override name = "InputDataError";
}

/** Prints a failure without a stack trace (unless `debug`) and returns the exit code (1 for data, else 2). */
export function handleFailure(error: unknown, debug: boolean): number {
  if (error instanceof InputDataError) return 1;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof UsageError) {
    process.stderr.write(`vernetzt: ${message}\n`);
  } else {
    process.stderr.write(
      `vernetzt: internal error: ${message}\n` +
        (debug ? "" : "Run again with --debug to see the details, and report it with the command you ran.\n"),
    );
  }
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return 2;
}
