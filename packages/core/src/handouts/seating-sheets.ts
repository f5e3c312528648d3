/**
 * Printable pages of a table plan, built on the handouts' HTML and print stylesheet: an overview
 * (`index.html`), one **table card** per round and table (who sits there and why they should talk: every
 * valuable pairs at the table with their reasons, the most valuable first, at most `MAX_PAIRS_ON_CARD` so a card
 * stays one page), and one **personal sheet** per participant ("Runde 1, Tisch 3:
 * sprechen Sie mit … — bietet, was Sie suchen: Räume"). Two files hold the pages, one per printed A4 sheet, so a
 * coordinator prints each with one click. Every piece of data is HTML-escaped. Pure: returns file names and
 * contents.
 */
import { seatingMessagesDe } from "../i18n/de/seating.js";
import { type SeatingMessages, seatingMessagesEn } from "../i18n/en/seating.js";
import { ownValue } from "../model/member-names.js";
import type { PairReason, PairValues } from "../seating/pair-values.js";
import type { SeatingContext } from "../seating/seating-context.js";
import type { TablePlan } from "../seating/table-plan.js";
import type { HandoutFile } from "./handouts.js";
import { escapeHtml, htmlDocument } from "./html.js";

export interface SeatingSheetsOptions {
  /** Name of the meeting, on every page. Default `"Netzwerktreffen"` (`"Network meeting"` in English). */
  title: string | null;
  /** Language. Default `"de"`. */
  lang: "de" | "en";
}

export const DEFAULT_SEATING_SHEETS_OPTIONS: SeatingSheetsOptions = { title: null, lang: "de" };

/** Extra print rules: one page per card or sheet. */
const PAGE_CSS = `.page { break-after: page; padding-bottom: 6mm; }
.page:last-child { break-after: auto; }
.card h1 { font-size: 24pt; }
.card ul.people li { font-size: 13pt; margin: 1mm 0; }
.card ul.why li { font-size: 9.5pt; }
.sheet h2 { font-size: 15pt; }
.rounds td, .rounds th { vertical-align: top; }
.rounds th { white-space: nowrap; }
.why { color: #333; }
@media screen { .page { border-bottom: 0.4mm dashed #bbb; margin-bottom: 8mm; } }
`;

/** Pairs listed on a table card; the rest are counted ("… und 4 weitere Paare"). */
const MAX_PAIRS_ON_CARD = 10;

/** File names of the pages, per language. */
export const SEATING_SHEET_FILES = {
  de: { index: "index.html", cards: "tischkarten.html", sheets: "persoenliche-blaetter.html" },
  en: { index: "index.html", cards: "table-cards.html", sheets: "personal-sheets.html" },
} as const;

/**
 * The printable pages of `plan`: overview, table cards, personal sheets.
 *
 * @example
 * ```ts
 * import { renderSeatingSheets } from "@vernetzt/core/handouts";
 * import { pairValues, planTables } from "@vernetzt/core/seating";
 *
 * const actor = (id: string, name: string, offers: string[], needs: string[]) =>
 *   ({ id, name, organisation: id, offers, needs });
 * const context = {
 *   wave: "1",
 *   actors: [actor("a", "Kita <Sonne>", ["Räume"], []), actor("b", "Chor", [], ["Räume"])],
 *   tied: [], recommended: [], gaps: [], districtNames: {},
 * };
 * const values = pairValues(context, ["a", "b"]);
 * const files = renderSeatingSheets(planTables(values, { tables: 1, draws: 0 }), values, context);
 * files.map((f) => f.path) //=> ["index.html", "tischkarten.html", "persoenliche-blaetter.html"]
 * files[2]!.html.includes("bietet, was Sie suchen: Räume") //=> true
 * files[1]!.html.includes("Kita &lt;Sonne&gt;") //=> true
 * ```
 */
