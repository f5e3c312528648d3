/**
 * A table plan as rows — one per participant and round: round, table, id, name, district, sector and whom to
 * talk to — for the CSV and XLSX files of `vernetzt meeting plan` and the dashboard's download. Headers in the
 * language asked for (German by default, as coordinators read it).
 */

import { seatingMessagesDe } from "../i18n/de/seating.js";
import { type SeatingMessages, seatingMessagesEn } from "../i18n/en/seating.js";
import type { TextTable } from "../io/dataset-tables.js";
import { ownValue } from "../model/member-names.js";
import type { PairValues } from "./pair-values.js";
import type { SeatingContext } from "./seating-context.js";
import type { TablePlan } from "./table-plan.js";

/**
 * The rows of a plan: for each round, table by table, participant by participant.
 *
 * @example
 * ```ts
 * import { pairValues, planRows, planTables } from "@vernetzt/core/seating";
 *
 * const actor = (id: string, name: string, offers: string[], needs: string[]) =>
 *   ({ id, name, organisation: id, offers, needs });
 * const context = {
 *   wave: "1",
 *   actors: [actor("a", "Kita", ["Räume"], []), actor("b", "Chor", [], ["Räume"]), actor("c", "Verein", [], [])],
 *   tied: [], recommended: [], gaps: [], districtNames: {},
 * };
 * const values = pairValues(context, ["a", "b", "c"]);
 * const plan = planTables(values, { tables: 1, draws: 0 });
 * const table = planRows(plan, values, context, "de");
 * table.header //=> ["Runde", "Tisch", "ID", "Name", "Stadtteil", "Sektor", "Sprechen Sie mit"]
 * table.rows[0] //=> ["1", "1", "a", "Kita", "", "", "Chor"]
 * ```
 */
export function planRows(
  plan: TablePlan,
  values: PairValues,
  context: SeatingContext,
  lang: "de" | "en" = "de",
): TextTable {
  const m: SeatingMessages = lang === "de" ? seatingMessagesDe : seatingMessagesEn;
  const actors = new Map(context.actors.map((a) => [a.id, a]));
  const index = new Map(values.participants.map((id, i) => [id, i]));
  const n = values.participants.length;
  const c = m.columns;
  const rows: string[][] = [];
  plan.rounds.forEach((round, r) => {
    round.forEach((table, t) => {
      for (const id of table) {
        const i = index.get(id)!;
        const talkTo = table.filter((other) => other !== id && values.values[i * n + index.get(other)!]! > 0);
        const actor = actors.get(id);
        rows.push([
          String(r + 1),
          String(t + 1),
          id,
          actor?.name ?? id,
          actor?.district === undefined
            ? ""
            : (ownValue(context.districtNames, actor.district) ?? actor.district),
          actor?.sector ?? "",
          talkTo.map((other) => actors.get(other)?.name ?? other).join("; "),
        ]);
      }
    });
  });
  return { header: [c.round, c.table, c.id, c.name, c.district, c.sector, c.talkTo], rows };
}
