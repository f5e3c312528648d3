/**
 * The registry as plain data for people and tools: what `vernetzt metrics --json` prints, one entry per
 * measure with its labels, explanation, unit, range, reference (formula, paper, the networkx / igraph / sna
 * call), the settings that change it, where `vernetzt analyze --json` writes it and its JSON schema.
 */
import type {
  JsonSchemaFragment,
  Measure,
  MeasureNeed,
  MeasureOption,
  MeasureReference,
  MeasureScope,
  Texts,
} from "../measures/types.js";
import { MEASURES } from "./registry.js";

/** One measure, as `vernetzt metrics --json` lists it. */
export interface MeasureCatalogEntry {
  id: string;
  scope: MeasureScope;
  label: Texts;
  explanation: Texts;
  unit: Texts | null;
  range: string | null;
  reference: MeasureReference;
  options: MeasureOption[];
  /** Where `vernetzt analyze --json` writes it (`actors[].degree`, `network.density`, `groups.<attribute>.eiIndex`); `null` when it does not. */
  field: string | null;
  /** `"directed"`: written for directed data only. */
  when: "directed" | null;
  needs: MeasureNeed | null;
  /** Offered in the dashboard's measure menu and actor profile. */
  dashboard: boolean;
  schema: JsonSchemaFragment;
}

const FIELD: Record<MeasureScope, ((id: string) => string) | null> = {
  actor: (id) => `actors[].${id}`,
  network: (id) => `network.${id}`,
  group: (id) => `groups.<attribute>.${id}`,
  tie: null,
};

/**
 * The catalogue of `measures` (default: the registry), in registry order.
 *
 * @example
 * ```ts
 * import { measureCatalog } from "@vernetzt/core/analysis";
 *
 * const degree = measureCatalog().find((entry) => entry.id === "degree")!;
 * degree.label //=> { de: "Zahl der Partner (Grad)", en: "Partners (degree)" }
 * degree.field //=> "actors[].degree"
 * degree.reference.networkx //=> "G.to_undirected().degree"
 * measureCatalog().find((entry) => entry.id === "eiPValue")!.options.map((o) => o.id) //=> ["permutations", "seed"]
 * ```
 */
export function measureCatalog(measures: readonly Measure[] = MEASURES): MeasureCatalogEntry[] {
  return measures.map((m) => ({
    id: m.id,
    scope: m.scope,
    label: { de: m.label.de, en: m.label.en },
    explanation: { de: m.explanation.de, en: m.explanation.en },
    unit: m.unit === null ? null : { de: m.unit.de, en: m.unit.en },
    range: m.range,
    reference: { ...m.reference },
    options: m.options.map((o) => ({ ...o })),
    field: FIELD[m.scope]?.(m.id) ?? null,
    when: m.when ?? null,
    needs: m.needs ?? null,
    dashboard: m.dashboard === true,
    schema: m.schema,
  }));
}
