/**
 * Worked example: two published results on Zachary's karate club, reproduced step by step with @vernetzt/core
 * (walk-through: docs/examples/karate.md).
 *
 * Run: node --conditions=@vernetzt/source --import tsx scripts/examples/karate.ts [--json]
 *
 * Loads data/karate (34 members, 78 ties weighted by the number of contexts in which two members met, and the
 * club each member joined after the split) and computes
 * 1. Zachary's (1977) prediction: the minimum cut between the instructor (member 1) and the club's president
 *    (member 34) on the weighted network, the cut closest to the instructor; which members it puts on the
 *    other side than the club they joined;
 * 2. Girvan & Newman's (2002) first split: ties removed by highest tie betweenness (unweighted, as in their
 *    paper) until the network falls into two parts; which members it puts elsewhere than their club, and
 *    elsewhere than Zachary's prediction;
 * 3. the whole Girvan–Newman hierarchy and its level of highest modularity (vernetzt's own figure).
 */
import { buildGraph, edgeBetweenness, girvanNewman, minimumCut, type VernetztGraph } from "@vernetzt/core";
import { loadDataset } from "@vernetzt/core/node";

/**
 * What the publications say, and where it was read (see docs/examples/karate.md, "Published numbers").
 * Members are numbered 1–34 as in Zachary's paper; 1 is the instructor, 34 the club's president.
 */
export const PUBLISHED = {
  members: 34,
  ties: 78,
  /** Zachary (1977): the flow model predicted the club of every member but one, member 9. */
  zacharyMispredicted: [9],
  /** Girvan & Newman (2002), Fig. 4 caption: the first split agrees with the factions except node 3. */
  girvanNewmanMisclassified: [3],
} as const;

/** Everything the example computes. */
export interface KarateExample {
  members: number;
  ties: number;
  zachary: {
    /** Summed weight of the cut ties (the maximum flow from member 1 to member 34). */
    value: number;
    cutTies: number;
    instructorSide: number[];
    /** Members whose side differs from the club they joined. */
    differsFromClub: number[];
  };
  girvanNewman: {
    /** Ties removed until the network split in two, in removal order, with their betweenness then. */
    removed: { source: number; target: number; betweenness: number }[];
    instructorSide: number[];
    differsFromClub: number[];
    differsFromZachary: number[];
  };
  hierarchy: { levels: number; bestCount: number; bestModularity: number; bestSizes: number[] };
  /** The five ties with the highest betweenness in the whole network. */
  topTies: { source: number; target: number; betweenness: number }[];
}

const member = (id: string) => Number(id);
const byNumber = (a: number, b: number) => a - b;

/** Members on the instructor's side (the side of member 1) of a partition given as a predicate. */
function differences(
  graph: VernetztGraph,
  onInstructorSide: (id: string) => boolean,
  reference: (id: string) => boolean,
) {
  return graph
    .nodes()
    .filter((id) => onInstructorSide(id) !== reference(id))
    .map(member)
    .sort(byNumber);
}

/** Runs the example on `path` (default `data/karate`). */
export async function karateExample(path = "data/karate"): Promise<KarateExample> {
  const { dataset, report } = await loadDataset(path);
  if (!dataset || !report.ok) throw new Error(`${path} does not load: ${JSON.stringify(report.issues)}`);
  const graph = buildGraph(dataset);
  const joinedInstructor = (id: string) => graph.getNodeAttribute(id, "attributes").club === "instructor";

  const cut = minimumCut(graph, "1", "34", { weighted: true });
  const zacharySide = new Set(cut.sourceSide);

  const split = girvanNewman(graph, { maxCommunities: 2 });
  const two = split.levels[1]!;
  const gnSide = (id: string) => two.communities[id] === two.communities["1"];

  const full = girvanNewman(graph);
  const best = full.levels[full.best]!;

  const ties = edgeBetweenness(graph)
    .sort((a, b) => b.betweenness - a.betweenness)
    .slice(0, 5);
  const tie = (t: { source: string; target: string; betweenness: number }) => ({
    source: member(t.source),
    target: member(t.target),
    betweenness: t.betweenness,
  });
  return {
    members: graph.order,
    ties: graph.size,
    zachary: {
      value: cut.value,
      cutTies: cut.ties.length,
      instructorSide: cut.sourceSide.map(member).sort(byNumber),
      differsFromClub: differences(graph, (id) => zacharySide.has(id), joinedInstructor),
    },
    girvanNewman: {
      removed: two.removed.map(tie),
      instructorSide: graph.nodes().filter(gnSide).map(member).sort(byNumber),
      differsFromClub: differences(graph, gnSide, joinedInstructor),
      differsFromZachary: differences(graph, gnSide, (id) => zacharySide.has(id)),
    },
    hierarchy: {
      levels: full.levels.length,
      bestCount: best.count,
      bestModularity: best.modularity!,
      bestSizes: best.sizes,
    },
    topTies: ties.map(tie),
  };
}

const list = (xs: readonly number[]) => (xs.length === 0 ? "none" : xs.join(", "));

/** The comparison table of docs/examples/karate.md. */
export function karateMarkdown(r: KarateExample): string {
  return [
    "| Published result | Published | vernetzt | Agrees |",
    "|---|---|---|:---:|",
    `| Members, ties | ${PUBLISHED.members}, ${PUBLISHED.ties} | ${r.members}, ${r.ties} | ${r.members === PUBLISHED.members && r.ties === PUBLISHED.ties ? "yes" : "no"} |`,
    `| Zachary (1977): members whose club the flow cut from 1 to 34 mispredicts | ${list(PUBLISHED.zacharyMispredicted)} | ${list(r.zachary.differsFromClub)} | ${list(r.zachary.differsFromClub) === list(PUBLISHED.zacharyMispredicted) ? "yes" : "no"} |`,
    `| Girvan & Newman (2002): members the first split puts on the other side | ${list(PUBLISHED.girvanNewmanMisclassified)} (against "the actual factions") | ${list(r.girvanNewman.differsFromZachary)} against Zachary's flow cut; ${list(r.girvanNewman.differsFromClub)} against the clubs joined | ${list(r.girvanNewman.differsFromZachary) === list(PUBLISHED.girvanNewmanMisclassified) ? "yes" : "no"} |`,
  ].join("\n");
}

async function main(): Promise<void> {
  const result = await karateExample();
  if (process.argv.includes("--json")) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const z = result.zachary;
  const g = result.girvanNewman;
  const lines = [
    `Zachary's karate club: ${result.members} members, ${result.ties} ties`,
    "",
    `1. Minimum cut between member 1 (instructor) and member 34 (president), weighted: ${z.value} (${z.cutTies} ties)`,
    `   instructor's side: ${list(z.instructorSide)}`,
    `   differs from the club joined: ${list(z.differsFromClub)}`,
    "",
    `2. Girvan–Newman, first split after ${g.removed.length} removed ties:`,
    ...g.removed.map(
      (t, i) =>
        `   ${String(i + 1).padStart(2)}. ${t.source}–${t.target}  betweenness ${t.betweenness.toFixed(2)}`,
    ),
    `   instructor's side: ${list(g.instructorSide)}`,
    `   differs from the club joined: ${list(g.differsFromClub)}; from Zachary's cut: ${list(g.differsFromZachary)}`,
    "",
    `3. Whole hierarchy: ${result.hierarchy.levels} levels; highest modularity ${result.hierarchy.bestModularity.toFixed(4)} at ${result.hierarchy.bestCount} communities (sizes ${result.hierarchy.bestSizes.join(", ")})`,
    "",
    karateMarkdown(result),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
