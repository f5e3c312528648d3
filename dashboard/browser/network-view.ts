/**
 * The interactive network view of the Netzwerk page: sigma.js drawing, controls, legend, profile and an
 * accessible table with the same actors. Display only: positions and measures come from `network.json`
 * (computed by @vernetzt/core at build time); filters and highlights go through sigma's node/edge
 * reducers, the graph is built once and never changed.
 */

import { networkByDistrictFigure } from "@vernetzt/figures";
import Graph from "graphology";
import Sigma from "sigma";
import { EdgeLineProgram } from "sigma/rendering";
import { dashboardMessagesDe } from "../../packages/core/src/i18n/de/dashboard.js";
import type { DashboardMessages } from "../../packages/core/src/i18n/en/dashboard.js";
import { append, el, select } from "./dom.js";
import { dashboardFigureOptions, figureButtons } from "./export.js";
import { compareDe, formatNumber } from "./format.js";
import { type HoverLayer, hoverLayer } from "./hover-layer.js";
import { labelDrawer } from "./labels.js";
import type { NetworkData, NetworkNode } from "./network-data.js";
import { type CategoryScale, categoryScale } from "./palette.js";

type Colouring = NetworkData["colourings"][number];

/** What the view shows; every control writes one field. */
export interface NetworkViewState {
  colourBy: Colouring | "";
  /** Measure key, or "" for equal sizes. */
  sizeBy: string;
  district: string;
  sector: string;
  topic: string;
  wave: string;
  /** The actor whose profile is open. */
  selected: string | null;
  hovered: string | null;
}

/** A mounted network view. */
export interface NetworkView {
  element: HTMLElement;
  sigma: Sigma;
  graph: Graph;
  state: Readonly<NetworkViewState>;
  /** The hovered actor's neighbourhood as drawn over the network (see `hover-layer.ts`). */
  hover: HoverLayer;
  update(change: Partial<NetworkViewState>): void;
  destroy(): void;
}

interface NodeAttributes extends NetworkNode {
  label: string;
  size: number;
  color: string;
}
interface EdgeAttributes {
  size: number;
  color: string;
  waves: string[];
}

const DIMMED = "#E6E6E6";
/** Ties in grey; lighter in dense drawings, so clusters stay visible through the lines. */
const edgeColour = (ties: number): string => (ties > 300 ? "#D4D4D4" : "#B4B4B4");
const EDGE_HIGHLIGHT = "#555555";
/** From these sizes on, edges / labels are hidden while the camera moves. */
const BIG_EDGES = 5000;
const BIG_NODES = 2000;
/** Rows of the table alternative; beyond, the table says how many more there are (search and filters narrow it). */
const TABLE_ROWS = 500;

const distinct = (values: Iterable<string | undefined>): string[] =>
  [...new Set([...values].filter((v): v is string => Boolean(v)))].sort(compareDe);

