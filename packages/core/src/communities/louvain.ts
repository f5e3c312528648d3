/**
 * Louvain communities, seeded: the same graph and seed give the same partition, byte for byte.
 *
 * Runs graphology-communities-louvain (Blondel et al. 2008, with its fast local moves and random traversal
 * order) with the seeded generator of `random/rng.ts`, on tie weights unless `weighted` is false; directed
 * graphs use the directed modularity of Leicht & Newman. Community ids are renumbered 0, 1, 2, … by first
 * appearance in actor (input) order, so they do not depend on the library's internal numbering. Every actor
 * is in exactly one community; an actor without ties is a community of its own.
 *
 * Reference: Blondel, V. D., Guillaume, J.-L., Lambiotte, R. & Lefebvre, E. (2008). Fast unfolding of
 * communities in large networks. J. Stat. Mech. P10008. doi:10.1088/1742-5468/2008/10/P10008.
 * Match: networkx `louvain_communities` and igraph `community_multilevel` use other random streams, so their
 * partitions differ; the modularity reported here is recomputed by {@link modularity}, which equals networkx
 * `modularity` of this partition (tested to 1e-9).
 */
import louvain from "graphology-communities-louvain";
import type { TieArrays } from "../graph/csr.js";
import { GroupsOptionError } from "../groups/errors.js";
import { graphOf, shared } from "../measures/context.js";
import { SEED_OPTION } from "../measures/settings.js";
import type { ActorMeasure, NetworkMeasure } from "../measures/types.js";
import { perNode } from "../model/member-names.js";
import type { VernetztGraph } from "../model/types.js";
import { createRng } from "../random/rng.js";
import { modularity, modularityOfTies, resolveModularityOptions } from "./modularity.js";

/** Options of {@link louvainCommunities}. */
export interface LouvainCommunitiesOptions {
  /** Seed of the random traversal order (an integer). Default 1. */
  seed?: number;
  /** Resolution γ > 0; larger values give more, smaller communities. Default 1. */
  resolution?: number;
  /** Use tie weights (`weight`); `false` counts every tie as 1. Default `true`. */
  weighted?: boolean;
}

export const DEFAULT_LOUVAIN_COMMUNITIES_OPTIONS: Required<LouvainCommunitiesOptions> = {
  seed: 1,
  resolution: 1,
  weighted: true,
};

/** A partition of the actors into communities. */
export interface Communities {
  /**
   * Actor id → community id (0, 1, …, numbered by first appearance in input order), for every actor. Keys are
   * inserted in input order, but JavaScript lists integer-like ids ("12") first, numerically; iterate `graph.nodes()` for input order.
   */
  communities: Record<string, number>;
  /** Number of communities. */
  count: number;
  /** Number of actors per community id. */
  sizes: number[];
  /** Modularity of the partition (at `resolution`); `null` when the graph has no ties. */
  modularity: number | null;
  seed: number;
  resolution: number;
  weighted: boolean;
}

/**
 * Renumbers community ids 0, 1, 2, … by first appearance in graph order.
 *
 * @example
 * ```ts
 * import { renumberCommunities } from "@vernetzt/core/communities";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c\nc a\nd e\ne f\nf d\nc d" });
 * const graph = buildGraph(dataset!);
 * // the library's raw ids become 0, 1, … in actor order
 * const { communities, sizes } = renumberCommunities(graph, { a: 7, b: 7, c: 7, d: "x", e: "x", f: 2 });
 * communities //=> { a: 0, b: 0, c: 0, d: 1, e: 1, f: 2 }
 * sizes //=> [3, 2, 1]
 * ```
 */
export function renumberCommunities(
  graph: VernetztGraph,
  raw: Readonly<Record<string, number | string>>,
): { communities: Record<string, number>; sizes: number[] } {
  const actors = graph.nodes();
  const { codes, sizes } = byFirstAppearance(actors.map((actor) => raw[actor]!));
  // fromEntries defines own properties: an actor called `__proto__` gets its community like any other
  return { communities: Object.fromEntries(actors.map((actor, i) => [actor, codes[i]!])), sizes };
}

/** Keys renumbered 0, 1, 2, … by first appearance, and how often each number occurs. */
function byFirstAppearance(keys: ArrayLike<number | string>): { codes: Int32Array; sizes: number[] } {
  const ids = new Map<number | string, number>();
  const codes = new Int32Array(keys.length);
  const sizes: number[] = [];
  for (let i = 0; i < keys.length; i++) {
    let id = ids.get(keys[i]!);
    if (id === undefined) {
      id = ids.size;
      ids.set(keys[i]!, id);
      sizes.push(0);
    }
    codes[i] = id;
    sizes[id]! += 1;
  }
  return { codes, sizes };
}

