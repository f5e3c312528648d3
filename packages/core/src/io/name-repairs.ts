/**
 * Reading a reference to an actor (tie endpoint, attendance, respondent, host, `member_of`) through
 * `ActorNames`, counting how each was matched and reporting every value that was read as something else:
 * NAME_VARIANT (the same name written differently) and NAME_TYPO (a typing error), each once per distinct
 * value with the row where it first appears, in the report's `repairs` too.
 */
import type { ActorNames } from "./actor-names.js";
import type { IssueCollector, IssueLocation } from "./validation-report.js";

/** The id of the actor `value` means, or undefined when it matches none (the caller decides what then). */
export function resolveName(
  names: ActorNames,
  value: string,
  at: IssueLocation,
  issues: IssueCollector,
): string | undefined {
  const found = names.resolve(value);
  if (!found) return undefined;
  const counts = issues.names;
  if (found.by === "id") counts.ids++;
  else if (found.by === "name") counts.names++;
  else {
    if (found.by === "variant") counts.variants++;
    else counts.typos++;
    issues.repair(found.by === "variant" ? "NAME_VARIANT" : "NAME_TYPO", at, value, names.nameOf(found.id));
  }
  return found.id;
}
