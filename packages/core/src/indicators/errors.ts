/** Typed errors of the indicator and wave analyses; tests check the class, people read the message. */

/** An option of the indicator has a value it cannot use. */
export class IndicatorOptionError extends Error {
  override readonly name = "IndicatorOptionError";
  readonly params: { option: string; value: string; expected: string };
  constructor(option: string, value: unknown, expected: string) {
    const shown = typeof value === "string" ? JSON.stringify(value) : String(value);
    super(`vernetzt/indicators: option ${option} must be ${expected}, got ${shown}.`);
    this.params = { option, value: shown, expected };
  }
}

/** A wave was asked for that the dataset does not have. */
export class UnknownWaveError extends Error {
  override readonly name = "UnknownWaveError";
  readonly params: { wave: string; waves: string[] };
  constructor(wave: string, waves: string[]) {
    super(
      `vernetzt: the dataset has no wave "${wave}". Its waves are: ${waves.join(", ")}. ` +
        "Check the wave column (Welle) of the ties, or choose one of these.",
    );
    this.params = { wave, waves };
  }
}