/** The resolved options and the library's Louvain on them with a fresh seeded generator. */
function seededLouvain(options: LouvainCommunitiesOptions) {
  const seed = options.seed ?? DEFAULT_LOUVAIN_COMMUNITIES_OPTIONS.seed;
  if (!Number.isInteger(seed)) throw new GroupsOptionError("seed", seed, "a whole number");
  const { resolution, weighted } = resolveModularityOptions(options);
  const run = (graph: VernetztGraph) =>
    louvain(graph, { getEdgeWeight: weighted ? "weight" : null, resolution, rng: createRng(seed) });
  return { run, seed, resolution, weighted };
}

/**
 * Finds communities with the seeded Louvain method.
 *
 * @example
 * ```ts
 * import { louvainCommunities } from "@vernetzt/core/communities";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c\nc a\nd e\ne f\nf d\nc d" });
 * const graph = buildGraph(dataset!);
 * // two triangles joined by the tie c – d
 * const found = louvainCommunities(graph, { seed: 1 });
 * found.communities //=> { a: 0, b: 0, c: 0, d: 1, e: 1, f: 1 }
 * found.count //=> 2
 * found.modularity //=> 0.3571
 * ```
 */
export function louvainCommunities(
  graph: VernetztGraph,
  options: LouvainCommunitiesOptions = {},
): Communities {
  const { run, seed, resolution, weighted } = seededLouvain(options);
  const raw = perNode(graph, run);
  const { communities, sizes } = renumberCommunities(graph, Object.fromEntries(raw));
  return {
    communities,
    count: sizes.length,
    sizes,
    modularity: modularity(graph, communities, { resolution, weighted }),
    seed,
    resolution,
    weighted,
  };
}

/**
 * The same seeded Louvain partition for a graph given as arrays — actors `0 … n−1` in graph order, the ties in
 * the graph's tie order (`graph/column-graph.ts`) — without a graphology graph: graphology-communities-louvain
 * reads a graph only through the few calls `TiesAsGraph` answers (node and tie order, degrees, weights), so it
 * runs the same steps on the same numbers and gives the same partition as `louvainCommunities` on the graph
 * (tested). `communities` is keyed by actor index.
 *
 * @example
 * ```ts
 * import { louvainOfTies } from "@vernetzt/core/communities";
 *
 * // two triangles 0-1-2 and 3-4-5 joined by the tie 2 – 3
 * const source = Int32Array.of(0, 1, 2, 3, 4, 5, 2);
 * const target = Int32Array.of(1, 2, 0, 4, 5, 3, 3);
 * const found = louvainOfTies(6, { source, target, weight: new Float64Array(7).fill(1) }, false, { seed: 1 });
 * found.communities //=> { 0: 0, 1: 0, 2: 0, 3: 1, 4: 1, 5: 1 }
 * found.modularity //=> 0.3571
 * ```
 */
export function louvainOfTies(
  n: number,
  ties: TieArrays,
  directed: boolean,
  options: LouvainCommunitiesOptions = {},
): Communities {
  const { run, seed, resolution, weighted } = seededLouvain(options);
  const raw = run(new TiesAsGraph(n, ties, directed) as unknown as VernetztGraph);
  const { codes: communityOf, sizes } = byFirstAppearance(Array.from({ length: n }, (_, i) => raw[i]!));
  return {
    communities: Object.fromEntries(Array.from(communityOf, (c, i) => [String(i), c])),
    count: sizes.length,
    sizes,
    modularity: modularityOfTies(communityOf, ties, directed, { resolution, weighted }),
    seed,
    resolution,
    weighted,
  };
}

/**
 * What graphology-communities-louvain (2.0) reads of a graph, answered from tie arrays: node keys `"0" … "n−1"`
 * in order, the ties in order with their `weight`, degrees without self-loops (there are none). Not a graph:
 * only for `louvainOfTies`.
 */
