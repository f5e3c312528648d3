/**
 * The registry's promise: a measure is one descriptor in one file (`test/fixtures/measures/toy-measure.ts`),
 * and everything that lists measures sees it without another edit: `vernetzt analyze --json` (core's
 * `analyzeAsync` serialised by the CLI's `writeJson`, as the command does), the JSON schema, `vernetzt
 * metrics` (text and JSON), and the dashboard's measure menu and actor profile.
 */

import { join } from "node:path";
import { PassThrough } from "node:stream";
import { analyzeAsync, analyzeSchema, MEASURES, measureCatalog, measureNetwork } from "@vernetzt/core";
import { buildGraph, type Dataset } from "@vernetzt/core/model";
import { loadDataset } from "@vernetzt/core/node";
import Ajv2020 from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import { networkDataOf } from "../../../dashboard/browser/network-data-of.js";
import { metricsText } from "../../../packages/cli/src/commands/metrics.js";
import { writeJson } from "../../../packages/cli/src/util/json-out.js";
import { partnersSquaredMeasure } from "../../fixtures/measures/toy-measure.js";

const WITH_TOY = [...MEASURES, partnersSquaredMeasure];
const MINI = join(import.meta.dirname, "../../../dashboard/fixtures/mini");
let dataset: Dataset;

beforeAll(async () => {
  dataset = (await loadDataset(MINI, { lang: "en" })).dataset!;
});

/** What `vernetzt analyze --json` prints for `value`. */
async function printed(value: unknown): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  await writeJson(value, out);
  return Buffer.concat(chunks).toString("utf8");
}

describe("a measure added in one file", () => {
  it("appears in analyze --json for every actor, after the registry's measures, with its own values", async () => {
    const graph = buildGraph(dataset);
    const json = JSON.parse(
      await printed(await analyzeAsync(graph, { measures: WITH_TOY, permutations: 0 })),
    );
    for (const actor of json.actors) {
      expect(actor.partnersSquared).toBe(actor.degree * actor.degree);
      expect(Object.keys(actor).indexOf("partnersSquared")).toBeGreaterThan(
        Object.keys(actor).indexOf("degree"),
      );
    }
    expect(json.actors.some((actor: { partnersSquared: number }) => actor.partnersSquared > 1)).toBe(true);
  });

  it("leaves analyze --json of the registry alone when it is not added", async () => {
    const graph = buildGraph(dataset);
    const plain = await analyzeAsync(graph, { permutations: 0 });
    expect(plain.actors[0]).not.toHaveProperty("partnersSquared");
  });

  it("is described and required by the JSON schema, which the output with it satisfies", async () => {
    const schema = analyzeSchema(WITH_TOY);
    type ActorSchema = { properties: Record<string, unknown>; required: string[] };
    const actor = (schema.properties as { actors: { items: ActorSchema } }).actors.items;
    expect(actor.properties.partnersSquared).toEqual({
      type: "integer",
      minimum: 0,
      description: "The number of partners times itself; only an example.",
    });
    expect(actor.required).toContain("partnersSquared");
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const output = JSON.parse(await printed(await analyzeAsync(buildGraph(dataset), { measures: WITH_TOY })));
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
    // an actor without it no longer satisfies the schema
    const { partnersSquared: _, ...without } = output.actors[0];
    expect(validate({ ...output, actors: [without] })).toBe(false);
  });

  it("is listed by vernetzt metrics, as text in both languages and as JSON", () => {
    const catalog = measureCatalog(WITH_TOY);
    const entry = catalog.find((e) => e.id === "partnersSquared")!;
    expect(entry).toMatchObject({ scope: "actor", field: "actors[].partnersSquared", dashboard: true });
    expect(entry.reference.networkx).toBe("G.degree(v) ** 2");
    expect(metricsText(catalog, "de")).toMatch(
      / {2}partnersSquared +Partner zum Quadrat \(Spielzeug\) \[0 … \(n − 1\)²\]\n/,
    );
    expect(metricsText(catalog, "en")).toContain("The number of partners times itself; only an example.");
    expect(metricsText(measureCatalog(), "en")).not.toContain("partnersSquared");
  });

  it("is offered in the dashboard's measure menu and profile, with a value per wave", () => {
    const data = networkDataOf(dataset, { measures: WITH_TOY });
    expect(data.measures.at(-1)).toEqual({
      key: "partnersSquared",
      label: "Partner zum Quadrat (Spielzeug)",
      explanation: "Die Zahl der Partner mit sich selbst malgenommen; nur ein Beispiel.",
    });
    for (const node of data.nodes) {
      for (const values of Object.values(node.centrality))
        expect(values.partnersSquared).toBe(values.degree! ** 2);
    }
    expect(networkDataOf(dataset).measures.map((m) => m.key)).not.toContain("partnersSquared");
  });

  it("is computed by measureNetwork too, in the actor rows", () => {
    const rows = measureNetwork(buildGraph(dataset), { measures: WITH_TOY }).actors as Array<
      Record<string, unknown>
    >;
    expect(rows.every((row) => row.partnersSquared === (row.degree as number) ** 2)).toBe(true);
  });
});
