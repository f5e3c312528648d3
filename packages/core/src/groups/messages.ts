/** The texts of the groups and communities analyses in the user's language (German and English live in `i18n/`). */
import { groupsMessagesDe } from "../i18n/de/groups.js";
import { type GroupsMessages, groupsMessagesEn } from "../i18n/en/groups.js";
import { GroupsOptionError, LabelingLengthError, UnknownAttributeError } from "./errors.js";

export type { GroupsMessages };

/** The groups texts for `lang` ("de" or "en"). */
export function groupsMessages(lang: "de" | "en"): GroupsMessages {
  return lang === "de" ? groupsMessagesDe : groupsMessagesEn;
}

/** The message of a groups or communities error in `lang`; `undefined` for any other error. */
export function groupsErrorMessage(error: unknown, lang: "de" | "en"): string | undefined {
  const messages = groupsMessages(lang);
  if (error instanceof UnknownAttributeError) return messages.unknownAttribute(error.params);
  if (error instanceof GroupsOptionError) return messages.invalidOption(error.params);
  if (error instanceof LabelingLengthError) return messages.lengthMismatch(error.params);
  return undefined;
}
