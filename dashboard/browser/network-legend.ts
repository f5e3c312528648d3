/**
 * Step 4a of the network view: the legend. It names every category of the colouring, also the rarest ones that
 * share one grey beyond the palette's eight colours (each listed with its count), and each entry is a button:
 * picking one highlights its actors and dims the rest, so any district can be found, however many there are.
 * Below: what the size shows and which wave's measures and groups are drawn.
 */
import type { DashboardMessages } from "../../packages/core/src/i18n/en/dashboard.js";
import { append, el } from "./dom.js";
import { formatNumber } from "./format.js";
import type { NetworkData } from "./network-data.js";
import { type NetworkLooks, type NetworkViewState, shownWave } from "./network-looks.js";
import { OTHER_COLOUR } from "./palette.js";
import type { WaveLabel } from "./wave-label.js";

export interface LegendContext {
  data: NetworkData;
  state: Readonly<NetworkViewState>;
  looks: NetworkLooks;
  texts: DashboardMessages;
  waveLabel: WaveLabel;
  /** Highlights the actors of `value` (or none). */
  pick: (value: string | null) => void;
}

/** A category value in words: kinds of actor translated, a missing value named. */
export function categoryText(value: string | null, texts: DashboardMessages): string {
  if (value === null) return texts.missingValue;
  return texts.kinds[value as keyof DashboardMessages["kinds"]] ?? value;
}

function entry(value: string, colour: string, count: number, c: LegendContext): HTMLElement {
  const picked = c.state.emphasis === value;
  return el(
    "li",
    {},
    el(
      "button",
      {
        type: "button",
        class: "vz-legend-entry",
        "aria-pressed": picked ? "true" : "false",
        onclick: () => c.pick(picked ? null : value),
      },
      el("span", { class: "vz-swatch", style: `background:${colour}`, "aria-hidden": "true" }),
      `${categoryText(value, c.texts)} (${formatNumber(count)})`,
    ),
  );
}

export function renderLegend(legend: HTMLElement, c: LegendContext): void {
  const { data, state, looks, texts } = c;
  const measure = data.measures.find((m) => m.key === state.sizeBy);
  legend.replaceChildren(el("h3", { id: "vz-legend-title" }, texts.legend));
  const { scale } = looks;
  const items = scale.legend.flatMap((item) => {
    if (item.value === null) {
      return [
        el(
          "li",
          {},
          el("span", { class: "vz-swatch", style: `background:${item.colour}`, "aria-hidden": "true" }),
          `${texts.missingValue} (${formatNumber(item.count)})`,
        ),
      ];
    }
    if (item.value !== "*other") return [entry(item.value, item.colour, item.count, c)];
    // Every category sharing the grey, by name: none is hidden behind "n weitere".
    return [
      el(
        "li",
        { class: "vz-legend-grey" },
        el("span", {}, texts.legendGrey({ count: scale.otherCount })),
        el(
          "ul",
          { class: "vz-legend-list" },
          ...scale.others.map((o) => entry(o.value, OTHER_COLOUR, o.count, c)),
        ),
      ),
    ];
  });
  append(legend, [
    state.colourBy ? el("ul", { class: "vz-legend-list" }, ...items) : null,
    state.colourBy
      ? el(
          "p",
          { class: "vz-hint", "aria-live": "polite" },
          state.emphasis === null
            ? texts.legendPick
            : texts.legendPicked({ value: categoryText(state.emphasis, texts) }),
        )
      : null,
    el("p", {}, `${texts.sizeBy}: ${measure ? measure.label : texts.sizeEqual}`),
    data.waves.length > 1
      ? el("p", { class: "vz-hint" }, texts.valuesOfWave({ wave: c.waveLabel(shownWave(data, state)) }))
      : null,
  ]);
}
