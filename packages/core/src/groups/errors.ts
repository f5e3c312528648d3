/**
 * Typed errors of the groups and communities analyses. Tests and callers check the class, not the wording;
 * `params` carry the values so a user interface can show the German text from `i18n/de/groups.ts`.
 */
import { groupsMessagesEn } from "../i18n/en/groups.js";
import { VernetztError } from "../model/vernetzt-error.js";

/**
 * No actor of the graph has a value for the requested categorical attribute.
 *
 * @example
 * ```ts
 * import { categorizeActors, UnknownAttributeError } from "@vernetzt/core/groups";
 * import { parseDataset } from "@vernetzt/core/io";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const actors =
 *   "id,name,district\na,Kita Nord,Nord\nb,Schule Nord,Nord\n" +
 *   "c,Kita Süd,Süd\nd,Verein Süd,Süd\ne,Quartiersbüro,"; // e has no district: left out with its tie
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: actors },
 *   { name: "ties.csv", data: "source,target\na,b\nc,d\na,c\nb,e" },
 * ]);
 * const graph = buildGraph(dataset!);
 * try {
 *   categorizeActors(graph, "sector"); // no actor has a sector
 * } catch (error) {
 *   error instanceof UnknownAttributeError //=> true
 *   String((error as UnknownAttributeError).params.available) //=> "district"
 * }
 * ```
 */
export class UnknownAttributeError extends VernetztError {
  override readonly name = "UnknownAttributeError";
  readonly params: { attribute: string; available: string[] };
  constructor(attribute: string, available: string[]) {
    super(`vernetzt/groups: ${groupsMessagesEn.unknownAttribute({ attribute, available })}`, {
      code: "UNKNOWN_ATTRIBUTE",
      usage: true,
    });
    this.params = { attribute, available };
  }
}

/**
 * An option of a groups or communities function has a value it cannot use.
 *
 * @example
 * ```ts
 * import { eiIndex, GroupsOptionError } from "@vernetzt/core/groups";
 * import { parseDataset } from "@vernetzt/core/io";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const actors =
 *   "id,name,district\na,Kita Nord,Nord\nb,Schule Nord,Nord\n" +
 *   "c,Kita Süd,Süd\nd,Verein Süd,Süd\ne,Quartiersbüro,"; // e has no district: left out with its tie
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: actors },
 *   { name: "ties.csv", data: "source,target\na,b\nc,d\na,c\nb,e" },
 * ]);
 * const graph = buildGraph(dataset!);
 * try {
 *   eiIndex(graph, { permutations: -1 });
 * } catch (error) {
 *   error instanceof GroupsOptionError //=> true
 *   String((error as GroupsOptionError).params.option) //=> "permutations"
 * }
 * ```
 */
export class GroupsOptionError extends VernetztError {
  override readonly name = "GroupsOptionError";
  readonly params: { option: string; value: string; expected: string };
  constructor(option: string, value: unknown, expected: string) {
    const shown = typeof value === "string" ? JSON.stringify(value) : String(value);
    super(`vernetzt/groups: ${groupsMessagesEn.invalidOption({ option, value: shown, expected })}`, {
      code: "GROUPS_OPTION",
      usage: true,
    });
    this.params = { option, value: shown, expected };
  }
}

/**
 * Two labelings that should describe the same actors have different lengths.
 *
 * @example
 * ```ts
 * import { normalizedMutualInformation } from "@vernetzt/core/communities";
 * import { LabelingLengthError } from "@vernetzt/core/groups";
 *
 * try {
 *   normalizedMutualInformation([0, 0, 1], [0, 1]);
 * } catch (error) {
 *   error instanceof LabelingLengthError //=> true
 *   Object.values((error as LabelingLengthError).params) //=> [3, 2]
 * }
 * ```
 */
export class LabelingLengthError extends VernetztError {
  override readonly name = "LabelingLengthError";
  readonly params: { first: number; second: number };
  constructor(first: number, second: number) {
    super(`vernetzt/communities: ${groupsMessagesEn.lengthMismatch({ first, second })}`, {
      code: "LABELING_LENGTH",
    });
    this.params = { first, second };
  }
}
