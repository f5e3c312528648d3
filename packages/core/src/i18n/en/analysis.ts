/** English texts of the analysis summary (`vernetzt analyze` without `--json`). */

export interface AnalysisMessages {
  heading: (p: { wave: string; actors: string; ties: string; directed: boolean }) => string;
  network: Record<
    | "density"
    | "components"
    | "largestComponent"
    | "transitivity"
    | "averagePathLength"
    | "diameter"
    | "modularity"
    | "communities"
    | "centralization"
    | "reciprocity"
    | "articulationPoints"
    | "bridges",
    string
  >;
  sampled: string;
  topBrokers: string;
  group: (p: { attribute: string; categories: string }) => string;
  eiIndex: (p: { value: string; p: string }) => string;
  /** The E-I index of each category, already formatted: `Mitte −0.52; Nord < 5`. */
  eiByCategory: (p: { list: string }) => string;
  /** Why some categories show `< k` instead of figures. */
  suppressedNote: (p: { k: number }) => string;
  assortativity: (p: { value: string }) => string;
  communityAgreement: (p: { nmi: string }) => string;
  uncategorised: (p: { count: string }) => string;
  jsonHint: string;
  eigenvectorWarning: (p: { iterations: number; tolerance: number }) => string;
  /** A graph with ties from an actor to itself: which measures counted them (`MetricWarning` "self-loops-ignored"). */
  selfLoopsWarning: (p: { loops: number; actors: string[]; counted: string[]; measures: string[] }) => string;
}

export const analysisMessagesEn: AnalysisMessages = {
  heading: (p) => {
    const actors = p.actors === "1" ? "actor" : "actors";
    const ties = p.ties === "1" ? "tie" : "ties";
    return `Wave ${p.wave}: ${p.actors} ${actors}, ${p.ties} ${p.directed ? `directed ${ties}` : ties}`;
  },
  network: {
    density: "Density",
    components: "Components",
    largestComponent: "Actors in the largest component",
    transitivity: "Transitivity",
    averagePathLength: "Average path length (largest component)",
    diameter: "Diameter (largest component)",
    modularity: "Modularity (Louvain)",
    communities: "Communities",
    centralization: "Degree centralization",
    reciprocity: "Reciprocity",
    articulationPoints: "Articulation points (actors whose loss splits the network)",
    bridges: "Bridges (ties whose loss splits the network)",
  },
  sampled: "Path measures are estimates from sampled sources.",
  topBrokers: "Highest betweenness (who connects others):",
  group: (p) => `By ${p.attribute} (${p.categories} categories):`,
  eiIndex: (p) => `  E-I index ${p.value} (−1 all ties inside, +1 all ties across; permutation p = ${p.p})`,
  eiByCategory: (p) => `  E-I index by category: ${p.list}`,
  suppressedNote: (p) =>
    `  < ${p.k}: fewer than ${p.k} actors, persons among them: figures not shown to protect them (--min-group-size 1 shows them)`,
  assortativity: (p) => `  Assortativity ${p.value}`,
  communityAgreement: (p) => `  Communities follow it: NMI ${p.nmi} (0 not at all, 1 exactly)`,
  uncategorised: (p) => `  ${p.count} actors have no value and are left out`,
  jsonHint: "Every value for every actor: vernetzt analyze <path> --json",
  eigenvectorWarning: (p) =>
    `Eigenvector centrality did not converge within ${p.iterations} iterations (tolerance ${p.tolerance}); ` +
    "the values shown are an approximation.",
  selfLoopsWarning: (p) =>
    `${p.loops === 1 ? "1 tie goes" : `${p.loops} ties go`} from an actor to itself (${p.actors.join(", ")}` +
    `${p.actors.length < p.loops ? ", …" : ""}). Counted as networkx counts them by ` +
    `${p.counted.length > 0 ? p.counted.join(", ") : "none of the measures shown"}; left out by every other ` +
    "measure (docs/metrics.md, Self-loops).",
};