/** Mounts the view for `data`; call `destroy()` when the page goes away. */
export function networkView(data: NetworkData, texts: DashboardMessages = dashboardMessagesDe): NetworkView {
  const graph = new Graph({ type: data.directed ? "directed" : "undirected" });
  for (const node of data.nodes) {
    graph.addNode(node.id, { ...node, label: node.name, size: 1, color: "#000" });
  }
  for (const edge of data.edges) {
    graph.addEdge(edge.source, edge.target, {
      size: Math.min(1 + Math.log2(edge.weight), 4),
      color: edgeColour(data.edges.length),
      waves: edge.waves,
    });
  }
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  /** Table columns only for what the data have (a dataset of id, name, source, target has none of them). */
  const hasColumn = {
    district: data.nodes.some((n) => n.district),
    sector: data.nodes.some((n) => n.sector),
    topics: data.nodes.some((n) => n.topics.length > 0),
  };
  // Smaller discs for larger networks, so clusters stay readable (sizes in screen pixels).
  const maxSize = data.nodes.length <= 50 ? 18 : data.nodes.length <= 300 ? 11 : 7;
  const equalSize = maxSize / 2;

  const state: NetworkViewState = {
    colourBy: data.colourings[0] ?? "",
    sizeBy: data.measures[0]?.key ?? "",
    district: "",
    sector: "",
    topic: "",
    wave: "",
    selected: null,
    hovered: null,
  };

  // Derived from the filters, recomputed on every change except hover.
  let scale: CategoryScale = categoryScale([]);
  let visible = new Set<string>();
  let visibleEdges = new Set<string>();
  let tieCount = new Map<string, number>();
  let maxMeasure = 0;

  const container = el("div", {
    class: "vz-graph",
    role: "img",
    "aria-label": texts.networkLabel({ actors: data.nodes.length, ties: data.edges.length }),
  });
  const status = el("p", { class: "vz-status", "aria-live": "polite" });
  const legend = el("section", { class: "vz-legend", "aria-labelledby": "vz-legend-title" });
  const profile = el("section", {
    class: "vz-profile",
    "aria-live": "polite",
    "aria-labelledby": "vz-profile-title",
  });
  const tableBody = el("tbody");
  const sizeHeader = el("th", { scope: "col", class: "vz-number" });

  /** Colour and size of every visible node, for the reducers. */
  let looks = new Map<string, { colour: string; size: number }>();
  /** The partners (in the current selection) of the selected actor. */
  let focusPartners = new Set<string>();
  let focusOf: string | null = null;

  const labels = labelDrawer();
  const sigma = new Sigma(graph, container, {
    allowInvalidContainer: true,
    labelFont: "system-ui, sans-serif",
    labelSize: 13,
    labelWeight: "500",
    labelColor: { color: "#1A1A1A" },
    labelDensity: 0.2,
    labelGridCellSize: 120,
    labelRenderedSizeThreshold: 6,
    zIndex: true,
    stagePadding: 24,
    // Big networks stay fluid while panning and zooming: edges and labels are drawn again when the move ends.
    hideEdgesOnMove: data.edges.length > BIG_EDGES,
    // Thin WebGL lines (2 vertices per tie) instead of sigma's default rectangles (6) for many ties.
    ...(data.edges.length > BIG_EDGES && {
      defaultEdgeType: "line",
      edgeProgramClasses: { line: EdgeLineProgram },
    }),
    hideLabelsOnMove: data.nodes.length > BIG_NODES,
    defaultDrawNodeLabel: labels.drawLabel,
    defaultDrawNodeHover: labels.drawHover,
    // The reducers only look up what `recompute()` precomputed (colour and size per node) and the
    // selected actor's partners, so a camera move costs one small object per node and edge. Hover does not
    // go through them: it is drawn by the hover layer.
    nodeReducer: (node, attributes) => {
      const a = attributes as NodeAttributes;
      const look = looks.get(node);
      if (!look) return { x: a.x, y: a.y, size: 0, color: DIMMED, label: "", hidden: true };
      const focus = state.selected;
      if (focus && focus !== node && !focusPartners.has(node)) {
        return { x: a.x, y: a.y, size: look.size, color: DIMMED, label: "", zIndex: 0 };
      }
      return {
        x: a.x,
        y: a.y,
        size: look.size,
        color: look.colour,
        label: a.label,
        zIndex: 1,
        highlighted: node === state.selected,
      };
    },
    edgeReducer: (edge, attributes) => {
      const a = attributes as EdgeAttributes;
      if (!visibleEdges.has(edge)) return { size: a.size, color: a.color, hidden: true };
      const focus = state.selected;
      if (focus && !graph.hasExtremity(edge, focus)) return { size: a.size, color: a.color, hidden: true };
      return focus ? { size: a.size, color: EDGE_HIGHLIGHT, zIndex: 1 } : { size: a.size, color: a.color };
    },
  });

  const hover = hoverLayer(sigma);

  /** The partners of `actor` through the ties shown. */
  function partnersOf(actor: string): Set<string> {
    const partners = new Set<string>();
    graph.forEachEdge(actor, (edge, _a, source, target) => {
      if (visibleEdges.has(edge)) partners.add(source === actor ? target : source);
    });
    return partners;
  }

  function updateFocus(): void {
    const focus = state.selected;
    if (focus === focusOf) return;
    focusOf = focus;
    focusPartners = focus && graph.hasNode(focus) ? partnersOf(focus) : new Set();
  }

  function updateHover(): void {
    const focus = state.hovered;
    hover.show(
      focus && looks.has(focus)
        ? { focus, partners: partnersOf(focus), colourOf: (id) => looks.get(id)?.colour ?? DIMMED }
        : null,
    );
  }

  /** The wave whose measures and communities are shown: the chosen one, else the latest. */
  const shownWave = (): string => state.wave || data.waves[data.waves.length - 1] || "";
  const measureOf = (node: NetworkNode, key: string): number => node.centrality[shownWave()]?.[key] ?? 0;
  const categoryOf = (node: NetworkNode, colouring: Colouring): string | undefined =>
    colouring === "community" ? node.community[shownWave()] : node[colouring];

  function recompute(): void {
    const colourBy = state.colourBy;
    scale = categoryScale(data.nodes.map((n) => (colourBy ? categoryOf(n, colourBy) : undefined)));
    visible = new Set(
      data.nodes
        .filter(
          (n) =>
            (!state.district || n.district === state.district) &&
            (!state.sector || n.sector === state.sector) &&
            (!state.topic || n.topics.includes(state.topic)),
        )
        .map((n) => n.id),
    );
    visibleEdges = new Set(
      graph.filterEdges(
        (_e, a, s, t) =>
          visible.has(s) &&
          visible.has(t) &&
          (!state.wave || (a as EdgeAttributes).waves.includes(state.wave)),
      ),
    );
    tieCount = new Map([...visible].map((id) => [id, 0]));
    for (const edge of visibleEdges) {
      for (const end of graph.extremities(edge)) tieCount.set(end, (tieCount.get(end) ?? 0) + 1);
    }
    maxMeasure = data.nodes.reduce((max, n) => Math.max(max, measureOf(n, state.sizeBy)), 0);
    if (state.selected && !visible.has(state.selected)) state.selected = null;
    looks = new Map();
    for (const n of data.nodes) {
      if (!visible.has(n.id)) continue;
      const colour = colourBy ? scale.colour(categoryOf(n, colourBy)) : OKABE_BLUE;
      const value = state.sizeBy ? measureOf(n, state.sizeBy) : 0;
      const size =
        state.sizeBy && maxMeasure > 0 ? maxSize * (0.25 + 0.75 * Math.sqrt(value / maxMeasure)) : equalSize;
      looks.set(n.id, { colour, size });
    }
    focusOf = null;
    updateFocus();
    updateHover();
  }

  function render(): void {
    status.textContent = texts.shownCount({
      actors: visible.size,
      total: data.nodes.length,
      ties: visibleEdges.size,
    });
    renderLegend();
    renderProfile();
    renderTable();
    sigma.refresh();
  }

  function categoryLabel(value: string | null): string {
    if (value === null) return texts.missingValue;
    if (value === "*other") return texts.otherValues({ count: scale.otherCount });
    return value;
  }

  function renderLegend(): void {
    const measure = data.measures.find((m) => m.key === state.sizeBy);
    legend.replaceChildren(el("h3", { id: "vz-legend-title" }, texts.legend));
    append(legend, [
      state.colourBy
        ? el(
            "ul",
            { class: "vz-legend-list" },
            ...scale.legend.map((entry) =>
              el(
                "li",
                {},
                el("span", {
                  class: "vz-swatch",
                  style: `background:${entry.colour}`,
                  "aria-hidden": "true",
                }),
                `${categoryLabel(entry.value)} (${formatNumber(entry.count)})`,
              ),
            ),
          )
        : null,
      el("p", {}, `${texts.sizeBy}: ${measure ? measure.label : texts.sizeEqual}`),
      data.waves.length > 1 ? el("p", { class: "vz-hint" }, texts.valuesOfWave({ wave: shownWave() })) : null,
    ]);
  }

  function selectButton(id: string): HTMLButtonElement {
    const node = byId.get(id)!;
    return el(
      "button",
      { type: "button", class: "vz-link", onclick: () => update({ selected: id }) },
      node.name,
    );
  }

  function renderProfile(): void {
    const node = state.selected ? byId.get(state.selected) : undefined;
    if (!node) {
      profile.replaceChildren(el("p", { class: "vz-hint", id: "vz-profile-title" }, texts.profileHint));
      return;
    }
    const neighbours = [...visibleEdges]
      .filter((e) => graph.hasExtremity(e, node.id))
      .map((e) => graph.opposite(node.id, e))
      .filter((id, i, all) => all.indexOf(id) === i)
      .sort((a, b) => compareDe(byId.get(a)!.name, byId.get(b)!.name));
    const facts: Array<[string, string | undefined]> = [
      [texts.attributes.district, node.district],
      [texts.attributes.sector, node.sector],
      [texts.topics, node.topics.join(", ")],
      [texts.offers, node.offers.join(", ")],
      [texts.needs, node.needs.join(", ")],
      ...data.measures.map((m): [string, string] => [m.label, formatNumber(measureOf(node, m.key))]),
    ];
    const dl = el("dl");
    if (data.waves.length > 1) facts.push([texts.filterWave, shownWave()]);
    for (const [term, value] of facts) {
      if (value) dl.append(el("dt", {}, term), el("dd", {}, value));
    }
    profile.replaceChildren(
      el("h3", { id: "vz-profile-title" }, node.name),
      dl,
      el("h4", {}, texts.neighbours),
      neighbours.length > 0
        ? el("ul", { class: "vz-neighbours" }, ...neighbours.map((id) => el("li", {}, selectButton(id))))
        : el("p", {}, texts.noNeighbours),
      el("p", {}, el("a", { href: `./akteure?akteur=${encodeURIComponent(node.id)}` }, texts.profileLink)),
      el(
        "p",
        {},
        el("a", { href: `./empfehlungen?akteur=${encodeURIComponent(node.id)}` }, texts.recommendationsLink),
      ),
      el("button", { type: "button", onclick: () => update({ selected: null }) }, texts.close),
    );
  }

  function renderTable(): void {
    const measure = data.measures.find((m) => m.key === state.sizeBy);
    sizeHeader.textContent = measure?.label ?? "";
    sizeHeader.hidden = !measure;
    const shown = data.nodes.filter((n) => visible.has(n.id));
    const more = shown.length - TABLE_ROWS;
    const listed = shown.slice(0, TABLE_ROWS);
    // The selected actor is always in the table, even beyond the first rows.
    const chosen = state.selected ? byId.get(state.selected) : undefined;
    if (chosen && more > 0 && !listed.includes(chosen)) listed.push(chosen);
    const rows = listed.map((n) =>
      el(
        "tr",
        n.id === state.selected ? { "aria-current": "true" } : {},
        el("th", { scope: "row" }, selectButton(n.id)),
        hasColumn.district ? el("td", {}, n.district ?? "") : null,
        hasColumn.sector ? el("td", {}, n.sector ?? "") : null,
        hasColumn.topics ? el("td", {}, n.topics.join(", ")) : null,
        el("td", { class: "vz-number" }, formatNumber(tieCount.get(n.id) ?? 0)),
        measure ? el("td", { class: "vz-number" }, formatNumber(measureOf(n, measure.key))) : null,
      ),
    );
    tableBody.replaceChildren(
      ...(rows.length > 0
        ? rows.slice(0, TABLE_ROWS)
        : [el("tr", {}, el("td", { colspan: 6 }, texts.noActors))]),
      ...(more > 0 ? [el("tr", {}, el("td", { colspan: 6 }, texts.moreRows({ count: more })))] : []),
    );
  }

  function update(change: Partial<NetworkViewState>): void {
    const onlyHover = Object.keys(change).every((k) => k === "hovered");
    Object.assign(state, change);
    if (onlyHover) {
      updateHover();
      return;
    }
    recompute();
    render();
  }

  sigma.on("beforeRender", labels.newFrame);
  sigma.on("enterNode", ({ node }) => update({ hovered: node }));
  sigma.on("leaveNode", () => update({ hovered: null }));
  sigma.on("clickNode", ({ node }) => update({ selected: node }));
  sigma.on("clickStage", () => update({ selected: null }));

  const controls = buildControls(
    data,
    state,
    texts,
    update,
    (id) => {
      update({ selected: id });
      const display = sigma.getNodeDisplayData(id);
      if (display) sigma.getCamera().animate({ x: display.x, y: display.y, ratio: 0.6 }, { duration: 400 });
    },
    () => sigma.getCamera().animatedReset({ duration: 300 }),
  );

  const element = el(
    "div",
    { class: "vz-network" },
    controls,
    status,
    el(
      "div",
      { class: "vz-main" },
      el(
        "div",
        {},
        container,
        // The chosen wave as a figure that stands alone (wave, district key, source), not a screenshot.
        figureButtons(
          () =>
            networkByDistrictFigure(
              { ...data, ...(state.wave ? { wave: state.wave } : {}) },
              dashboardFigureOptions(data.name),
            ),
          texts.exportNetwork,
        ),
      ),
      el("aside", { class: "vz-side" }, legend, profile),
    ),
    el(
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
            hasColumn.district ? el("th", { scope: "col" }, texts.attributes.district) : null,
            hasColumn.sector ? el("th", { scope: "col" }, texts.attributes.sector) : null,
            hasColumn.topics ? el("th", { scope: "col" }, texts.topics) : null,
            el("th", { scope: "col", class: "vz-number" }, texts.tableTies),
            sizeHeader,
          ),
        ),
        tableBody,
      ),
    ),
  );

  // Sigma measures its container when drawing; the page attaches the element after this returns.
  const resize = new ResizeObserver(() => {
    sigma.resize();
    sigma.refresh();
  });
  resize.observe(container);

  recompute();
  render();
  return {
    element,
    sigma,
    graph,
    state,
    hover,
    update,
    destroy: () => {
      resize.disconnect();
      hover.destroy();
      sigma.kill();
    },
  };
}

const OKABE_BLUE = "#0072B2";

function buildControls(
  data: NetworkData,
  state: NetworkViewState,
  texts: DashboardMessages,
  update: (change: Partial<NetworkViewState>) => void,
  find: (id: string) => void,
  resetCamera: () => void,
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
      [["", texts.allWaves], ...data.waves.map((w): [string, string] => [w, w])],
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
    const initial: Partial<NetworkViewState> = {
      colourBy: data.colourings[0] ?? "",
      sizeBy: data.measures[0]?.key ?? "",
      district: "",
      sector: "",
      topic: "",
      wave: "",
      selected: null,
    };
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
