/**
 * Honest evaluation of `recommend`: do the recommendations made from one survey wave predict the ties that
 * are new in the next wave?
 *
 * For each pair of consecutive waves (t, t+1) of the dataset (default `data/sample`), the graph of wave t is
 * built as the CLI builds it (`buildGraph`, co-attendance included); the held-out truth is every pair tied in
 * wave t+1 but not in wave t. Each method gives every actor its top K candidates among the actors it is not
 * tied to in wave t; precision@K = hits / recommendations made, where a hit is a recommended pair that is new
 * in wave t+1 (each actor's list counts on its own, so a pair recommended to both actors can hit twice).
 * Recall@K = share of the new ties recommended to at least one of their two actors.
 *
 * Methods: `vernetzt` (default weights); `vernetzt, no offer/need tier` (weights.complement = 0);
 * `common partners` (candidates two steps away ranked by the number of common partners, ties by input
 * order: the classic link-prediction baseline); `random` (the exact expectation of K uniform picks among the
 * actors not yet tied: K·|new ∩ pool| / |pool| per actor — no sampling noise).
 *
 * Run: node --conditions=@vernetzt/source --import tsx scripts/evaluate-recommendations.ts [dataset] [K,K,…]
 */
import { buildGraph } from "../packages/core/src/model/build-graph.js";
import type { Dataset, VernetztGraph } from "../packages/core/src/model/types.js";
import { loadDataset } from "../packages/core/src/node/load-dataset.js";
import { recommend } from "../packages/core/src/recommend/recommend.js";

type Lists = Map<string, string[]>;

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

function edgeKeys(graph: VernetztGraph): Set<string> {
  const keys = new Set<string>();
  graph.forEachEdge((_e, _a, s, t) => {
    keys.add(pairKey(s, t));
  });
  return keys;
}

function vernetztLists(graph: VernetztGraph, dataset: Dataset, k: number, complement: boolean): Lists {
  const lists: Lists = new Map();
  const weights = complement ? {} : { complement: 0 };
  for (const r of recommend(graph, { top: k, districts: dataset.districts, weights }).recommendations) {
    lists.set(r.actor, [...(lists.get(r.actor) ?? []), r.candidate]);
  }
  return lists;
}

function commonPartnerLists(graph: VernetztGraph, k: number): Lists {
  const order = new Map(graph.nodes().map((id, i) => [id, i]));
  const lists: Lists = new Map();
  graph.forEachNode((a) => {
    const partners = new Set(graph.neighbors(a));
    const counts = new Map<string, number>();
    for (const v of partners) {
      for (const w of graph.neighbors(v))
        if (w !== a && !partners.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    const ranked = [...counts].sort((x, y) => y[1] - x[1] || order.get(x[0])! - order.get(y[0])!);
    lists.set(
      a,
      ranked.slice(0, k).map(([id]) => id),
    );
  });
  return lists;
}

interface Score {
  precision: number;
  recall: number;
  recommended: number;
}

function score(lists: Lists, truth: Set<string>): Score {
  let hits = 0;
  let recommended = 0;
  const found = new Set<string>();
  for (const [actor, candidates] of lists) {
    for (const candidate of candidates) {
      recommended += 1;
      const key = pairKey(actor, candidate);
      if (truth.has(key)) {
        hits += 1;
        found.add(key);
      }
    }
  }
  return {
    precision: recommended ? hits / recommended : 0,
    recall: truth.size ? found.size / truth.size : 0,
    recommended,
  };
}

function randomExpectation(graph: VernetztGraph, truth: Set<string>, k: number): Score {
  const ids = graph.nodes();
  let hits = 0;
  let recommended = 0;
  let recallSum = 0;
  const picks = new Map<string, number>(); // pair → probability that at least one side picks it
  for (const a of ids) {
    const partners = new Set(graph.neighbors(a));
    const pool = ids.filter((b) => b !== a && !partners.has(b));
    const n = Math.min(k, pool.length);
    if (n === 0) continue;
    const news = pool.filter((b) => truth.has(pairKey(a, b)));
    hits += (n * news.length) / pool.length;
    recommended += n;
    for (const b of news) {
      const key = pairKey(a, b);
      const p = n / pool.length;
      picks.set(key, 1 - (1 - (picks.get(key) ?? 0)) * (1 - p));
    }
  }
  for (const p of picks.values()) recallSum += p;
  return {
    precision: recommended ? hits / recommended : 0,
    recall: truth.size ? recallSum / truth.size : 0,
    recommended,
  };
}

const percent = (x: number) => `${(100 * x).toFixed(1)} %`;

async function main(): Promise<void> {
  const path = process.argv[2] ?? "data/sample";
  const ks = (process.argv[3] ?? "1,3,5,10").split(",").map(Number);
  const { dataset, report } = await loadDataset(path);
  if (!dataset || !report.ok) throw new Error(`cannot load ${path}`);
  const rows: string[] = [
    "| waves | K | vernetzt | vernetzt, no offer/need tier | common partners | random | new ties |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (let w = 0; w + 1 < dataset.waves.length; w++) {
    const [from, to] = [dataset.waves[w], dataset.waves[w + 1]];
    const before = buildGraph(dataset, { wave: from });
    const old = edgeKeys(before);
    const truth = new Set([...edgeKeys(buildGraph(dataset, { wave: to }))].filter((key) => !old.has(key)));
    for (const k of ks) {
      const cells = [
        score(vernetztLists(before, dataset, k, true), truth),
        score(vernetztLists(before, dataset, k, false), truth),
        score(commonPartnerLists(before, k), truth),
        randomExpectation(before, truth, k),
      ].map((s) => `${percent(s.precision)} (recall ${percent(s.recall)})`);
      rows.push(`| ${from} → ${to} | ${k} | ${cells.join(" | ")} | ${truth.size} |`);
    }
  }
  process.stdout.write(
    `Dataset: ${path} (${dataset.actors.length} actors, waves ${dataset.waves.join(", ")})\n`,
  );
  process.stdout.write("precision@K (recall@K)\n\n");
  process.stdout.write(`${rows.join("\n")}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
