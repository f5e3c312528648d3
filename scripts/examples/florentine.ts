/**
 * Worked example: the Medici's brokerage position in Padgett & Ansell's Florentine marriage network, reproduced
 * step by step with @vernetzt/core (walk-through: docs/examples/florentine.md).
 *
 * Run: node --conditions=@vernetzt/source --import tsx scripts/examples/florentine.ts [--json]
 *
 * Loads data/florentine (16 families, 20 marriage ties), builds the graph, and computes per family: degree,
 * raw and normalised betweenness, closeness, Burt's constraint and effective size — once for all 16 families and
 * once for the 15 families without the isolated Pucci (the graph networkx ships as `florentine_families_graph`,
 * on which the commonly quoted normalised betweenness 0.522 of the Medici is computed). Prints a table with the
 * reference values quoted in `QUOTED` beside vernetzt's.
 */
import {
  betweenness,
  betweennessNormalized,
  buildGraph,
  closeness,
  constraint,
  degree,
  effectiveSize,
  type VernetztGraph,
} from "@vernetzt/core";
import { loadDataset } from "@vernetzt/core/node";

/**
 * Reference values and where each comes from. All are on the 15-family graph (Pucci, an isolate, left out),
 * rounded as published there.
 * - betweenness: networkx 2.8.8, `networkx/algorithms/centrality/tests/test_betweenness_centrality.py`,
 *   `TestBetweennessCentrality.test_florentine_families_graph` (normalised, 3 decimals, tolerance 1e-3);
 * - closeness: networkx 2.8.8, `.../tests/test_closeness_centrality.py`, `test_florentine_families_closeness`
 *   (3 decimals; 0.4375 given with 4);
 * - degreeCentrality: networkx 2.8.8, `.../tests/test_degree_centrality.py`, `test_degree_centrality_4`
 *   (degree / (n − 1), 3 decimals).
 */
export const QUOTED = {
  source: "networkx 2.8.8 test suite (florentine_families_graph, 15 families)",
  decimals: 3,
  betweenness: {
    Acciaiuoli: 0.0,
    Albizzi: 0.212,
    Barbadori: 0.093,
    Bischeri: 0.104,
    Castellani: 0.055,
    Ginori: 0.0,
    Guadagni: 0.255,
    Lamberteschi: 0.0,
    Medici: 0.522,
    Pazzi: 0.0,
    Peruzzi: 0.022,
    Ridolfi: 0.114,
    Salviati: 0.143,
    Strozzi: 0.103,
    Tornabuoni: 0.092,
  },
  closeness: {
    Acciaiuoli: 0.368,
    Albizzi: 0.483,
    Barbadori: 0.4375,
    Bischeri: 0.4,
    Castellani: 0.389,
    Ginori: 0.333,
    Guadagni: 0.467,
    Lamberteschi: 0.326,
    Medici: 0.56,
    Pazzi: 0.286,
    Peruzzi: 0.368,
    Ridolfi: 0.5,
    Salviati: 0.389,
    Strozzi: 0.4375,
    Tornabuoni: 0.483,
  },
  degreeCentrality: {
    Acciaiuoli: 0.071,
    Albizzi: 0.214,
    Barbadori: 0.143,
    Bischeri: 0.214,
    Castellani: 0.214,
    Ginori: 0.071,
    Guadagni: 0.286,
    Lamberteschi: 0.071,
    Medici: 0.429,
    Pazzi: 0.071,
    Peruzzi: 0.214,
    Ridolfi: 0.214,
    Salviati: 0.143,
    Strozzi: 0.286,
    Tornabuoni: 0.214,
  },
} as const;

/** One family's figures. */
export interface FamilyRow {
  family: string;
  /** Wealth (thousands of lira, 1427 catasto) as in the dataset; null when missing. */
  wealth: number | null;
  degree: number;
  /** Raw betweenness (pairs counted once); the same with or without Pucci. */
  betweenness: number;
  /** Normalised over all 16 families: raw × 2 / (15 · 14). */
  betweenness16: number;
  /** Normalised over the 15 connected families: raw × 2 / (14 · 13); null for Pucci. */
  betweenness15: number | null;
  /** Closeness among the 15 connected families; null for Pucci. */
  closeness15: number | null;
  /** Burt's constraint; null for the isolate. */
  constraint: number | null;
  effectiveSize: number | null;
}

/** The 15-family graph: a copy without the isolates (the caller's graph is not changed). */
export function withoutIsolates(graph: VernetztGraph): VernetztGraph {
  const copy = graph.copy();
  for (const node of graph.nodes()) if (graph.degree(node) === 0) copy.dropNode(node);
  return copy;
}

/** Loads data/florentine and computes every family's figures, in the dataset's order. */
export async function florentineTable(path = "data/florentine"): Promise<FamilyRow[]> {
  const { dataset, report } = await loadDataset(path);
  if (!dataset || !report.ok)
    throw new Error(`data/florentine does not load: ${JSON.stringify(report.issues)}`);
  const graph = buildGraph(dataset);
  const connected = withoutIsolates(graph);
  const raw = betweenness(graph);
  const all = betweennessNormalized(graph);
  const fifteen = betweennessNormalized(connected);
  const close = closeness(connected);
  const partners = degree(graph);
  const burt = constraint(graph);
  const size = effectiveSize(graph);
  return dataset.actors.map((actor) => ({
    family: actor.id,
    wealth: actor.attributes.wealth === undefined ? null : Number(actor.attributes.wealth),
    degree: partners[actor.id]!,
    betweenness: raw[actor.id]!,
    betweenness16: all[actor.id]!,
    betweenness15: fifteen[actor.id] ?? null,
    closeness15: close[actor.id] ?? null,
    constraint: burt[actor.id] ?? null,
    effectiveSize: size[actor.id] ?? null,
  }));
}

function format(value: number | null, digits: number): string {
  return value === null ? "–" : value.toFixed(digits);
}

/** The table as Markdown, sorted by betweenness (highest first), quoted values beside vernetzt's. */
export function florentineMarkdown(rows: readonly FamilyRow[]): string {
  const quoted = QUOTED.betweenness as Record<string, number>;
  const lines = [
    "| Family | Degree | Betweenness (raw) | Normalised, 15 families | networkx test | Normalised, 16 families | Closeness (15) | Constraint | Effective size | Wealth |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const row of [...rows].sort(
    (a, b) => b.betweenness - a.betweenness || a.family.localeCompare(b.family),
  )) {
    lines.push(
      `| ${row.family} | ${row.degree} | ${format(row.betweenness, 2)} | ${format(row.betweenness15, 3)} | ${
        quoted[row.family] === undefined ? "–" : quoted[row.family]!.toFixed(3)
      } | ${format(row.betweenness16, 3)} | ${format(row.closeness15, 3)} | ${format(row.constraint, 3)} | ${format(
        row.effectiveSize,
        2,
      )} | ${row.wealth ?? "–"} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}

async function main(): Promise<void> {
  const rows = await florentineTable();
  if (process.argv.includes("--json")) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  process.stdout.write(florentineMarkdown(rows));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
}
