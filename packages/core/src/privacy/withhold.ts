/**
 * What a published actor list may say about a person in a small group (issue #17: suppression in what is
 * published, not only in the view).
 *
 * Gap maps, indicators and comparisons show `< k` for a district or sector with fewer than `k` actors
 * (`suppressSmall`). A published list of actors (the dashboard's network data file) would undo that for the
 * persons in it: the only person of a four-actor district, shown with that district, is known to everyone
 * local, and her ties recount the hidden figure. So a person (kind `person`, pseudonymised or not) loses the
 * district and the sector in which fewer than `k` actors are; organisations and groups keep theirs (their
 * cooperation is not personal data, issue #21). The analysis itself runs on the full dataset; only the
 * published actor fields change.
 *
 * Limit (docs/data-protection.md): when exactly one district is small, a reader who knows that may still guess
 * that the persons without a district belong to it.
 */
import { isPersonKind } from "../io/aliases.js";
import type { Actor } from "../model/types.js";
import { resolveSuppression, type SuppressionOptions } from "./suppress.js";

/**
 * The values of `field` held by fewer than `k` actors (actors without a value are not counted).
 *
 * @example
 * ```ts
 * import { smallCategories } from "@vernetzt/core/privacy";
 *
 * const actor = (id: string, district: string) =>
 *   ({ id, name: id, district, topics: [], offers: [], needs: [], attributes: {} });
 * const actors = ["a", "b", "c"].map((id) => actor(id, "Mitte")).concat([actor("d", "Klein")]);
 * Array.from(smallCategories(actors, "district", { k: 2 })) //=> ["Klein"]
 * Array.from(smallCategories(actors, "district")) //=> ["Mitte", "Klein"]
 * ```
 */
export function smallCategories(
  actors: readonly Actor[],
  field: "district" | "sector",
  options: SuppressionOptions = {},
): Set<string> {
  const { k } = resolveSuppression(options);
  const counts = new Map<string, number>();
  for (const actor of actors) {
    const value = actor[field];
    if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count < k).map(([value]) => value));
}

/**
 * The actors as they may be published: every person in a district or sector of fewer than `k` actors without
 * that district or sector. Other actors are returned as they are (same objects).
 *
 * @example
 * ```ts
 * import { withholdSmallGroupsOfPersons } from "@vernetzt/core/privacy";
 *
 * const actor = (id: string, kind: string, district: string) =>
 *   ({ id, name: id, kind, district, topics: [], offers: [], needs: [], attributes: {} });
 * const actors = [
 *   ...["a", "b", "c", "d", "e"].map((id) => actor(id, "organisation", "Mitte")),
 *   actor("verein", "organisation", "Klein"),
 *   actor("Person 1", "person", "Klein"),
 *   actor("Person 2", "person", "Mitte"),
 * ];
 * const published = withholdSmallGroupsOfPersons(actors);
 * published.map((a) => a.district) //=> ["Mitte", "Mitte", "Mitte", "Mitte", "Mitte", "Klein", undefined, "Mitte"]
 * ```
 */
export function withholdSmallGroupsOfPersons(
  actors: readonly Actor[],
  options: SuppressionOptions = {},
): Actor[] {
  const small = {
    district: smallCategories(actors, "district", options),
    sector: smallCategories(actors, "sector", options),
  };
  return actors.map((actor) => {
    if (!isPersonKind(actor.kind)) return actor;
    const hideDistrict = actor.district !== undefined && small.district.has(actor.district);
    const hideSector = actor.sector !== undefined && small.sector.has(actor.sector);
    if (!hideDistrict && !hideSector) return actor;
    const { district, sector, ...rest } = actor;
    return {
      ...rest,
      ...(hideDistrict || district === undefined ? {} : { district }),
      ...(hideSector || sector === undefined ? {} : { sector }),
    };
  });
}
