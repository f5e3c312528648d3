/** Loads a dataset folder through core's loader (`loadDataset`), as the CLI and the dashboard do. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ValidationReport } from "@vernetzt/core/io";
import type { Dataset, Tie } from "@vernetzt/core/model";
import { buildGraph } from "@vernetzt/core/model";
import { loadDataset } from "@vernetzt/core/node";
import { afterAll, describe, expect, it } from "vitest";

export async function loadFolder(folder: string): Promise<{ dataset: Dataset; report: ValidationReport }> {
  const { dataset, report } = await loadDataset(folder, { lang: "en" });
  if (!dataset)
    throw new Error(
      `loadFolder: ${folder} could not be loaded: ${JSON.stringify(report.issues.slice(0, 3))}`,
    );
  return { dataset, report };
}

/** The ties of one wave. */
export const tiesOf = (dataset: Dataset, wave: string): Tie[] => dataset.ties.filter((t) => t.wave === wave);

/** Actor id → district id. */
export function districtById(dataset: Dataset): Map<string, string | undefined> {
  return new Map(dataset.actors.map((a) => [a.id, a.district]));
}

/** Actor ids reachable from `start` over `ties` (undirected breadth-first search). */
export function reachable(ties: ReadonlyArray<Pick<Tie, "source" | "target">>, start: string): Set<string> {
  const neighbours = new Map<string, string[]>();
  for (const t of ties) {
    neighbours.set(t.source, [...(neighbours.get(t.source) ?? []), t.target]);
    neighbours.set(t.target, [...(neighbours.get(t.target) ?? []), t.source]);
  }
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const next of neighbours.get(queue.shift()!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/**
 * The edges the analyses see in a wave: `buildGraph` with its defaults, i.e. the wave's ties plus the
 * co-attendance ties of its meetings, as {source, target} pairs.
 */
export function graphEdges(dataset: Dataset, wave: string): Array<Pick<Tie, "source" | "target">> {
  const edges: Array<Pick<Tie, "source" | "target">> = [];
  buildGraph(dataset, { wave }).forEachEdge((_edge, _attributes, source, target) => {
    edges.push({ source, target });
  });
  return edges;
}

/**
 * Declares the test that `script` (a data/scripts/*.ts file) regenerates the committed files of `folder` byte
 * for byte (every file but the README).
 */
export function regeneratesByteForByte(script: string, folder: string): void {
  describe(script, () => {
    const out = mkdtempSync(join(tmpdir(), "vernetzt-regenerate-"));
    afterAll(() => rmSync(out, { recursive: true, force: true }));

    it("regenerates the committed files byte for byte", () => {
      execFileSync(process.execPath, ["--conditions=@vernetzt/source", "--import", "tsx", script, out], {
        cwd: join(import.meta.dirname, "../.."),
        stdio: "pipe",
      });
      const committed = readdirSync(folder).filter((f) => f !== "README.md");
      expect(readdirSync(out).sort()).toEqual(committed.sort());
      for (const file of committed) {
        expect(readFileSync(join(out, file)).equals(readFileSync(join(folder, file))), file).toBe(true);
      }
    });
  });
}
