/**
 * The interactive network view of the Netzwerk page: sigma.js drawing, controls, legend, profile and an
 * accessible table with the same actors. Display only: positions and measures come from `network.json`
 * (computed by @vernetzt/core at build time). Assembled from named steps:
 *
 * 1. `network-graph.ts` builds the graph once;
 * 2. `network-looks.ts` derives what is drawn from the state (filters, colour, size, wave, legend pick);
 * 3. `network-sigma.ts` draws it (reducers only look up step 2), `hover-layer.ts` draws a hover;
 * 4. `network-legend.ts`, `network-profile.ts`, `network-table.ts` render beside and under the drawing;
 * 5. `network-controls.ts` turns the controls into state changes.
 */
import { networkByDistrictFigure } from "@vernetzt/figures";
import type Graph from "graphology";
import type Sigma from "sigma";
import { dashboardMessagesDe } from "../../packages/core/src/i18n/de/dashboard.js";
import type { DashboardMessages } from "../../packages/core/src/i18n/en/dashboard.js";
import { el } from "./dom.js";
import { dashboardFigureOptions, figureButtons } from "./export.js";
import { type HoverLayer, hoverLayer } from "./hover-layer.js";
import { labelDrawer } from "./labels.js";
import { networkControls } from "./network-controls.js";
import type { NetworkData } from "./network-data.js";
import { networkGraph } from "./network-graph.js";
import { renderLegend } from "./network-legend.js";
import {
  DIMMED,
  initialState,
  type NetworkLooks,
  type NetworkViewState,
  networkLooks,
  nodeSizes,
} from "./network-looks.js";
import { renderProfile } from "./network-profile.js";
import { networkSigma } from "./network-sigma.js";
import { networkTable } from "./network-table.js";
import { asWritten, type WaveLabel } from "./wave-label.js";

export type { NetworkViewState } from "./network-looks.js";

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

/** Options of {@link networkView}. */
export interface NetworkViewOptions {
  /** Names of the waves (the Überblick's `waveLabelOf(overview)`). Default: as written. */
  waveLabel: WaveLabel;
}

/** Mounts the view for `data`; call `destroy()` when the page goes away. */
export function networkView(
  data: NetworkData,
  texts: DashboardMessages = dashboardMessagesDe,
  options: Partial<NetworkViewOptions> = {},
): NetworkView {
  const waveLabel = options.waveLabel ?? asWritten;
  const graph = networkGraph(data);
  const sizes = nodeSizes(data.nodes.length);
  const state: NetworkViewState = initialState(data);
  let looks: NetworkLooks = networkLooks(data, graph, state, sizes);
  /** The partners (in the current selection) of the selected actor. */
  let focusPartners = new Set<string>();

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
  const table = networkTable(data, texts, waveLabel, (id) => update({ selected: id }));

  const labels = labelDrawer();
  const sigma = networkSigma(graph, container, labels, {
    looks: () => looks,
    selected: () => state.selected,
    focusPartners: () => focusPartners,
  });
  const hover = hoverLayer(sigma);

  /** The partners of `actor` through the ties shown. */
  function partnersOf(actor: string): Set<string> {
    const partners = new Set<string>();
    graph.forEachEdge(actor, (edge, _a, source, target) => {
      // a self-loop (kept from a graph tool's file) makes no actor its own partner
      if (looks.visibleEdges.has(edge) && source !== target) partners.add(source === actor ? target : source);
    });
    return partners;
  }

  function updateHover(): void {
    const focus = state.hovered;
    hover.show(
      focus && looks.looks.has(focus)
        ? { focus, partners: partnersOf(focus), colourOf: (id) => looks.looks.get(id)?.colour ?? DIMMED }
        : null,
    );
  }

  function recompute(): void {
    looks = networkLooks(data, graph, state, sizes);
    if (state.selected && !looks.visible.has(state.selected)) state.selected = null;
    focusPartners = state.selected && graph.hasNode(state.selected) ? partnersOf(state.selected) : new Set();
    updateHover();
  }

  function render(): void {
    status.textContent = texts.shownCount({
      actors: looks.visible.size,
      total: data.nodes.length,
      ties: looks.visibleEdges.size,
    });
    const context = { data, state, looks, texts, waveLabel };
    renderLegend(legend, { ...context, pick: (value) => update({ emphasis: value }) });
    renderProfile(profile, { ...context, graph, select: (id) => update({ selected: id }) });
    table.render(state, looks);
    sigma.refresh();
  }

  function update(change: Partial<NetworkViewState>): void {
    const onlyHover = Object.keys(change).every((k) => k === "hovered");
    // A legend entry picked for one colouring means nothing for another.
    if (change.colourBy !== undefined && change.colourBy !== state.colourBy && !("emphasis" in change)) {
      change = { ...change, emphasis: null };
    }
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

  const controls = networkControls(
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
    waveLabel,
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
              {
                ...dashboardFigureOptions(data.name),
                waveLabels: Object.fromEntries(data.waves.map((wave) => [wave, waveLabel(wave)])),
              },
            ),
          texts.exportNetwork,
        ),
      ),
      el("aside", { class: "vz-side" }, legend, profile),
    ),
    table.element,
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
