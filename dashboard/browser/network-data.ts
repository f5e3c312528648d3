/**
 * The JSON contract between the data loader `src/data/network.json.ts` (build time, Node) and the network
 * view (browser). Everything here is computed by @vernetzt/core at build time; the browser only draws it.
 */

/** One actor as drawn: its attributes, its seeded layout position and its centralities. */
export interface NetworkNode {
  id: string;
  name: string;
  kind?: string;
  sector?: string;
  /** District display name (from the districts table when the dataset has one). */
  district?: string;
  topics: string[];
  offers: string[];
  needs: string[];
  /** Community label per wave, from core's seeded Louvain (`louvainCommunities`). */
  community: Record<string, string>;
  x: number;
  y: number;
  /** Per wave, the measures by key (see {@link NetworkData.measures}), from core's `actorMetrics`. */
  centrality: Record<string, Record<string, number>>;
}

/** One tie of the union of all waves; `waves` lists the waves it was observed in. */
export interface NetworkEdge {
  source: string;
  target: string;
  weight: number;
  waves: string[];
}

/** A measure the nodes can be sized by (from core's measure registry). */
export interface NetworkMeasure {
  key: string;
  /** German label shown in the size selector, the table and the actor profile. */
  label: string;
  /** What a value says, in one plain German sentence (a tooltip). */
  explanation: string;
}

/** What `network.json` holds. */
export interface NetworkData {
  name: string;
  directed: boolean;
  /** Waves in chronological order; views of "all waves" show the measures of the last one. */
  waves: string[];
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  measures: NetworkMeasure[];
  /** Attributes the nodes can be coloured by that at least one actor has. */
  colourings: Array<"district" | "sector" | "community" | "kind">;
  /**
   * Layout parameters, so the picture can be reproduced; `groupBy: "district"` when the districts were placed
   * first (big networks, core's layout option `groupBy`).
   */
  layout: { seed: number; iterations: number; groupBy?: "district" };
  /**
   * How the path measures (betweenness, closeness) were computed: `null` exactly, else estimated from
   * `samples` seeded source actors (core's `samples` option; big networks). `betweennessError` is the
   * Hoeffding bound ε (core's `betweennessSampleError`, 95 %): every normalised betweenness is within ±ε of
   * its exact value with probability ≥ 95 %.
   */
  sampling: { samples: number; seed: number; betweennessError: number } | null;
  /** Notes about what is not available and why (German), shown on the page. */
  notes: string[];
}
