/** Typed errors of the model area, so callers (and tests) can tell the kinds apart. */

/** A wave was asked for that the dataset does not have. */
export class UnknownWaveError extends Error {
  override name = "UnknownWaveError";
  constructor(
    readonly wave: string,
    readonly waves: readonly string[],
  ) {
    super(`vernetzt: the dataset has no wave "${wave}"; its waves are: ${waves.join(", ")}.`);
  }
}
