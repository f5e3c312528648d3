/**
 * data/florentine against the published form of Padgett's marriage network: the data set that accompanies
 * Latora, Nicosia & Russo (2017), *Complex Networks: Principles, Methods and Applications*, Cambridge
 * University Press, chapter 2, figure 2.1 (its README: "Nodes: 16, Edges: 20, Directed: no, Weighted: no";
 * read in the course copy github.com/gerdm/QMUL, MTH750P-graphs-and-networks/data/florentine/, commit
 * b0c9747ab27adb05f9b4e81edc7e10438f15679d: README.txt, florentine.net, florentine_node_map.txt). The 20
 * edges and the node map below are transcribed from those files; see docs/examples/florentine.md,
 * "Published numbers", for what else was looked for and why no centrality table is quoted.
 */
import { analyze, buildGraph } from "@vernetzt/core";
import { loadDataset } from "@vernetzt/core/node";
import { describe, expect, it } from "vitest";

/** florentine_node_map.txt: node number → family. */
const NODE_MAP = [
  "Acciaiuoli",
  "Albizzi",
  "Barbadori",
  "Bischeri",
  "Castellani",
  "Ginori",
  "Guadagni",
  "Lamberteschi",
  "Medici",
  "Pazzi",
  "Peruzzi",
  "Pucci",
  "Ridolfi",
  "Salviati",
  "Strozzi",
  "Tornabuoni",
];

/** florentine.net: "src_node dest_node", undirected. */
const PUBLISHED_EDGES = `0 8
1 5
1 6
1 8
2 4
2 8
3 6
3 10
3 14
4 10
4 14
6 7
6 15
8 12
8 13
8 15
9 13
10 14
12 14
12 15`;

/** The README's counts. */
const PUBLISHED = { nodes: 16, edges: 20 };

const pairKey = (a: string, b: string) => [a, b].sort().join(" – ");
const publishedPairs = PUBLISHED_EDGES.split("\n").map((line) => {
  const [a, b] = line.split(" ").map((n) => NODE_MAP[Number(n)]!);
  return pairKey(a!, b!);
});

const { dataset } = await loadDataset("data/florentine");
const graph = buildGraph(dataset!);
const network = analyze(graph, { permutations: 0 }).network;

describe("data/florentine is the published marriage network", () => {
  it("has the published 16 families and 20 marriages (vernetzt analyze: network.actors, network.ties)", () => {
    expect(PUBLISHED_EDGES.split("\n")).toHaveLength(PUBLISHED.edges);
    expect(network.actors).toBe(PUBLISHED.nodes);
    expect(network.ties).toBe(PUBLISHED.edges);
  });

  it("has the same 20 marriages, pair by pair", () => {
    const ours = graph.mapEdges((_edge, _attributes, source, target) => pairKey(source, target));
    expect(ours.sort()).toEqual([...publishedPairs].sort());
  });

  it("has the same families, and Pucci (node 11, in no published edge) is the one isolate", () => {
    expect(graph.nodes().sort()).toEqual([...NODE_MAP].sort());
    expect(PUBLISHED_EDGES).not.toMatch(/\b11\b/);
    expect(graph.nodes().filter((family) => graph.degree(family) === 0)).toEqual(["Pucci"]);
    expect(network.components).toBe(2);
  });

  it("has density 20 / (16 · 15 / 2) = 0.1667, which follows from the two published counts", () => {
    expect(network.density).toBeCloseTo(
      PUBLISHED.edges / ((PUBLISHED.nodes * (PUBLISHED.nodes - 1)) / 2),
      12,
    );
  });
});
