/** Turning core errors caused by the user's flags into usage errors (exit 2, a message, no stack trace). */
import { VernetztError } from "@vernetzt/core/model";
import { UsageError, withoutModulePrefix } from "./errors.js";

function toUsage(error: unknown): unknown {
  // core marks the errors caused by what the user asked for (a wave, an attribute, an actor, an option)
  if (error instanceof VernetztError && error.usage) {
    return new UsageError(withoutModulePrefix(error.message));
  }
  return error;
}

/** Runs `analysis` (synchronous or returning a promise), turning usage-caused core errors into `UsageError`s. */
export function asUsage<T>(analysis: () => T): T {
  try {
    const result = analysis();
    if (result instanceof Promise) {
      return result.catch((error: unknown) => {
        throw toUsage(error);
      }) as T;
    }
    return result;
  } catch (error) {
    throw toUsage(error);
  }
}