class TiesAsGraph {
  readonly multi = false;
  readonly selfLoopCount = 0;
  readonly type: "directed" | "undirected";
  private readonly outCount: Int32Array;
  private readonly inCount: Int32Array;
  constructor(
    readonly order: number,
    private readonly ties: TieArrays,
    directed: boolean,
  ) {
    this.type = directed ? "directed" : "undirected";
    this.outCount = new Int32Array(order);
    this.inCount = directed ? new Int32Array(order) : this.outCount;
    for (let e = 0; e < ties.source.length; e++) {
      this.outCount[ties.source[e]!]!++;
      this.inCount[ties.target[e]!]!++;
    }
  }
  get size(): number {
    return this.ties.source.length;
  }
  forEachNode(callback: (node: string) => void): void {
    for (let i = 0; i < this.order; i++) callback(String(i));
  }
  forEachEdge(
    callback: (edge: string, attributes: { weight: number }, source: string, target: string) => void,
  ): void {
    const { source, target, weight } = this.ties;
    const attributes = { weight: 0 };
    for (let e = 0; e < source.length; e++) {
      attributes.weight = weight[e]!;
      callback("", attributes, String(source[e]), String(target[e]));
    }
  }
  undirectedDegreeWithoutSelfLoops(node: string): number {
    return this.outCount[Number(node)]!;
  }
  outDegreeWithoutSelfLoops(node: string): number {
    return this.outCount[Number(node)]!;
  }
  inDegreeWithoutSelfLoops(node: string): number {
    return this.inCount[Number(node)]!;
  }
  /** Present for the library's graph check only: this view is read-only. */
  addUndirectedEdgeWithKey(): never {
    throw new Error("vernetzt/communities/louvain: a read-only view of ties");
  }
  dropNode(): never {
    throw new Error("vernetzt/communities/louvain: a read-only view of ties");
  }
}

/** The seeded Louvain partition of a measure run (needs `"communities"`), shared by every community figure. */
export const LOUVAIN_PARTITION = shared("louvain partition", (context) =>
  louvainCommunities(graphOf(context, "communities"), { seed: context.settings.seed }),
);

const LOUVAIN_REFERENCE = {
  citation: "Blondel et al. 2008, doi:10.1088/1742-5468/2008/10/P10008",
  networkx: "community.louvain_communities(G, seed=…)",
  igraph: "community_multilevel()",
  sna: null,
  note: "graphology-communities-louvain with a seeded generator: the same seed gives the same partition; weights used",
} as const;

export const communityMeasure = {
  id: "community",
  scope: "actor",
  label: { de: "Gruppe im Netzwerk (Community)", en: "Community (Louvain)" },
  explanation: {
    de: "Die Nummer der Gruppe von Akteuren, die untereinander mehr Beziehungen haben als nach außen (Louvain-Verfahren).",
    en: "The number of the group of actors with more ties among themselves than outside (Louvain method).",
  },
  unit: null,
  range: "0, 1, 2, …",
  reference: {
    ...LOUVAIN_REFERENCE,
    formula:
      "the community of v in the partition of highest modularity Louvain finds; numbered by first actor",
  },
  options: [SEED_OPTION],
  schema: { type: "integer", minimum: 0 },
  needs: "communities",
  countsSelfLoops: true,
  compute: (context) => {
    const { communities } = context.use(LOUVAIN_PARTITION);
    return context.view.ids.map((id) => communities[id]!);
  },
} as const satisfies ActorMeasure;

export const modularityMeasure = {
  id: "modularity",
  scope: "network",
  label: { de: "Gruppenbildung (Modularität)", en: "Group structure (modularity)" },
  explanation: {
    de: "Wie deutlich das Netzwerk in Gruppen zerfällt, die untereinander wenig verbunden sind (ab etwa 0,3 deutlich).",
    en: "How clearly the network splits into groups with few ties between them (clearly from about 0.3).",
  },
  unit: null,
  range: "−0.5 … 1",
  reference: {
    ...LOUVAIN_REFERENCE,
    formula: "Q = Σ_c (L_c / m − γ (d_c / 2m)²) of the Louvain communities",
    citation: "Newman & Girvan 2004, doi:10.1103/PhysRevE.69.026113; Blondel et al. 2008",
    networkx: "community.modularity(G, communities)",
    igraph: "modularity(membership)",
  },
  options: [SEED_OPTION],
  schema: { $ref: "#/$defs/numberOrNull" },
  needs: "communities",
  countsSelfLoops: true,
  compute: (context) => context.use(LOUVAIN_PARTITION).modularity,
} as const satisfies NetworkMeasure;

export const communitiesMeasure = {
  id: "communities",
  scope: "network",
  label: { de: "Zahl der Gruppen (Communities)", en: "Communities (Louvain)" },
  explanation: {
    de: "Wie viele Gruppen das Louvain-Verfahren findet (einzelne Akteure ohne Beziehung sind je eine Gruppe).",
    en: "How many groups the Louvain method finds (an actor without ties is a group of its own).",
  },
  unit: { de: "Gruppen", en: "communities" },
  range: "0 … n",
  reference: { ...LOUVAIN_REFERENCE, formula: "number of Louvain communities" },
  options: [SEED_OPTION],
  schema: { type: "integer", minimum: 0 },
  needs: "communities",
  countsSelfLoops: true,
  compute: (context) => context.use(LOUVAIN_PARTITION).count,
} as const satisfies NetworkMeasure;
