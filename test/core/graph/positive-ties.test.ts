/**
 * A tie of weight 0 (Gephi's zeroweight.gexf, networkx's lanl_routes.edgelist) is a tie without intensity: it
 * counts wherever ties are counted, adds 0 where weights are summed, and carries no weighted shortest path.
 */

import {
  betweenness,
  betweennessDirected,
  closeness,
  closenessDirected,
  edgeBetweenness,
  measureNetwork,
} from "@vernetzt/core/centrality";
import { toCsr, withoutZeroWeights } from "@vernetzt/core/graph";
import { constraint, effectiveSize } from "@vernetzt/core/structure";
import { describe, expect, it } from "vitest";
import { makeGraph } from "./build.js";

// a – b – c – d with the tie c – d of weight 0
const path = () =>
  makeGraph(
    ["a", "b", "c", "d"],
    [
      ["a", "b", 2],
      ["b", "c", 1],
      ["c", "d", 0],
    ],
  );

describe("ties of weight 0", () => {
  it("count for degree and unweighted paths, add 0 to strength", () => {
    const rows = measureNetwork(path(), { weighted: true }).actors;
    expect(rows.map((row) => [row.id, row.degree, row.strength])).toEqual([
      ["a", 1, 2],
      ["b", 2, 3],
      ["c", 2, 1],
      ["d", 1, 0],
    ]);
    expect(betweenness(path())).toEqual({ a: 0, b: 2, c: 2, d: 0 });
  });
  it("carry no weighted shortest path: d is unreachable, c no longer between", () => {
    expect(betweenness(path(), { weighted: true })).toEqual({ a: 0, b: 1, c: 0, d: 0 });
    expect(closeness(path(), { weighted: true }).d).toBe(0);
    // a, b, c: a component of three with lengths 1/2 and 1; the factor (r − 1)/(n − 1) = 2/3
    expect(closeness(path(), { weighted: true }).b).toBeCloseTo((2 / 3) * (2 / 1.5), 12);
    const tie = edgeBetweenness(path(), { weighted: true }).find((t) => t.target === "d");
    expect(tie?.betweenness).toBe(0);
  });
  it("do the same along arcs for the directed path measures", () => {
    const arcs = makeGraph(
      ["a", "b", "c"],
      [
        ["a", "b", 0],
        ["b", "c", 1],
      ],
      true,
    );
    expect(betweennessDirected(arcs)).toEqual({ a: 0, b: 1, c: 0 });
    expect(betweennessDirected(arcs, { weighted: true })).toEqual({ a: 0, b: 0, c: 0 });
    expect(closenessDirected(arcs, { weighted: true }).b).toBe(0);
  });
  it("give Burt's measures a partner without investment, as networkx's normalised mutual weight does", () => {
    expect(constraint(path(), { weighted: true }).d).toBe(0);
    expect(effectiveSize(path(), { weighted: true }).d).toBe(1);
    expect(constraint(path(), { weighted: true }).c).toBe(1);
  });
  it("withoutZeroWeights leaves a graph without such ties as it is", () => {
    const csr = toCsr(makeGraph(["a", "b"], [["a", "b", 3]]));
    expect(withoutZeroWeights(csr)).toBe(csr);
    expect(withoutZeroWeights(toCsr(path())).undirected.targets).toEqual(Int32Array.of(1, 0, 2, 1));
  });
});
