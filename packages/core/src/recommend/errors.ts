/** Typed errors of the recommendations; tests check the class, people read the message. */

/** An option of `recommend` has a value it cannot use. */
export class RecommendOptionError extends Error {
  override readonly name = "RecommendOptionError";
  readonly params: { option: string; value: string; expected: string };
  constructor(option: string, value: unknown, expected: string) {
    const shown =
      typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
    super(`vernetzt/recommend: option ${option} must be ${expected}, got ${shown}.`);
    this.params = { option, value: shown, expected };
  }
}

/** Recommendations were asked for an actor id that is not in the network. */
export class UnknownActorError extends Error {
  override readonly name = "UnknownActorError";
  readonly params: { actor: string };
  constructor(actor: string) {
    super(
      `vernetzt/recommend: there is no actor with the id "${actor}". ` +
        "Use the id from the actors table (column id), not the name.",
    );
    this.params = { actor };
  }
}
