/** Turning core errors caused by the user's flags into usage errors (exit 2, a message, no stack trace). */
import { UsageError } from "./errors.js";

/** Core errors caused by what the user asked for (a wave, an attribute, an actor, an option). */
const USAGE_ERRORS = new Set([
  "UnknownWaveError",
  "UnknownAttributeError",
  "UnknownActorError",
  "AnalyzeOptionError",
  "GapsOptionError",
  "GroupsOptionError",
  "IndicatorOptionError",
  "InteropExportError",
  "LoadOptionError",
  "MeetingsOptionError",
  "MetricOptionError",
  "ProjectsOptionError",
  "RecommendOptionError",
  "SeatingInputError",
  "SeatingOptionError",
  "SurveyOptionError",
  "TieLevelViewError",
  "WavesOptionError",
]);

function toUsage(error: unknown): unknown {
  if (error instanceof Error && USAGE_ERRORS.has(error.name)) {
    return new UsageError(error.message.replace(/^vernetzt(\/[\w-]+)*: /, ""));
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
