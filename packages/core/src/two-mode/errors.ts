/**
 * Typed errors of the two-mode analyses. Tests and callers check the class and `params.reason`, not the
 * wording; `params` carry the values so a user interface can show the German text from `i18n/de/two-mode.ts`.
 */
import { twoModeMessagesEn } from "../i18n/en/two-mode.js";
import { VernetztError } from "../model/vernetzt-error.js";

/** Why a graph is not a usable two-mode network. */
export type TwoModeErrorReason = "no-mode" | "unknown-mode" | "not-bipartite" | "too-many-modes" | "same-key";

/**
 * The graph is not a two-mode network, or the requested mode is not one of its modes.
 *
 * @example
 * ```ts
 * import { projectTwoMode, TwoModeError, twoModeNetwork } from "@vernetzt/core/two-mode";
 *
 * const modes = { memberMode: "person", groupMode: "event" };
 * const network = twoModeNetwork([{ member: "p1", group: "ak-jugend" }], modes);
 * try {
 *   projectTwoMode(network, { mode: "organisation" });
 * } catch (error) {
 *   error instanceof TwoModeError //=> true
 *   String((error as TwoModeError).params.reason) //=> "unknown-mode"
 * }
 * ```
 */
export class TwoModeError extends VernetztError {
  override readonly name = "TwoModeError";
  constructor(
    readonly params: {
      reason: TwoModeErrorReason;
      node?: string;
      target?: string;
      mode?: string;
      modes?: readonly string[];
    },
  ) {
    const m = twoModeMessagesEn;
    const p = params;
    const text =
      p.reason === "no-mode"
        ? m.noMode({ node: p.node ?? "" })
        : p.reason === "unknown-mode"
          ? m.unknownMode({ mode: p.mode ?? "", modes: p.modes ?? [] })
          : p.reason === "not-bipartite"
            ? m.notBipartite({ source: p.node ?? "", target: p.target ?? "", mode: p.mode ?? "" })
            : p.reason === "too-many-modes"
              ? m.tooManyModes({ modes: p.modes ?? [] })
              : m.sameKey({ key: p.node ?? "" });
    super(`vernetzt/two-mode: ${text}`, { code: "TWO_MODE" });
  }
}

/**
 * An option of a two-mode function has a value it cannot use.
 *
 * @example
 * ```ts
 * import { twoModeDegree, TwoModeOptionError, twoModeNetwork } from "@vernetzt/core/two-mode";
 *
 * const network = twoModeNetwork([{ member: "p1", group: "ak-jugend" }]);
 * try {
 *   twoModeDegree(network, { normalized: "ja" as unknown as boolean });
 * } catch (error) {
 *   error instanceof TwoModeOptionError //=> true
 *   String((error as TwoModeOptionError).params.option) //=> "normalized"
 * }
 * ```
 */
export class TwoModeOptionError extends VernetztError {
  override readonly name = "TwoModeOptionError";
  readonly params: { option: string; value: string; expected: string };
  constructor(option: string, value: unknown, expected: string) {
    const shown = typeof value === "string" ? JSON.stringify(value) : String(value);
    super(`vernetzt/two-mode: ${twoModeMessagesEn.invalidOption({ option, value: shown, expected })}`, {
      code: "TWO_MODE_OPTION",
      usage: true,
    });
    this.params = { option, value: shown, expected };
  }
}
