/**
 * Step 5 of the network view: the controls above the drawing — colour, size, filters by district, sector,
 * topic and wave (waves by their names), search (Enter selects the actor and moves the camera to it) and
 * reset. Each control writes one field of the view's state through `update`.
 */
import type { DashboardMessages } from "../../packages/core/src/i18n/en/dashboard.js";
import { el, select } from "./dom.js";
import { compareDe } from "./format.js";
import type { NetworkData } from "./network-data.js";
import { initialState, type NetworkViewState } from "./network-looks.js";
import type { WaveLabel } from "./wave-label.js";

const distinct = (values: Iterable<string | undefined>): string[] =>
  [...new Set([...values].filter((v): v is string => Boolean(v)))].sort(compareDe);

export function networkControls(
  data: NetworkData,
  state: NetworkViewState,
  texts: DashboardMessages,
  update: (change: Partial<NetworkViewState>) => void,
  find: (id: string) => void,
  resetCamera: () => void,
  waveLabel: WaveLabel,
): HTMLElement {
  const all: [string, string] = ["", texts.all];
  const fields: HTMLElement[] = [];
  const controls: HTMLSelectElement[] = [];
  const add = (id: string, label: string, options: Array<[string, string]>, key: keyof NetworkViewState) => {
    const { field, control } = select(id, label, options, (value) => update({ [key]: value }));
    control.value = String(state[key] ?? "");
    fields.push(field);
    controls.push(control);
  };
  if (data.colourings.length > 0) {
    add(
      "vz-colour",
      texts.colourBy,
      data.colourings.map((c) => [c, texts.attributes[c]]),
      "colourBy",
    );
  }
  add(
    "vz-size",
    texts.sizeBy,
    [...data.measures.map((m): [string, string] => [m.key, m.label]), ["", texts.sizeEqual]],
    "sizeBy",
  );
  const districts = distinct(data.nodes.map((n) => n.district));
  if (districts.length > 0)
    add(
      "vz-district",
      texts.filterDistrict,
      [all, ...districts.map((d): [string, string] => [d, d])],
      "district",
    );
  const sectors = distinct(data.nodes.map((n) => n.sector));
  if (sectors.length > 0)
    add("vz-sector", texts.filterSector, [all, ...sectors.map((s): [string, string] => [s, s])], "sector");
  const topics = distinct(data.nodes.flatMap((n) => n.topics));
  if (topics.length > 0)
    add("vz-topic", texts.filterTopic, [all, ...topics.map((t): [string, string] => [t, t])], "topic");
  const missing = [
    districts.length === 0 && texts.attributes.district,
    sectors.length === 0 && texts.attributes.sector,
    topics.length === 0 && texts.topics,
    data.waves.length < 2 && texts.filterWave,
  ].filter((x): x is string => Boolean(x));
  const absent =
    missing.length > 0
      ? el("p", { class: "vz-hint vz-absent" }, texts.filtersAbsent({ names: missing.join(", ") }))
      : null;
  if (data.waves.length > 1) {
    add(
      "vz-wave",
      texts.filterWave,
      [["", texts.allWaves], ...data.waves.map((w): [string, string] => [w, waveLabel(w)])],
      "wave",
    );
  }

  const names = el("datalist", { id: "vz-names" }, ...data.nodes.map((n) => el("option", { value: n.name })));
  const search = el("input", {
    id: "vz-search",
    type: "search",
    list: "vz-names",
    autocomplete: "off",
    "aria-describedby": "vz-search-hint",
  });
  const searchMessage = el(
    "p",
    { id: "vz-search-hint", class: "vz-hint", "aria-live": "polite" },
    texts.searchHint,
  );
  const form = el(
    "form",
    { class: "vz-controls", "aria-label": texts.controls },
    ...fields,
    el(
      "div",
      { class: "vz-field vz-search" },
      el("label", { for: "vz-search" }, texts.search),
      search,
      searchMessage,
    ),
    el("div", { class: "vz-field" }, el("button", { type: "reset" }, texts.reset)),
    names,
    absent,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = search.value.trim().toLocaleLowerCase("de");
    if (!query) return;
    const hit =
      data.nodes.find((n) => n.name.toLocaleLowerCase("de") === query) ??
      data.nodes.find((n) => n.name.toLocaleLowerCase("de").includes(query));
    searchMessage.textContent = hit ? texts.searchHint : texts.searchNotFound({ query: search.value.trim() });
    if (hit) {
      update({ district: "", sector: "", topic: "" });
      for (const control of controls)
        if (["vz-district", "vz-sector", "vz-topic"].includes(control.id)) control.value = "";
      find(hit.id);
    }
  });
  form.addEventListener("reset", (event) => {
    event.preventDefault();
    search.value = "";
    searchMessage.textContent = texts.searchHint;
    const { hovered: _, ...initial } = initialState(data);
    update(initial);
    for (const control of controls) control.value = String(state[controlKey(control.id)] ?? "");
    resetCamera();
  });
  return form;
}

const CONTROL_KEYS: Record<string, keyof NetworkViewState> = {
  "vz-colour": "colourBy",
  "vz-size": "sizeBy",
  "vz-district": "district",
  "vz-sector": "sector",
  "vz-topic": "topic",
  "vz-wave": "wave",
};
const controlKey = (id: string): keyof NetworkViewState => CONTROL_KEYS[id]!;
