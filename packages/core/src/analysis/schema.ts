/**
 * The JSON schema of `vernetzt analyze --json` (`docs/schemas/analyze.schema.json`), derived from the
 * registry: the frame (wave, options, counts, ids, categories, sizes) is written here; every measure adds its
 * own fragment, with its plain explanation as the description, to the actors, the network or each group, and
 * is required unless it is written for some data only (directed data, data with groups, weighted runs). A test keeps the
 * file in `docs/` equal to `analyzeSchema()`.
 */
import { writtenSometimes, writtenWhen } from "../measures/needs.js";
import type { JsonSchemaFragment, Measure } from "../measures/types.js";
import { MEASURES } from "./registry.js";

type Properties = Record<string, JsonSchemaFragment>;

/** A measure's fragment with its description: the explanation, the fragment's own note, the condition. */
function propertyOf(measure: Measure): JsonSchemaFragment {
  const { description, ...fragment } = measure.schema as { description?: string } & JsonSchemaFragment;
  const notes = [measure.explanation.en, description, writtenWhen(measure)];
  return { ...fragment, description: notes.filter((n) => n !== undefined && n !== null).join(" ") };
}

/** The properties and required fields of one scope: `head` first, then the measures in registry order. */
function scopeSchema(
  measures: readonly Measure[],
  scope: Measure["scope"],
  head: Properties,
  headRequired: readonly string[],
  tail: Properties = {},
): { required: string[]; properties: Properties } {
  const own = measures.filter((m) => m.scope === scope);
  return {
    required: [...headRequired, ...own.filter((m) => !writtenSometimes(m)).map((m) => m.id)],
    properties: { ...head, ...Object.fromEntries(own.map((m) => [m.id, propertyOf(m)])), ...tail },
  };
}

/**
 * The JSON schema (draft 2020-12) of the document `analyze` returns with `measures` (default: the registry).
 *
 * @example
 * ```ts
 * import { analyzeSchema } from "@vernetzt/core/analysis";
 *
 * const schema = analyzeSchema();
 * const actor = (schema.properties as any).actors.items;
 * actor.properties.degree //=> { type: "integer", minimum: 0, description: "How many others an actor has a tie with." }
 * actor.required.includes("inDegree") //=> false
 * ```
 */
export function analyzeSchema(measures: readonly Measure[] = MEASURES): Record<string, unknown> {
  const actors = scopeSchema(measures, "actor", { id: { type: "string" }, name: { type: "string" } }, [
    "id",
    "name",
  ]);
  const network = scopeSchema(
    measures,
    "network",
    {
      actors: { type: "integer", minimum: 0, description: "Number of actors." },
      ties: { type: "integer", minimum: 0, description: "Number of ties as given (arcs for directed data)." },
      directed: { type: "boolean" },
    },
    ["actors", "ties", "directed"],
    {
      pathsSampled: {
        type: "boolean",
        description: "True when the path measures are estimates from sampled sources (--samples).",
      },
    },
  );
  const groups = scopeSchema(
    measures,
    "group",
    { categories: { type: "array", items: { type: "string" } } },
    ["categories"],
    {
      groupSizes: {
        type: "array",
        items: { type: "integer", minimum: 0 },
        description: "Actors per category, same order as categories. Added with small-group suppression.",
      },
      suppressedCategories: {
        type: "array",
        items: { type: "string" },
        description:
          'Categories with fewer than options.minGroupSize actors, at least one of them a person (categories of organisations only are never listed: their cooperation is not personal data). Their rows and columns of mixing, their eiIndexByCategory and the brokerage counts of their actors are kept here (the researcher\'s complete analysis) but must not be published; the readable summary shows them as "< k". Added with small-group suppression.',
      },
    },
  );
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://vernetzt.example/schemas/analyze.schema.json",
    title: "vernetzt analyze --json",
    description:
      "Output of `vernetzt analyze <path> --json`. A public contract: fields are only ever added, never renamed or removed. Numbers that are undefined for a network (e.g. a path length in an empty graph) are null. Generated from the measure registry (packages/core/src/analysis/registry.ts); `vernetzt metrics --json` describes every measure.",
    type: "object",
    required: ["network", "actors", "groups"],
    properties: {
      wave: { type: "string", description: "The survey wave analysed (latest by default)." },
      options: {
        type: "object",
        description:
          "The options the analysis ran with (directed, weighted, groupBy, seed, samples, minGroupSize).",
        properties: {
          minGroupSize: {
            type: "integer",
            minimum: 1,
            description:
              "k of the small-group rule (--min-group-size, default 5); categories below it are listed in groups.*.suppressedCategories. Added with small-group suppression.",
          },
        },
        additionalProperties: true,
      },
      network: { type: "object", ...network, additionalProperties: true },
      actors: { type: "array", items: { type: "object", ...actors, additionalProperties: true } },
      warnings: {
        type: "array",
        description:
          'Notes on how measures were computed: {"code": "eigenvector-no-convergence", "params": {…}} when the eigenvector iteration stalled; {"code": "self-loops-ignored", "params": {"loops", "actors", "measures", "counted"}} when the graph has ties from an actor to itself (docs/metrics.md, Self-loops). Empty otherwise.',
        items: { type: "object", required: ["code"], properties: { code: { type: "string" } } },
      },
      groups: {
        type: "object",
        description: "Per categorical attribute (district, sector, kind and every --group-by).",
        additionalProperties: { type: "object", ...groups, additionalProperties: true },
      },
    },
    additionalProperties: true,
    $defs: { numberOrNull: { type: ["number", "null"] } },
  };
}
