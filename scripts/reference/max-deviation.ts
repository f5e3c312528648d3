/**
 * Largest deviation of our values from networkx and from igraph over every reference fixture, metric and
 * actor (absolute for |x| ≤ 1, relative above — the measure the tests use).
 *
 *   node --conditions=@vernetzt/source --import tsx scripts/reference/max-deviation.ts
 */
import { measureNetwork } from "../../packages/core/src/centrality/index.js";
import {
  deviation,
  fixtureGraph,
  referenceFixtures,
  type Tool,
  type Variant,
} from "../../test/core/graph/build.js";

const worst: Record<string, { value: number; where: string }> = {};
for (const fixture of referenceFixtures()) {
  for (const variant of ["binary", "weighted"] as Variant[]) {
    const result = measureNetwork(fixtureGraph(fixture), { weighted: variant === "weighted" });
    for (const tool of ["networkx", "igraph"] as Tool[]) {
      const note = (metric: string, actual: unknown, expected: unknown, who: string) => {
        if (typeof actual !== "number" || typeof expected !== "number") return;
        const d = deviation(actual, expected);
        const key = `${tool} ${metric}`;
        if (!worst[key] || d > worst[key].value)
          worst[key] = { value: d, where: `${fixture.name}/${variant}/${who}` };
      };
      for (const [metric, values] of Object.entries(fixture[tool][variant].actor)) {
        values.forEach((v, i) => {
          note(
            metric,
            result.actors[i]![metric as keyof (typeof result.actors)[number]],
            v,
            fixture.nodes[i]!,
          );
        });
      }
      for (const [metric, v] of Object.entries(fixture[tool][variant].network)) {
        note(metric, result.network[metric as keyof typeof result.network], v, "network");
      }
    }
  }
}
const perTool: Record<string, number> = {};
for (const [key, { value }] of Object.entries(worst)) {
  const tool = key.split(" ")[0]!;
  perTool[tool] = Math.max(perTool[tool] ?? 0, value);
}
console.log(JSON.stringify({ perTool, perMetric: worst }, null, 1));