export function renderSeatingSheets(
  plan: TablePlan,
  values: PairValues,
  context: SeatingContext,
  options: Partial<SeatingSheetsOptions> = {},
): HandoutFile[] {
  const o = { ...DEFAULT_SEATING_SHEETS_OPTIONS, ...options };
  const m: SeatingMessages = o.lang === "de" ? seatingMessagesDe : seatingMessagesEn;
  const title = o.title ?? (o.lang === "de" ? "Netzwerktreffen" : "Network meeting");
  const s = new SheetData(values, context);
  const files = SEATING_SHEET_FILES[o.lang];
  const document = (heading: string, body: string) =>
    htmlDocument(o.lang, escapeHtml(heading), body, PAGE_CSS);
  const footer = `<footer>${escapeHtml(m.footer({ title }))}</footer>`;
  return [
    { path: files.index, html: document(m.indexTitle({ title }), indexBody(plan, s, m, title, files)) },
    { path: files.cards, html: document(title, tableCards(plan, s, m, title, footer)) },
    { path: files.sheets, html: document(title, personalSheets(plan, s, m, title, footer)) },
  ];
}

/** Names, districts and reasons by participant, for the pages. */
class SheetData {
  readonly index: Map<string, number>;
  private readonly actors: Map<string, SeatingContext["actors"][number]>;
  constructor(
    readonly values: PairValues,
    readonly context: SeatingContext,
  ) {
    this.index = new Map(values.participants.map((id, i) => [id, i]));
    this.actors = new Map(context.actors.map((a) => [a.id, a]));
  }
  name(id: string): string {
    return this.actors.get(id)?.name ?? id;
  }
  district(id: string): string {
    const d = this.actors.get(id)?.district;
    return d === undefined ? "" : (ownValue(this.context.districtNames, d) ?? d);
  }
  describe(id: string): string {
    return [this.actors.get(id)?.sector, this.district(id)].filter(Boolean).join(" · ");
  }
  value(a: string, b: string): number {
    return this.values.values[this.index.get(a)! * this.values.participants.length + this.index.get(b)!]!;
  }
  reasons(a: string, b: string): PairReason[] {
    const [i, j] = [this.index.get(a)!, this.index.get(b)!];
    return this.values.reasons.get(i < j ? `${i},${j}` : `${j},${i}`) ?? [];
  }
  districtName(id: string): string {
    return ownValue(this.context.districtNames, id) ?? id;
  }
}

function indexBody(
  plan: TablePlan,
  s: SheetData,
  m: SeatingMessages,
  title: string,
  files: (typeof SEATING_SHEET_FILES)["de" | "en"],
): string {
  const rounds = plan.rounds
    .map(
      (round, r) => `<h2>${escapeHtml(m.round({ round: r + 1 }))}</h2>
<table class="rounds"><tbody>${round
        .map(
          (table, t) =>
            `<tr><th scope="row">${escapeHtml(m.table({ table: t + 1 }))}</th><td>${table.map((id) => escapeHtml(s.name(id))).join(", ")}</td></tr>`,
        )
        .join("")}</tbody></table>`,
    )
    .join("\n");
  return `<h1>${escapeHtml(m.indexTitle({ title }))}</h1>
<p class="meta">${escapeHtml(m.indexIntro({ participants: s.values.participants.length, tables: plan.tables, rounds: plan.rounds.length }))}</p>
<ul><li><a href="${files.cards}">${escapeHtml(m.tableCardsLink)}</a></li><li><a href="${files.sheets}">${escapeHtml(m.sheetsLink)}</a></li></ul>
${rounds}`;
}

