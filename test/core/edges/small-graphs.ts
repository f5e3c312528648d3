/** fast-check arbitrary of small graphs (actors `a0…`, distinct ties, weights 1–5) for the tie-level tests. */

import type { VernetztGraph } from "@vernetzt/core/model";
import fc from "fast-check";
import { makeGraph } from "../graph/build.js";

export interface SmallTieGraph {
  ids: string[];
  edges: [string, string, number][];
  directed: boolean;
}

/** 1 to `maxActors` actors and up to 3 ties per actor, directed or not. */
export function smallTieGraphs(maxActors = 12, directed: boolean | null = null): fc.Arbitrary<SmallTieGraph> {
  return fc
    .record({
      n: fc.integer({ min: 1, max: maxActors }),
      directed: directed === null ? fc.boolean() : fc.constant(directed),
      pairs: fc.array(
        fc.tuple(fc.nat(maxActors - 1), fc.nat(maxActors - 1), fc.integer({ min: 1, max: 5 })),
        {
          maxLength: 3 * maxActors,
        },
      ),
    })
    .map(({ n, directed, pairs }) => {
      const ids = [...Array(n).keys()].map((i) => `a${i}`);
      const edges = distinctTies(n, directed, pairs).map(([s, t, w]): [string, string, number] => [
        ids[s]!,
        ids[t]!,
        w,
      ]);
      return { ids, edges, directed };
    });
}

/**
 * Raw drawn pairs (indices taken modulo n) as distinct ties without self-ties: the first draw of each pair
 * (of each ordered pair when directed) is kept.
 */
export function distinctTies(
  n: number,
  directed: boolean,
  pairs: readonly (readonly [number, number, number])[],
): [number, number, number][] {
  const seen = new Set<string>();
  const edges: [number, number, number][] = [];
  for (const [s0, t0, w] of pairs) {
    const s = s0 % n;
    const t = t0 % n;
    const key = directed || s < t ? `${s}-${t}` : `${t}-${s}`;
    if (s === t || seen.has(key)) continue;
    seen.add(key);
    edges.push([s, t, w]);
  }
  return edges;
}

export const toGraph = (g: SmallTieGraph): VernetztGraph => makeGraph(g.ids, g.edges, g.directed);
