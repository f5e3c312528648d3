/**
 * Step 4c of the network view: the table alternative (WCAG) under the drawing: the actors shown, with their
 * ties in the current selection and the chosen measure, each header saying which wave; names are buttons that
 * select the actor. The first {@link TABLE_ROWS} rows, then how many more there are (search and filters narrow it).
 */
import type { DashboardMessages } from "../../packages/core/src/i18n/en/dashboard.js";
import { el } from "./dom.js";
import { formatNumber } from "./format.js";
import type { NetworkData } from "./network-data.js";
import { measureOf, type NetworkLooks, type NetworkViewState, shownWave } from "./network-looks.js";
import type { WaveLabel } from "./wave-label.js";

/** Rows of the table alternative; beyond, the table says how many more there are. */
export const TABLE_ROWS = 500;

export interface NetworkTable {
  element: HTMLElement;
  render(state: Readonly<NetworkViewState>, looks: NetworkLooks): void;
}

export function networkTable(
  data: NetworkData,
  texts: DashboardMessages,
  waveLabel: WaveLabel,
  select: (id: string) => void,
): NetworkTable {
  /** Columns only for what the data have (a dataset of id, name, source, target has none of them). */
  const has = {
    district: data.nodes.some((n) => n.district),
    sector: data.nodes.some((n) => n.sector),
    topics: data.nodes.some((n) => n.topics.length > 0),
  };
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const body = el("tbody");
  const tiesHeader = el("th", { scope: "col", class: "vz-number" });
  const sizeHeader = el("th", { scope: "col", class: "vz-number" });
  const columns = 3 + Number(has.district) + Number(has.sector) + Number(has.topics);
  const element = el(
    "div",
    { class: "vz-table-wrap", tabindex: 0, role: "region", "aria-labelledby": "vz-table-caption" },
    el(
      "table",
      { class: "vz-table" },
      el("caption", { id: "vz-table-caption" }, texts.tableCaption),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { scope: "col" }, texts.tableName),
          has.district ? el("th", { scope: "col" }, texts.attributes.district) : null,
          has.sector ? el("th", { scope: "col" }, texts.attributes.sector) : null,
          has.topics ? el("th", { scope: "col" }, texts.topics) : null,
          tiesHeader,
          sizeHeader,
        ),
      ),
      body,
    ),
  );

  function render(state: Readonly<NetworkViewState>, looks: NetworkLooks): void {
    const measure = data.measures.find((m) => m.key === state.sizeBy);
    const several = data.waves.length > 1;
    tiesHeader.textContent = several
      ? `${texts.tableTies} (${state.wave ? texts.waveName({ wave: waveLabel(state.wave) }) : texts.allWaves})`
      : texts.tableTies;
    sizeHeader.textContent = measure
      ? several
        ? `${measure.label} (${texts.waveName({ wave: waveLabel(shownWave(data, state)) })})`
        : measure.label
      : "";
    sizeHeader.hidden = !measure;
    const shown = data.nodes.filter((n) => looks.visible.has(n.id));
    const more = shown.length - TABLE_ROWS;
    const listed = shown.slice(0, TABLE_ROWS);
    // The selected actor is always in the table, even beyond the first rows.
    const chosen = state.selected ? byId.get(state.selected) : undefined;
    if (chosen && more > 0 && !listed.includes(chosen)) listed.push(chosen);
    const rows = listed.map((n) =>
      el(
        "tr",
        n.id === state.selected ? { "aria-current": "true" } : {},
        el(
          "th",
          { scope: "row" },
          el("button", { type: "button", class: "vz-link", onclick: () => select(n.id) }, n.name),
        ),
        has.district ? el("td", {}, n.district ?? "") : null,
        has.sector ? el("td", {}, n.sector ?? "") : null,
        has.topics ? el("td", {}, n.topics.join(", ")) : null,
        el("td", { class: "vz-number" }, formatNumber(looks.tieCount.get(n.id) ?? 0)),
        measure
          ? el("td", { class: "vz-number" }, formatNumber(measureOf(data, state, n, measure.key)))
          : null,
      ),
    );
    body.replaceChildren(
      ...(rows.length > 0 ? rows : [el("tr", {}, el("td", { colspan: columns }, texts.noActors))]),
      ...(more > 0 ? [el("tr", {}, el("td", { colspan: columns }, texts.moreRows({ count: more })))] : []),
    );
  }

  return { element, render };
}
