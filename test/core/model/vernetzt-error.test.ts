/**
 * One base class for vernetzt's errors: every error class core exports extends `VernetztError`, carries a
 * stable `code` and says whether the caller's request caused it (`usage`), which is what the CLI reads.
 */
import * as core from "@vernetzt/core";
import { buildGraph, InvalidGraphError, UnknownWaveError, VernetztError } from "@vernetzt/core";
import { AnalyzeOptionError, analyze } from "@vernetzt/core/analysis";
import { parseEdgeList } from "@vernetzt/core/interop";
import { describe, expect, it } from "vitest";

const errorClasses = Object.entries(core).filter(
  ([name, value]) =>
    name !== "VernetztError" && typeof value === "function" && value.prototype instanceof Error,
);

describe("VernetztError", () => {
  it("every error class core exports extends VernetztError", () => {
    expect(errorClasses.length).toBeGreaterThan(15);
    const others = errorClasses
      .filter(([, value]) => !((value as { prototype: object }).prototype instanceof VernetztError))
      .map(([name]) => name);
    expect(others).toEqual([]);
  });

  it("an option the caller gave is a usage error with a stable code; a broken graph is not a usage error", () => {
    const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c" });
    const graph = buildGraph(dataset!);
    const thrown = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error;
      }
      throw new Error("nothing thrown");
    };
    const option = thrown(() => analyze(graph, { samples: -1 }));
    expect(option).toBeInstanceOf(AnalyzeOptionError);
    expect(option).toMatchObject({ code: "ANALYZE_OPTION", usage: true, name: "AnalyzeOptionError" });
    const wave = thrown(() => buildGraph(dataset!, { wave: "2019" }));
    expect(wave).toBeInstanceOf(UnknownWaveError);
    expect(wave).toMatchObject({ code: "UNKNOWN_WAVE", usage: true });
    expect(new InvalidGraphError({ reason: "multi" })).toMatchObject({ code: "INVALID_GRAPH", usage: false });
  });
});
