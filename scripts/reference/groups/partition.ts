/**
 * Step 3 of make_fixtures.py: adds our seeded Louvain partition (seed 1, weighted) to each fixture as `ours`,
 * so networkx and igraph can compute its modularity. Usage: tsx partition.ts <fixture.json> ...
 */
import { readFileSync, writeFileSync } from "node:fs";
import { louvainCommunities } from "../../../packages/core/src/communities/louvain.js";
import { fixtureGraph, type ReferenceFixture } from "../../../test/core/groups/reference-fixtures.js";

for (const path of process.argv.slice(2)) {
  const fixture = JSON.parse(readFileSync(path, "utf8")) as ReferenceFixture;
  const result = louvainCommunities(fixtureGraph(fixture), { seed: 1 });
  fixture.ours = { communities: result.communities, seed: result.seed };
  writeFileSync(path, `${JSON.stringify(fixture, null, 1)}\n`);
}
