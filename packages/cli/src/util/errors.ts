/** Turning failures into messages a person can act on; stack traces only with `--debug`. */
import { VernetztError } from "@vernetzt/core/model";
import { printText } from "./terminal.js";

/** An error whose message is meant for the user as it is (bad path, unknown option value, …). */
export class UsageError extends VernetztError {
  override name = "UsageError";
  constructor(message: string) {
    super(message, { code: "USAGE", usage: true });
  }
}

/** The input data have errors; they were already reported. Ends the command with exit code 1. */
export class InputDataError extends VernetztError {
  override name = "InputDataError";
  constructor(message: string) {
    super(message, { code: "INPUT_DATA" });
  }
}

/** A core error's message without its module prefix ("vernetzt/model: "), as the CLI prints it after "vernetzt: ". */
export function withoutModulePrefix(message: string): string {
  return message.replace(/^vernetzt(\/[\w-]+)*: /, "");
}

/** What to do about a file-system error, by its code (the path is named in the message). */
const FILE_SYSTEM_HINTS: Record<string, string> = {
  EACCES: "permission denied: check the file's permissions, or choose another path",
  EPERM: "operation not permitted: check the file's permissions, or choose another path",
  ENOENT: "no such file or folder: check the path (the folder must exist)",
  ENOTDIR: "a part of the path is a file, not a folder: check the path",
  EISDIR: "this is a folder, not a file: give a file name",
  ENOSPC: "the disk is full: free some space or choose another disk",
  EROFS: "the disk is read-only: choose another path",
  EMFILE: "too many open files: close other programs and try again",
  EEXIST: "it exists already: choose another path",
};

/** A Node file-system error (it has a code such as `EACCES` and usually the path it failed on). */
function fileSystemError(error: unknown): { code: string; path?: string; syscall?: string } | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, path, syscall } = error as NodeJS.ErrnoException;
  return typeof code === "string" && code in FILE_SYSTEM_HINTS
    ? { code, ...(path ? { path } : {}), ...(syscall ? { syscall } : {}) }
    : undefined;
}

/** Prints a failure without a stack trace (unless `debug`) and returns the exit code (1 for data, else 2). */
export function handleFailure(error: unknown, debug: boolean): number {
  if (error instanceof InputDataError) return 1;
  const message = error instanceof Error ? error.message : String(error);
  const system = fileSystemError(error);
  if (error instanceof VernetztError && error.usage) {
    // a usage error of core that no asUsage caught is still the user's to fix, not a bug to report
    printText(`vernetzt: ${withoutModulePrefix(message)}\n`, process.stderr);
  } else if (system) {
    // a path the user chose cannot be read or written: their problem to fix, not a bug to report
    const where = system.path ? `"${system.path}"` : "a file";
    printText(
      `vernetzt: cannot use ${where}: ${FILE_SYSTEM_HINTS[system.code]} (${system.code}).\n`,
      process.stderr,
    );
  } else {
    // the exception's own text is for whoever debugs vernetzt, never for the user (#17): only with --debug
    printText(
      "vernetzt: internal error (a fault in vernetzt, not in your data).\n" +
        (debug ? "" : "Run again with --debug to see the details, and report it with the command you ran.\n"),
      process.stderr,
    );
  }
  if (debug) printText(`${error instanceof Error && error.stack ? error.stack : message}\n`, process.stderr);
  return 2;
}