function tableCards(
  plan: TablePlan,
  s: SheetData,
  m: SeatingMessages,
  title: string,
  footer: string,
): string {
  return plan.rounds
    .flatMap((round, r) =>
      round.map((table, t) => {
        const people = table
          .map(
            (id) =>
              `<li>${escapeHtml(s.name(id))} <span class="meta">${escapeHtml(s.describe(id))}</span></li>`,
          )
          .join("");
        const pairs = table
          .flatMap((a, x) => table.slice(x + 1).map((b) => ({ a, b, value: s.value(a, b) })))
          .filter((pair) => pair.value > 0)
          .sort((p, q) => q.value - p.value);
        const lines = pairs.slice(0, MAX_PAIRS_ON_CARD).map(({ a, b }) =>
          m.pairLine({
            a: s.name(a),
            b: s.name(b),
            parts: s.reasons(a, b).map((reason) => pairPart(reason, s, m)),
          }),
        );
        if (pairs.length > MAX_PAIRS_ON_CARD)
          lines.push(m.morePairs({ count: pairs.length - MAX_PAIRS_ON_CARD }));
        const talk =
          lines.length === 0
            ? `<p>${escapeHtml(m.noTalkingPoints)}</p>`
            : `<ul class="why">${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul>`;
        return `<section class="page card"><p class="meta">${escapeHtml(title)}</p>
<h1>${escapeHtml(m.roundTable({ round: r + 1, table: t + 1 }))}</h1>
<h2>${escapeHtml(m.atTable)}</h2><ul class="people">${people}</ul>
<h2>${escapeHtml(m.talkingPoints)}</h2>${talk}${footer}</section>`;
      }),
    )
    .join("\n");
}

function personalSheets(
  plan: TablePlan,
  s: SheetData,
  m: SeatingMessages,
  title: string,
  footer: string,
): string {
  return s.values.participants
    .map((id) => {
      const rounds = plan.rounds.map((round, r) => {
        const t = round.findIndex((table) => table.includes(id));
        const others = round[t]!.filter((other) => other !== id);
        const seek = others.filter((other) => s.reasons(id, other).length > 0);
        const rest = others.filter((other) => !seek.includes(other));
        const talk =
          seek.length === 0
            ? `<p>${escapeHtml(m.nobodyToSeek)}</p>`
            : `<p><strong>${escapeHtml(m.talkTo)}:</strong></p><ul>${seek
                .map(
                  (other) =>
                    `<li><strong>${escapeHtml(s.name(other))}</strong> — ${escapeHtml(
                      s
                        .reasons(id, other)
                        .map((reason) => viewerSentence(reason, id, other, s, m))
                        .join("; "),
                    )}</li>`,
                )
                .join("")}</ul>`;
        const also =
          rest.length === 0
            ? ""
            : `<p class="meta">${escapeHtml(m.alsoAtTable)}: ${rest.map((other) => escapeHtml(s.name(other))).join(", ")}</p>`;
        return `<h2>${escapeHtml(m.roundTable({ round: r + 1, table: t + 1 }))}</h2>${talk}${also}`;
      });
      return `<section class="page sheet"><p class="meta">${escapeHtml(title)}</p>
<h1>${escapeHtml(m.sheetTitle({ name: s.name(id) }))}</h1>
${rounds.join("\n")}${footer}</section>`;
    })
    .join("\n");
}

/** A reason as seen by `viewer` about `other` ("bietet, was Sie suchen: Räume"). */
function viewerSentence(
  reason: PairReason,
  viewer: string,
  other: string,
  s: SheetData,
  m: SeatingMessages,
): string {
  switch (reason.kind) {
    case "offer":
      return reason.offeredBy === other ? m.offers({ item: reason.item }) : m.seeks({ item: reason.item });
    case "gap":
      return m.gap({ theirs: s.district(other), yours: s.district(viewer) });
    case "recommended":
      return m.recommended({ rank: reason.rank });
  }
}

/** A reason about two people at a table, as part of their line ("A bietet, was B sucht (Räume)"). */
function pairPart(reason: PairReason, s: SheetData, m: SeatingMessages): string {
  switch (reason.kind) {
    case "offer":
      return m.partOffer({
        offeredBy: s.name(reason.offeredBy),
        soughtBy: s.name(reason.soughtBy),
        item: reason.item,
      });
    case "gap":
      return m.partGap({
        districts: [s.districtName(reason.districts[0]), s.districtName(reason.districts[1])],
      });
    case "recommended":
      return m.partRecommended;
  }
}
