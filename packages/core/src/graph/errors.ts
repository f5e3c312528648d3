/**
 * Typed errors of the network metrics. Tests and callers check the class, not the wording; `params` carry
 * the values so a user interface can show the German text from `i18n/de/metrics.ts`.
 */
import { metricsMessagesEn } from "../i18n/en/metrics.js";
import { VernetztError } from "../model/vernetzt-error.js";

/** Why a graph cannot be measured. */
export type InvalidGraphReason = "mixed" | "multi" | "self-loop" | "weight";

/**
 * The graph breaks the `VernetztGraph` contract (mixed, parallel ties, self-ties, a weight < 0 or not finite).
 *
 * @example
 * ```ts
 * import { InvalidGraphError, toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c" });
 * const graph = buildGraph(dataset!);
 * graph.setEdgeAttribute(graph.edge("a", "b")!, "weight", -1); // a weight must be a number ≥ 0
 * try {
 *   toCsr(graph);
 * } catch (error) {
 *   error instanceof InvalidGraphError //=> true
 *   String((error as InvalidGraphError).params.reason) //=> "weight"
 * }
 * ```
 */
export class InvalidGraphError extends VernetztError {
  override readonly name = "InvalidGraphError";
  readonly params: { reason: InvalidGraphReason; actor?: string; target?: string; weight?: string };
  constructor(params: { reason: InvalidGraphReason; actor?: string; target?: string; weight?: string }) {
    const m = metricsMessagesEn;
    const text =
      params.reason === "mixed"
        ? m.mixedGraph()
        : params.reason === "multi"
          ? m.multiGraph()
          : params.reason === "self-loop"
            ? m.selfLoop({ actor: params.actor ?? "" })
            : m.badWeight({
                source: params.actor ?? "",
                target: params.target ?? "",
                weight: params.weight ?? "",
              });
    super(`vernetzt/metrics: ${text}`, { code: "INVALID_GRAPH" });
    this.params = params;
  }
}

/**
 * An option of a metric has a value it cannot use.
 *
 * @example
 * ```ts
 * import { pagerank } from "@vernetzt/core/centrality";
 * import { MetricOptionError } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c" });
 * const graph = buildGraph(dataset!);
 * try {
 *   pagerank(graph, { alpha: 1.5 });
 * } catch (error) {
 *   error instanceof MetricOptionError //=> true
 *   String((error as MetricOptionError).params.option) //=> "alpha"
 * }
 * ```
 */
export class MetricOptionError extends VernetztError {
  override readonly name = "MetricOptionError";
  readonly params: { module: string; option: string; value: string; expected: string };
  constructor(module: string, option: string, value: unknown, expected: string) {
    const shown = typeof value === "string" ? JSON.stringify(value) : String(value);
    super(metricsMessagesEn.invalidOption({ module, option, value: shown, expected }), {
      code: "METRIC_OPTION",
      usage: true,
    });
    this.params = { module, option, value: shown, expected };
  }
}

/**
 * A power iteration (eigenvector, PageRank) did not reach its tolerance within `maxIterations`.
 *
 * @example
 * ```ts
 * import { eigenvector } from "@vernetzt/core/centrality";
 * import { ConvergenceError } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c\nc d" });
 * const graph = buildGraph(dataset!);
 * try {
 *   eigenvector(graph, { maxIterations: 2 });
 * } catch (error) {
 *   error instanceof ConvergenceError //=> true
 *   Number((error as ConvergenceError).params.iterations) //=> 2
 * }
 * ```
 */
export class ConvergenceError extends VernetztError {
  override readonly name = "ConvergenceError";
  readonly params: { module: string; iterations: number; tolerance: number };
  constructor(module: string, iterations: number, tolerance: number) {
    super(metricsMessagesEn.noConvergence({ module, iterations, tolerance }), { code: "NO_CONVERGENCE" });
    this.params = { module, iterations, tolerance };
  }
}
