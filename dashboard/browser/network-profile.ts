/**
 * Step 4b of the network view: the profile of the selected actor beside the drawing. Every figure says which
 * wave it is from: the measures are those of the wave shown (the chosen one, else the latest), and the
 * partners are split into those of that wave and those only of earlier waves when all waves are shown — a
 * profile never says "0 partners" above a list of 47.
 */
import type Graph from "graphology";
import type { DashboardMessages } from "../../packages/core/src/i18n/en/dashboard.js";
import { append, el } from "./dom.js";
import { compareDe, formatNumber } from "./format.js";
import type { NetworkData, NetworkNode } from "./network-data.js";
import type { EdgeAttributes } from "./network-graph.js";
import { categoryText } from "./network-legend.js";
import { measureOf, type NetworkLooks, type NetworkViewState, shownWave } from "./network-looks.js";
import type { WaveLabel } from "./wave-label.js";

export interface ProfileContext {
  data: NetworkData;
  graph: Graph;
  state: Readonly<NetworkViewState>;
  looks: NetworkLooks;
  texts: DashboardMessages;
  waveLabel: WaveLabel;
  select: (id: string | null) => void;
}

/** What an actor is, in words (kind, district, sector, topics, offers, needs), for every profile. */
export function actorFacts(node: NetworkNode, texts: DashboardMessages): Array<[string, string | undefined]> {
  return [
    [texts.attributes.kind, node.kind ? categoryText(node.kind, texts) : undefined],
    [texts.attributes.district, node.district],
    [texts.attributes.sector, node.sector],
    [texts.topics, node.topics.join(", ")],
    [texts.offers, node.offers.join(", ")],
    [texts.needs, node.needs.join(", ")],
  ];
}

/** The partners of `id` through the ties shown, split by the wave shown (names in German order). */
export function partnersByWave(
  id: string,
  c: Pick<ProfileContext, "data" | "graph" | "state" | "looks">,
): { inWave: string[]; earlier: string[] } {
  const wave = shownWave(c.data, c.state);
  const name = new Map(c.data.nodes.map((n) => [n.id, n.name]));
  const inWave = new Set<string>();
  const any = new Set<string>();
  c.graph.forEachEdge(id, (edge, attributes, source, target) => {
    if (!c.looks.visibleEdges.has(edge) || source === target) return; // a self-loop (graph files) is no partner
    const partner = source === id ? target : source;
    any.add(partner);
    if ((attributes as EdgeAttributes).waves.includes(wave)) inWave.add(partner);
  });
  const sorted = (ids: Iterable<string>) => [...ids].sort((a, b) => compareDe(name.get(a)!, name.get(b)!));
  return { inWave: sorted(inWave), earlier: sorted([...any].filter((p) => !inWave.has(p))) };
}

export function renderProfile(profile: HTMLElement, c: ProfileContext): void {
  const { data, state, texts } = c;
  const node = state.selected ? data.nodes.find((n) => n.id === state.selected) : undefined;
  if (!node) {
    profile.replaceChildren(el("p", { class: "vz-hint", id: "vz-profile-title" }, texts.profileHint));
    return;
  }
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const button = (id: string) =>
    el(
      "li",
      {},
      el("button", { type: "button", class: "vz-link", onclick: () => c.select(id) }, byId.get(id)!.name),
    );
  const list = (ids: string[]) =>
    ids.length > 0
      ? el("ul", { class: "vz-neighbours" }, ...ids.map(button))
      : el("p", {}, texts.noNeighbours);
  const facts = el("dl");
  for (const [term, value] of actorFacts(node, texts)) {
    if (value) facts.append(el("dt", {}, term), el("dd", {}, value));
  }
  const wave = c.waveLabel(shownWave(data, state));
  const measures = el("dl");
  for (const m of data.measures)
    measures.append(el("dt", {}, m.label), el("dd", {}, formatNumber(measureOf(data, state, node, m.key))));
  const { inWave, earlier } = partnersByWave(node.id, c);
  const severalWaves = data.waves.length > 1;
  const partners = !severalWaves
    ? [list(inWave)]
    : [
        el("h5", {}, texts.partnersIn({ wave, count: inWave.length })),
        list(inWave),
        ...(state.wave === ""
          ? [
              el("h5", {}, texts.partnersEarlier({ count: earlier.length })),
              earlier.length > 0 ? list(earlier) : null,
              el(
                "p",
                { class: "vz-hint" },
                texts.partnersAllWaves({ count: inWave.length + earlier.length }),
              ),
            ]
          : []),
      ];
  profile.replaceChildren();
  append(profile, [
    el("h3", { id: "vz-profile-title" }, node.name),
    facts,
    data.measures.length > 0 ? el("h4", {}, texts.valuesIn({ wave })) : null,
    data.measures.length > 0 ? measures : null,
    el("h4", {}, texts.neighbours),
    ...partners,
    el("p", {}, el("a", { href: `./akteure?akteur=${encodeURIComponent(node.id)}` }, texts.profileLink)),
    el(
      "p",
      {},
      el("a", { href: `./empfehlungen?akteur=${encodeURIComponent(node.id)}` }, texts.recommendationsLink),
    ),
    el("button", { type: "button", onclick: () => c.select(null) }, texts.close),
  ]);
}
