/**
 * A measure lives in one place: its id stands as a field name in at most five source files (its descriptor
 * and algorithm, the engine that computes it, the readable summaries that pick it out), however many
 * places show it. Counted by `scripts/measure-names.ts`. Where the same word names something else, the
 * file is listed below with what it names there.
 */
import { describe, expect, it } from "vitest";
import { measureNameFiles } from "../../../scripts/measure-names.js";

const MAX_FILES = 5;

/** Files where a measure's id is a word for another thing, by id, with what it names there. */
const OTHER_MEANINGS: Record<string, Record<string, string>> = {
  components: Object.fromEntries(
    [
      "packages/core/src/i18n/de/indicator.ts",
      "packages/core/src/i18n/en/indicator.ts",
      "packages/core/src/indicators/indicator.ts",
      "packages/core/src/waves/compare-waves.ts",
      "packages/cli/src/commands/compare.ts",
      "packages/cli/src/commands/indicator.ts",
      "dashboard/browser/indicator-reading.ts",
      "dashboard/browser/first-screen-view.ts",
      "dashboard/browser/levels-view.ts",
      "dashboard/loaders/indicator-data.ts",
      "dashboard/src/entwicklung.md",
      "dashboard/src/index.md",
    ].map((file) => [file, "the five components of the 6.3.3 indicator"]),
  ),
  degree: {
    "packages/core/src/gaps/gaps.ts": "the gap analysis' `degree` expectation",
    "packages/cli/src/commands/gaps.ts": "the gap analysis' `degree` expectation",
    "packages/core/src/handouts/handouts.ts": "the handout's sentence about an actor's partners",
    "packages/core/src/i18n/de/handouts.ts": "the handout's sentence about an actor's partners",
    "packages/core/src/i18n/en/handouts.ts": "the handout's sentence about an actor's partners",
    "packages/core/src/waves/compare-waves.ts": "a field of `compare --json`, its own contract",
  },
  betweenness: {
    "packages/core/src/centrality/edge-betweenness.ts": "tie betweenness, another measure",
    "packages/core/src/communities/girvan-newman.ts": "tie betweenness, another measure",
    "packages/cli/src/commands/ties.ts": "tie betweenness, another measure",
    "packages/core/src/waves/compare-waves.ts": "a field of `compare --json`, its own contract",
    "packages/core/src/graph/path-sweep.ts":
      "the sweep's sum of Brandes dependencies (exported accumulator type)",
    "packages/core/src/graph/path-sweep-worker.ts": "the sweep's sum of Brandes dependencies",
    "packages/core/src/graph/parallel-sweep.ts":
      "the sweep's sum of Brandes dependencies (exported worker data)",
  },
  community: Object.fromEntries([
    ...[
      "packages/core/src/i18n/de/dashboard.ts",
      "packages/core/src/i18n/en/dashboard.ts",
      "dashboard/browser/network-data-of.ts",
      "dashboard/browser/network-data.ts",
      "dashboard/browser/network-looks.ts",
    ].map((file) => [file, "the dashboard's colouring by community"]),
    ...[
      "packages/core/src/recommend/context.ts",
      "packages/core/src/recommend/rank.ts",
      "packages/core/src/recommend/reasons.ts",
    ].map((file) => [file, "the recommendation reason 'in different communities'"]),
  ]),
  communities: Object.fromEntries([
    ...[
      "packages/core/src/communities/girvan-newman.ts",
      "packages/core/src/communities/partition-agreement.ts",
      "packages/core/src/measures/types.ts",
      "packages/core/src/recommend/context.ts",
      "dashboard/browser/network-data-of.ts",
    ].map((file) => [file, "the partition itself (actor → community), not the number of communities"]),
  ]),
  uncategorised: Object.fromEntries(
    [
      "packages/core/src/communities/partition-agreement.ts",
      "packages/core/src/groups/assortativity.ts",
      "packages/core/src/groups/brokerage.ts",
      "packages/core/src/groups/ei-index.ts",
      "packages/core/src/groups/mixing-matrix.ts",
    ].map((file) => [file, "the ids left out, in each group function's result"]),
  ),
};

describe("measure names", () => {
  const found = measureNameFiles();

  it(`every measure's id stands in at most ${MAX_FILES} source files`, () => {
    const over = [...found]
      .map(([id, files]) => [id, files.filter((file) => !(file in (OTHER_MEANINGS[id] ?? {})))] as const)
      .filter(([, files]) => files.length > MAX_FILES)
      .map(([id, files]) => `${id} (${files.length}): ${files.join(", ")}`);
    expect(over, over.join("\n")).toEqual([]);
  });

  it("each listed other meaning is still there (the list does not hide a removed use)", () => {
    const stale = Object.entries(OTHER_MEANINGS).flatMap(([id, files]) =>
      Object.keys(files)
        .filter((file) => !found.get(id)?.includes(file))
        .map((file) => `${id}: ${file}`),
    );
    expect(stale).toEqual([]);
  });

  it("the places that list measures name none: they read the registry", () => {
    const listing = [
      "packages/core/src/analysis/analyze.ts",
      "packages/core/src/analysis/measure-network.ts",
      "packages/core/src/analysis/registry.ts",
      "packages/core/src/analysis/catalog.ts",
      "packages/cli/src/commands/metrics.ts",
    ];
    const named = [...found].flatMap(([id, files]) =>
      files.filter((file) => listing.includes(file)).map((file) => `${id}: ${file}`),
    );
    expect(named).toEqual([]);
  });
});
