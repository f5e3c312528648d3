import type { Snapshot } from "@vernetzt/core/gaps";
import {
  bootstrapInterval,
  type ComponentContext,
  componentContext,
  compositeValue,
  indicatorComponents,
  normalQuantile,
} from "@vernetzt/core/indicators";
import type { Actor } from "@vernetzt/core/model";
import { createRng } from "@vernetzt/core/random";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const actor = (i: number, district?: string, sector?: string): Actor => ({
  id: `a${i}`,
  name: `A${i}`,
  ...(district !== undefined && { district }),
  ...(sector !== undefined && { sector }),
  topics: [],
  offers: [],
  needs: [],
  attributes: {},
});

/**
 * The replicate as Snijders & Borgatti describe it, built literally: every copy a node of its own, tied to
 * every copy of its original's partners; `indicatorComponents` of that network. What bootstrap.ts computes
 * on the originals with copy counts must give the same interval bit for bit.
 */
function literalInterval(
  context: ComponentContext,
  value: number,
  respondents: number[],
  replicates: number,
  seed: number,
): [number, number] | null {
  const { snap } = context;
  const rng = createRng(seed, "indicator-bootstrap");
  const fixed = snap.actors.flatMap((_, i) => (respondents.includes(i) ? [] : [i]));
  const values: number[] = [];
  for (let run = 0; run < replicates; run++) {
    const originals = [...fixed];
    for (let k = 0; k < respondents.length; k++)
      originals.push(respondents[Math.floor(rng() * respondents.length)]!);
    const neighbours = originals.map((o) =>
      snap.neighbours[o]!.flatMap((v) => originals.flatMap((w, copy) => (w === v ? [copy] : []))),
    );
    const replicate: Snapshot = {
      actors: originals.map((i) => snap.actors[i]!),
      index: new Map(),
      neighbours,
      edges: [],
    };
    const codes = {
      district: Int32Array.from(originals, (i) => context.district[i]!),
      sector: Int32Array.from(originals, (i) => context.sector[i]!),
    };
    const v = compositeValue(
      indicatorComponents(
        componentContext(replicate, codes),
        originals.map((_, i) => i),
      ),
    );
    if (v !== null) values.push(v);
  }
  if (values.length < 2) return null;
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const se = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
  const z = normalQuantile(0.975);
  return [Math.max(0, value - z * se), Math.min(1, value + z * se)];
}

describe("bootstrapInterval", () => {
  it("bootstrapInterval gives bit for bit the interval of the replicates built copy by copy", () => {
    const network = fc.integer({ min: 3, max: 14 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        ties: fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), {
          maxLength: 30,
          selector: ([s, t]) => `${Math.min(s, t)}-${Math.max(s, t)}`,
        }),
        districts: fc.array(fc.constantFrom("Nord", "Süd", "Mitte", undefined), {
          minLength: n,
          maxLength: n,
        }),
        sectors: fc.array(fc.constantFrom("Kirche", "Schule", undefined), { minLength: n, maxLength: n }),
        answered: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        seed: fc.nat(1000),
      }),
    );
    fc.assert(
      fc.property(network, ({ n, ties, districts, sectors, answered, seed }) => {
        const actors = Array.from({ length: n }, (_, i) => actor(i, districts[i], sectors[i]));
        const neighbours: number[][] = actors.map(() => []);
        for (const [s, t] of ties) {
          if (s === t) continue;
          neighbours[s]!.push(t);
          neighbours[t]!.push(s);
        }
        const snap: Snapshot = {
          actors,
          index: new Map(actors.map((a, i) => [a.id, i])),
          neighbours,
          edges: [],
        };
        const respondents = answered.flatMap((yes, i) => (yes ? [i] : []));
        const context = componentContext(snap);
        const value = compositeValue(
          indicatorComponents(
            context,
            actors.map((_, i) => i),
          ),
        );
        if (value === null || respondents.length === 0) return;
        const settings = { replicates: 25, level: 0.95, seed };
        expect(bootstrapInterval(context, value, respondents, settings)).toEqual(
          literalInterval(context, value, respondents, 25, seed),
        );
      }),
      { numRuns: 150, seed: 20261208 },
    );
  });
});
