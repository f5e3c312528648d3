/** Structure measures on hand-made graphs with values known in closed form. Tolerance 1e-12. */

import {
  articulationPoints,
  bridges,
  clustering,
  connectedComponents,
  constraint,
  coreNumber,
  degreeCentralization,
  density,
  directedDensity,
  effectiveSize,
  isArticulationPoint,
  networkMetrics,
  reciprocity,
  transitivity,
} from "@vernetzt/core/structure";
import { describe, expect, it } from "vitest";
import { makeGraph } from "../graph/build.js";

const star = makeGraph(
  ["c", "l1", "l2", "l3", "l4"],
  [
    ["c", "l1"],
    ["c", "l2"],
    ["c", "l3"],
    ["c", "l4"],
  ],
);
const triangle = makeGraph(
  ["a", "b", "c"],
  [
    ["a", "b"],
    ["b", "c"],
    ["a", "c"],
  ],
);

describe("Burt's measures", () => {
  it("constraint(star): the centre 4 · (1/4)² = 0.25, a leaf 1", () => {
    expect(constraint(star)).toEqual({ c: 0.25, l1: 1, l2: 1, l3: 1, l4: 1 });
  });

  it("constraint(triangle) = 2 · (1/2 + 1/4)² and effective size 2 − 2·1/2", () => {
    const c = constraint(triangle);
    for (const id of ["a", "b", "c"]) expect(c[id]).toBeCloseTo(1.125, 12);
    expect(effectiveSize(triangle)).toEqual({ a: 1, b: 1, c: 1 });
  });

  it("effectiveSize(star) is 4 for the centre; both measures are null for an isolate", () => {
    const g = makeGraph(
      ["c", "l1", "l2", "l3", "l4", "z"],
      [
        ["c", "l1"],
        ["c", "l2"],
        ["c", "l3"],
        ["c", "l4"],
      ],
    );
    expect(effectiveSize(g)).toEqual({ c: 4, l1: 1, l2: 1, l3: 1, l4: 1, z: null });
    expect(constraint(g).z).toBeNull();
  });

  it("constraint({weighted: true}) weighs a strong tie more", () => {
    const g = makeGraph(
      ["c", "a", "b"],
      [
        ["c", "a", 3],
        ["c", "b", 1],
      ],
    );
    // p_ca = 3/4, p_cb = 1/4, no indirect paths.
    expect(constraint(g, { weighted: true }).c).toBeCloseTo(0.75 ** 2 + 0.25 ** 2, 12);
    expect(constraint(g).c).toBeCloseTo(0.5, 12);
  });
});

describe("cohesion", () => {
  it("clustering and transitivity are 1 in a triangle and 0 in a star", () => {
    expect(clustering(triangle)).toEqual({ a: 1, b: 1, c: 1 });
    expect(transitivity(triangle)).toBe(1);
    expect(clustering(star)).toEqual({ c: 0, l1: 0, l2: 0, l3: 0, l4: 0 });
    expect(transitivity(star)).toBe(0);
  });

  it("clustering of a triangle with a pendant: 1/3 at the hub; transitivity 3·1/5", () => {
    const g = makeGraph(
      ["a", "b", "c", "d"],
      [
        ["a", "b"],
        ["b", "c"],
        ["a", "c"],
        ["c", "d"],
      ],
    );
    const c = clustering(g);
    expect(c.c).toBeCloseTo(1 / 3, 12);
    expect(c.d).toBe(0);
    expect(transitivity(g)).toBeCloseTo(3 / 5, 12);
  });

  it("coreNumber: a triangle with a pendant is a 2-core plus a 1-shell", () => {
    const g = makeGraph(
      ["a", "b", "c", "d", "z"],
      [
        ["a", "b"],
        ["b", "c"],
        ["a", "c"],
        ["c", "d"],
      ],
    );
    expect(coreNumber(g)).toEqual({ a: 2, b: 2, c: 2, d: 1, z: 0 });
  });
});

describe("cut points and components", () => {
  it("a star's centre is its only articulation point and every tie is a bridge", () => {
    expect(articulationPoints(star)).toEqual(["c"]);
    expect(isArticulationPoint(star)).toEqual({ c: true, l1: false, l2: false, l3: false, l4: false });
    expect(bridges(star)).toEqual([
      ["c", "l1"],
      ["c", "l2"],
      ["c", "l3"],
      ["c", "l4"],
    ]);
  });

  it("two triangles joined by one tie: two articulation points and one bridge", () => {
    const g = makeGraph(
      ["a", "b", "c", "d", "e", "f"],
      [
        ["a", "b"],
        ["b", "c"],
        ["a", "c"],
        ["c", "d"],
        ["d", "e"],
        ["e", "f"],
        ["d", "f"],
      ],
    );
    expect(articulationPoints(g)).toEqual(["c", "d"]);
    expect(bridges(g)).toEqual([["c", "d"]]);
    expect(articulationPoints(triangle)).toEqual([]);
  });

  it("connectedComponents lists components by their first actor, members in actor order", () => {
    const g = makeGraph(
      ["z", "a", "y", "b"],
      [
        ["a", "b"],
        ["z", "y"],
      ],
      true,
    );
    expect(connectedComponents(g)).toEqual([
      ["z", "y"],
      ["a", "b"],
    ]);
  });
});

describe("network figures", () => {
  it("density, centralization of a star: 4/10 and 1", () => {
    expect(density(star)).toBeCloseTo(0.4, 12);
    expect(degreeCentralization(star)).toBe(1);
    expect(degreeCentralization(triangle)).toBe(0);
    expect(directedDensity(star)).toBeNull();
    expect(reciprocity(star)).toBeNull();
  });

  it("directed data: reciprocity 2/3, directed density 1/2, density of the union 2/3", () => {
    const g = makeGraph(
      ["a", "b", "c"],
      [
        ["a", "b"],
        ["b", "a"],
        ["a", "c"],
      ],
      true,
    );
    expect(reciprocity(g)).toBeCloseTo(2 / 3, 12);
    expect(directedDensity(g)).toBe(0.5);
    expect(density(g)).toBeCloseTo(2 / 3, 12);
  });

  it("networkMetrics of a graph with an isolate measures paths in the largest component", () => {
    const g = makeGraph(
      ["a", "b", "c", "z"],
      [
        ["a", "b"],
        ["b", "c"],
      ],
    );
    expect(networkMetrics(g)).toMatchObject({
      actors: 4,
      ties: 2,
      directed: false,
      components: 2,
      largestComponentSize: 3,
      diameter: 2,
      articulationPoints: ["b"],
      bridges: [
        ["a", "b"],
        ["b", "c"],
      ],
      pathsSampled: false,
      directedDensity: null,
      reciprocity: null,
    });
    expect(networkMetrics(g).averagePathLength).toBeCloseTo(4 / 3, 12);
  });

  it("networkMetrics of an empty graph is all zeros", () => {
    expect(networkMetrics(makeGraph([], []))).toMatchObject({
      actors: 0,
      ties: 0,
      density: 0,
      components: 0,
      largestComponentSize: 0,
      transitivity: 0,
      averagePathLength: 0,
      diameter: 0,
      degreeCentralization: 0,
    });
  });
});
