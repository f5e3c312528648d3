/**
 * Guests: people on a network meeting's list who are not in the dataset — new to the network, or written so
 * differently that no actor matches. They get a seat like everyone else, with nothing known about them (no
 * district, offers, needs, ties or recommendations): no pair with a guest is valuable, and the plan still
 * balances the tables and mixes them across rounds. A guest's id is the name as written (an actor id never, a
 * number appended when it is taken), so plans, CSV rows and sheets show the person by that name.
 */
import type { SeatingActor, SeatingContext } from "./seating-context.js";

/**
 * `context` with one actor per guest name (each distinct name once), and the guests' ids in list order.
 *
 * @example
 * ```ts
 * import { withGuests } from "@vernetzt/core/seating";
 *
 * const context = { wave: "1", actors: [{ id: "a", name: "Kita", organisation: "a", offers: [], needs: [] }],
 *   tied: [], recommended: [], gaps: [], districtNames: {} };
 * const { guests, context: seated } = withGuests(context, ["Frau Beispiel", "a", "Frau Beispiel"]);
 * guests //=> ["Frau Beispiel", "a (2)"]
 * seated.actors.length //=> 3
 * ```
 */
export function withGuests(
  context: SeatingContext,
  names: readonly string[],
): { context: SeatingContext; guests: string[] } {
  const taken = new Set(context.actors.map((a) => a.id));
  const byName = new Map<string, string>();
  const added: SeatingActor[] = [];
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, " ");
    if (name === "" || byName.has(name)) continue;
    let id = name;
    for (let k = 2; taken.has(id); k++) id = `${name} (${k})`;
    taken.add(id);
    byName.set(name, id);
    added.push({ id, name, organisation: id, offers: [], needs: [] });
  }
  return {
    context: { ...context, actors: [...context.actors, ...added] },
    guests: added.map((a) => a.id),
  };
}
