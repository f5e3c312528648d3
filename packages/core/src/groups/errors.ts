/**
 * Typed errors of the groups and communities analyses. Tests and callers check the class, not the wording;
 * `params` carry the values so a user interface can show the German text from `i18n/de/groups.ts`.
 */
import { groupsMessagesEn } from "../i18n/en/groups.js";

/** No actor of the graph has a value for the requested categorical attribute. */
export class UnknownAttributeError extends Error {
  override readonly name = "UnknownAttributeError";
  readonly params: { attribute: string; available: string[] };
  constructor(attribute: string, available: string[]) {
    super(`vernetzt/groups: ${groupsMessagesEn.unknownAttribute({ attribute, available })}`);
    this.params = { attribute, available };
  }
}

/** An option of a groups or communities function has a value it cannot use. */
export class GroupsOptionError extends Error {
  override readonly name = "GroupsOptionError";
  readonly params: { option: string; value: string; expected: string };
  constructor(option: string, value: unknown, expected: string) {
    const shown = typeof value === "string" ? JSON.stringify(value) : String(value);
    super(`vernetzt/groups: ${groupsMessagesEn.invalidOption({ option, value: shown, expected })}`);
    this.params = { option, value: shown, expected };
  }
}

/** Two labelings that should describe the same actors have different lengths. */
export class LabelingLengthError extends Error {
  override readonly name = "LabelingLengthError";
  readonly params: { first: number; second: number };
  constructor(first: number, second: number) {
    super(`vernetzt/communities: ${groupsMessagesEn.lengthMismatch({ first, second })}`);
    this.params = { first, second };
  }
}
