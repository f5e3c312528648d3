/** The texts of the groups and communities analyses in the user's language (German and English live in `i18n/`). */
import { groupsMessagesDe } from "../i18n/de/groups.js";
import { type GroupsMessages, groupsMessagesEn } from "../i18n/en/groups.js";
import { GroupsOptionError, LabelingLengthError, UnknownAttributeError } from "./errors.js";

export type { GroupsMessages };

/**
 * The groups texts for `lang` ("de" or "en").
 *
 * @example
 * ```ts
 * import { groupsMessages } from "@vernetzt/core/groups";
 *
 * groupsMessages("de").brokerageRoles.representative //=> "Repräsentant"
 * groupsMessages("en").leftOut({ actors: 2, attribute: "district" }).includes("district") //=> true
 * ```
 */
export function groupsMessages(lang: "de" | "en"): GroupsMessages {
  return lang === "de" ? groupsMessagesDe : groupsMessagesEn;
}

/**
 * The message of a groups or communities error in `lang`; `undefined` for any other error.
 *
 * @example
 * ```ts
 * import { categorizeActors, groupsErrorMessage } from "@vernetzt/core/groups";
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
 *   categorizeActors(graph, "sector");
 * } catch (error) {
 *   const text = groupsErrorMessage(error, "de");
 *   text?.startsWith("Kein Akteur hat einen Wert für das Merkmal „sector“.") //=> true
 *   groupsErrorMessage(new Error("something else"), "de") //=> undefined
 * }
 * ```
 */
export function groupsErrorMessage(error: unknown, lang: "de" | "en"): string | undefined {
  const messages = groupsMessages(lang);
  if (error instanceof UnknownAttributeError) return messages.unknownAttribute(error.params);
  if (error instanceof GroupsOptionError) return messages.invalidOption(error.params);
  if (error instanceof LabelingLengthError) return messages.lengthMismatch(error.params);
  return undefined;
}
