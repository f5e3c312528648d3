/**
 * Typed errors of the network metrics. Tests and callers check the class, not the wording; `params` carry
 * the values so a user interface can show the German text from `i18n/de/metrics.ts`.
 */
import { metricsMessagesEn } from "../i18n/en/metrics.js";

/** Why a graph cannot be measured. */
export type InvalidGraphReason = "mixed" | "multi" | "self-loop" | "weight";

/** The graph breaks the `VernetztGraph` contract (mixed, parallel ties, self-ties, a weight ≤ 0). */
export class InvalidGraphError extends Error {
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
    super(`vernetzt/metrics: ${text}`);
    this.params = params;
  }
}

/** An option of a metric has a value it cannot use. */
export class MetricOptionError extends Error {
  override readonly name = "MetricOptionError";
  readonly params: { module: string; option: string; value: string; expected: string };
  constructor(module: string, option: string, value: unknown, expected: string) {
    const shown = typeof value === "string" ? JSON.stringify(value) : String(value);
    super(metricsMessagesEn.invalidOption({ module, option, value: shown, expected }));
    this.params = { module, option, value: shown, expected };
  }
}

/** A power iteration (eigenvector, PageRank) did not reach its tolerance within `maxIterations`. */
export class ConvergenceError extends Error {
  override readonly name = "ConvergenceError";
  readonly params: { module: string; iterations: number; tolerance: number };
  constructor(module: string, iterations: number, tolerance: number) {
    super(metricsMessagesEn.noConvergence({ module, iterations, tolerance }));
    this.params = { module, iterations, tolerance };
  }
}
