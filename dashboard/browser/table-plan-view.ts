/**
 * The Tischplan page's view: computes a table plan in the browser with core's `pairValues` and `planTables`
 * (the same functions as `vernetzt meeting plan`), shows it round by round, and offers the printable table
 * cards and personal sheets (core's `renderSeatingSheets`, printed from a hidden frame) and the plan as CSV and
 * XLSX. Nothing leaves the browser.
 */
import {
  csvField,
  type PairValues,
  pairValues,
  planRows,
  planTables,
  renderSeatingSheets,
  type TablePlan,
  writeWorkbook,
} from "@vernetzt/core";
import type { SeatingData } from "../loaders/seating-data.js";
import { el } from "./dom.js";
import { formatNumber, formatPercent } from "./format.js";

/** A computed plan with what it was computed from. */
export interface TablePlanResult {
  plan: TablePlan;
  values: PairValues;
  title: string;
}

/** The plan for `participants` at `tables` tables for `rounds` rounds (seed `seed`, 1,000 random draws). */
export function computeTablePlan(
  data: SeatingData,
  participants: readonly string[],
  options: { tables: number; rounds: number; seed: number; title: string },
): TablePlanResult {
  const values = pairValues(data.context, participants);
  const plan = planTables(values, { tables: options.tables, rounds: options.rounds, seed: options.seed });
  return { plan, values, title: options.title };
}

/** The plan on screen: the quality sentence, then one table per round (table number, who sits there). */
export function tablePlanView(data: SeatingData, result: TablePlanResult): HTMLElement {
  const names = new Map(data.context.actors.map((a) => [a.id, a.name]));
  const { plan } = result;
  const quality =
    plan.valuablePairs === 0
      ? "Unter den Teilnehmenden hat kein Paar ein passendes Angebot und einen Bedarf, eine Empfehlung oder eine Lücke zwischen ihren Stadtteilen: der Plan mischt nur die Tische."
      : `${formatNumber(plan.valuablePairsMet)} von ${formatNumber(plan.valuablePairs)} wertvollen Paaren treffen sich an einem Tisch. ` +
        (plan.random
          ? `Bei zufälliger Sitzordnung wären es im Mittel ${formatNumber(Math.round(plan.random.randomMean * 10) / 10)} (95. Perzentil ${formatNumber(plan.random.randomP95)}); der Plan ist besser als ${formatPercent(plan.random.beatenShare)} von ${formatNumber(plan.random.draws)} zufälligen Plänen.`
          : "");
  const rounds = plan.rounds.map((round, r) =>
    el(
      "div",
      { class: "vz-table-wrap", tabindex: 0, role: "region", "aria-labelledby": `runde-${r + 1}` },
      el(
        "table",
        { class: "vz-table" },
        el("caption", { id: `runde-${r + 1}` }, `Runde ${r + 1}`),
        el(
          "thead",
          {},
          el("tr", {}, el("th", { scope: "col" }, "Tisch"), el("th", { scope: "col" }, "Es sitzen dort")),
        ),
        el(
          "tbody",
          {},
          ...round.map((table, t) =>
            el(
              "tr",
              {},
              el("th", { scope: "row" }, `Tisch ${t + 1}`),
              el("td", {}, table.map((id) => names.get(id) ?? id).join(", ")),
            ),
          ),
        ),
      ),
    ),
  );
  const notes = [
    plan.splitViolations > 0
      ? el(
          "p",
          { class: "note" },
          `${plan.splitViolations} Paare derselben Organisation sitzen an einem Tisch: es gibt mehr Vertretungen als Tische.`,
        )
      : null,
  ];
  return el("div", { class: "vz-plan" }, el("p", { class: "vz-plan-quality" }, quality), ...notes, ...rounds);
}

/** Buttons: print table cards, print personal sheets, download CSV and XLSX. */
export function tablePlanActions(data: SeatingData, result: TablePlanResult): HTMLElement {
  const files = renderSeatingSheets(result.plan, result.values, data.context, {
    lang: "de",
    title: result.title,
  });
  const [, cards, sheets] = files;
  const button = (label: string, action: () => void | Promise<void>) =>
    el("button", { type: "button", onclick: () => void action() }, label);
  return el(
    "div",
    { class: "vz-export", role: "group", "aria-label": "Tischplan drucken oder speichern" },
    button("Tischkarten drucken", () => printHtml(cards!.html)),
    button("Persönliche Blätter drucken", () => printHtml(sheets!.html)),
    button("Tischplan als CSV", () =>
      download("tischplan.csv", planCsv(data, result), "text/csv;charset=utf-8"),
    ),
    button("Tischplan als Excel", async () => {
      const table = planRows(result.plan, result.values, data.context, "de");
      const bytes = await writeWorkbook([{ name: "Tischplan", ...table, frozenHeader: true }]);
      download("tischplan.xlsx", bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }),
    button("Blätter als HTML speichern", () => {
      download("tischkarten.html", cards!.html, "text/html;charset=utf-8");
      download("persoenliche-blaetter.html", sheets!.html, "text/html;charset=utf-8");
    }),
  );
}

/** The plan as CSV for German Excel: `;`, UTF-8 with byte order mark, formula-like cells made harmless. */
export function planCsv(data: SeatingData, result: TablePlanResult): string {
  const table = planRows(result.plan, result.values, data.context, "de");
  const lines = [table.header, ...table.rows].map((row) =>
    row.map((cell) => csvField(cell, ";", { excelSafe: true })).join(";"),
  );
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** Prints an HTML document from a hidden frame (the page itself stays as it is). */
function printHtml(html: string): void {
  const frame = el("iframe", { title: "Druckansicht", style: "position:absolute;width:0;height:0;border:0" });
  frame.addEventListener("load", () => {
    frame.contentWindow?.print();
    setTimeout(() => frame.remove(), 60_000);
  });
  frame.srcdoc = html;
  document.body.append(frame);
}

function download(name: string, data: string | Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  const link = el("a", { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
