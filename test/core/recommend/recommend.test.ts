import type { District } from "@vernetzt/core/model";
import {
  neighbouringDistricts,
  normaliseItem,
  type Recommendation,
  RecommendOptionError,
  recommend,
  recommendReasonText,
  UnknownActorError,
} from "@vernetzt/core/recommend";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ActorSpec, actor, clique, makeGraph } from "../gaps/graph-fixture.js";

/** Two dense clusters sharing topics; the planted pair (n0 offers rooms, s5 seeks them) is far apart. */
function plantedPair() {
  const actors: ActorSpec[] = [
    ...Array.from({ length: 8 }, (_, i) => ({
      id: `n${i}`,
      name: `Nord ${i}`,
      district: "Nord",
      sector: "Verein",
      topics: ["Sport", "Jugend"],
    })),
    ...Array.from({ length: 8 }, (_, i) => ({
      id: `s${i}`,
      name: `Süd ${i}`,
      district: "Süd",
      sector: "Kirche",
      topics: ["Sport", "Senioren"],
    })),
  ];
  actors[0] = { ...actors[0], offers: ["Räume", "Beratung"] };
  actors[13] = { ...actors[13], needs: [" RÄUME."] };
  const ids = actors.map((a) => a.id);
  const ties = [
    ...clique(ids.slice(0, 5)),
    ...clique(ids.slice(8, 13)),
    ["n5", "n6"],
    ["s5", "s6"],
    ["n7", "n1"],
  ];
  return { actors, ties: ties as Array<[string, string]> };
}

/** The reasons of a recommendation in words. */
const textsOf = (r: Recommendation, lang: "de" | "en" = "de") =>
  r.reasons.map((reason) => recommendReasonText(reason, lang));

function listFor(result: ReturnType<typeof recommend>, id: string): string[] {
  return result.recommendations.filter((r) => r.actor === id).map((r) => r.candidate);
}

describe("recommend", () => {
  it("recommend(graph) puts a planted offer/need pair into both actors' top recommendations", () => {
    const { actors, ties } = plantedPair();
    const result = recommend(makeGraph(actors, ties), { top: 3 });
    expect(listFor(result, "n0")[0]).toBe("s5");
    expect(listFor(result, "s5")[0]).toBe("n0");
    const pair = result.recommendations.find((r) => r.actor === "s5" && r.candidate === "n0")!;
    expect(pair.score).toBeGreaterThanOrEqual(2 / 3); // exclusive item: Räume is offered and sought once
    expect(textsOf(pair)).toContain("Nord 0 bietet, was Süd 5 sucht: Räume");
    expect(textsOf(pair)).toContain("gemeinsames Thema: Sport");
    expect(textsOf(pair)).toContain("verbindet die Bereiche Kirche und Verein");
    expect(pair.reasons).toContainEqual({
      code: "offer-sought",
      params: {
        offerer: { id: "n0", name: "Nord 0" },
        seeker: { id: "s5", name: "Süd 5" },
        items: ["Räume"],
      },
    });
  });

  it("recommend(graph) ranks an exclusive offer/need above many generic ones, for both actors", () => {
    // "theater" seeks Ehrenamtliche (offered by six) and a Proberaum (offered only by "youth").
    const helpers = Array.from({ length: 6 }, (_, i) => ({
      id: `h${i}`,
      offers: ["Ehrenamtliche"],
      topics: ["Kultur"],
    }));
    const actors = [
      { id: "theater", needs: ["Ehrenamtliche", "Proberaum"], topics: ["Kultur"] },
      { id: "youth", offers: ["Proberaum"], needs: ["Räume"] },
      ...helpers,
      ...Array.from({ length: 6 }, (_, i) => ({ id: `r${i}`, offers: ["Räume"], topics: ["Jugend"] })),
    ];
    const result = recommend(makeGraph(actors, []), { top: 1 });
    expect(listFor(result, "theater")).toEqual(["youth"]);
    expect(listFor(result, "youth")).toEqual(["theater"]);
    const pair = result.recommendations.find((r) => r.actor === "youth")!;
    expect(textsOf(pair)[0]).toBe("youth bietet, was theater sucht: Proberaum");
  });

  it("recommendReasonText names common partners and the district in English", () => {
    const { actors, ties } = plantedPair();
    const result = recommend(makeGraph(actors, [...ties, ["n7", "n2"], ["n7", "n3"]]), { actor: "n7" });
    const n4 = result.recommendations.find((r) => r.candidate === "n4")!;
    expect(textsOf(n4, "en")).toContain("3 common partners: Nord 1, Nord 2 and Nord 3");
    expect(textsOf(n4, "en")).toContain("both in Nord");
    expect(textsOf(n4, "de")).toContain("3 gemeinsame Partner: Nord 1, Nord 2 und Nord 3");
  });

  it("recommendReasonText words offer and need correctly for one item or several, and either direction", () => {
    const actors = [
      { id: "chor", name: "Kirchenchor", needs: ["Proberaum", "Noten"], offers: ["Auftritte"] },
      { id: "schule", name: "Grundschule", offers: ["Proberaum", "Noten"], needs: ["Auftritte"] },
    ];
    const [r] = recommend(makeGraph(actors, []), { actor: "chor", top: 1 }).recommendations;
    expect(textsOf(r!)).toEqual([
      "Grundschule bietet, was Kirchenchor sucht: Proberaum und Noten",
      "Kirchenchor bietet, was Grundschule sucht: Auftritte",
    ]);
    expect(textsOf(r!, "en")).toEqual([
      "Grundschule offers what Kirchenchor is looking for: Proberaum and Noten",
      "Kirchenchor offers what Grundschule is looking for: Auftritte",
    ]);
    const partners = { count: 5, partners: [{ id: "a", name: "A" }] };
    expect(recommendReasonText({ code: "common-partners", params: partners }, "de")).toBe(
      "5 gemeinsame Partner: A und 4 weitere",
    );
    expect(
      recommendReasonText({ code: "shared-topics", params: { topics: ["Musik", "Bildung"] } }, "de"),
    ).toBe("gemeinsame Themen: Musik und Bildung");
  });

  it("recommend(graph, {actor}) recommends only for that actor and rejects unknown ids", () => {
    const { actors, ties } = plantedPair();
    const graph = makeGraph(actors, ties);
    const result = recommend(graph, { actor: "s5", top: 2 });
    expect(result.recommendations.map((r) => r.actor)).toEqual(["s5", "s5"]);
    expect(() => recommend(graph, { actor: "nobody" })).toThrow(UnknownActorError);
  });

  it("recommend(graph, options) rejects impossible options with RecommendOptionError", () => {
    const graph = makeGraph([{ id: "a" }], []);
    expect(() => recommend(graph, { top: 0 })).toThrow(RecommendOptionError);
    expect(() => recommend(graph, { weights: { topics: -1 } })).toThrow(RecommendOptionError);
    expect(() =>
      recommend(graph, { weights: { complement: 0, topics: 0, partners: 0, bridging: 0, nearness: 0 } }),
    ).toThrow(RecommendOptionError);
  });

  it("recommend(graph) never recommends an actor that shares no partner, topic or offer/need", () => {
    const graph = makeGraph(
      [
        { id: "a", topics: ["Kultur"] },
        { id: "b", topics: ["kultur"] },
        { id: "c", topics: ["Sport"] },
      ],
      [],
    );
    const result = recommend(graph);
    expect(listFor(result, "a")).toEqual(["b"]);
    expect(listFor(result, "c")).toEqual([]);
    // A topic held by more actors than topicCandidateLimit no longer nominates candidates by itself.
    expect(listFor(recommend(graph, { topicCandidateLimit: 1 }), "a")).toEqual([]);
  });

  it("normaliseItem(item) folds case, width, spacing and surrounding punctuation, not word forms", () => {
    expect(normaliseItem("  Räume. ")).toBe("räume");
    expect(normaliseItem("RÄUME")).toBe("räume");
    expect(normaliseItem("Hilfe  beim\tUmzug!")).toBe("hilfe beim umzug");
    expect(normaliseItem("Raum")).not.toBe(normaliseItem("Räume"));
  });

  it("neighbouringDistricts(districts, actors, k) links each district to its k nearest, symmetrically", () => {
    const place = (id: string, lat: number, lon: number): District => ({
      id,
      name: id,
      lat,
      lon,
      attributes: {},
    });
    // A line of districts 1 km apart (about 0.009° latitude), plus one far away.
    const districts = [
      place("A", 48.0, 9.0),
      place("B", 48.009, 9.0),
      place("C", 48.018, 9.0),
      place("Z", 49, 9),
    ];
    const neighbours = neighbouringDistricts(districts, [], 1);
    expect([...neighbours.get("A")!]).toEqual(["B"]);
    expect([...neighbours.get("B")!].sort()).toEqual(["A", "C"]);
    expect([...neighbours.get("Z")!]).toEqual(["C"]);
    // A district without coordinates takes the mean of its actors' coordinates.
    const fromActors = neighbouringDistricts([], [actor({ id: "x", district: "Q", lat: 48.0, lon: 9.0 })], 1);
    expect([...fromActors.get("Q")!]).toEqual([]);
  });

  it("recommend(graph) is deterministic: same input, byte-identical output", () => {
    const { actors, ties } = plantedPair();
    const run = () => JSON.stringify(recommend(makeGraph(actors, ties), { seed: 4 }));
    expect(run()).toBe(run());
  });

  it("never recommends an existing tie or the actor itself, keeps ranks ordered, honours the offer/need guarantees", () => {
    const items = ["Räume", "Beratung", "Ehrenamtliche", "Transport"];
    const arbActor = fc.record({
      district: fc.constantFrom("N", "S", "O"),
      topics: fc.subarray(["Sport", "Kultur", "Senioren"]),
      offers: fc.subarray(items),
      needs: fc.subarray(items),
    });
    fc.assert(
      fc.property(
        fc.array(arbActor, { minLength: 2, maxLength: 14 }),
        fc.array(fc.tuple(fc.nat(13), fc.nat(13))),
        fc.integer({ min: 1, max: 4 }),
        (specs, pairs, top) => {
          const actors = specs.map((s, i) => ({ id: `a${i}`, ...s }));
          const n = actors.length;
          const ties = pairs
            .filter(([i, j]) => i < n && j < n && i !== j)
            .map(([i, j]): [string, string] => [`a${i}`, `a${j}`]);
          const graph = makeGraph(actors, ties);
          const result = recommend(graph, { top });
          for (const r of result.recommendations) {
            expect(r.actor).not.toBe(r.candidate);
            expect(graph.hasEdge(r.actor, r.candidate)).toBe(false);
          }
          for (const a of actors) {
            const mine = result.recommendations.filter((r) => r.actor === a.id);
            expect(mine.length).toBeLessThanOrEqual(top);
            for (let k = 1; k < mine.length; k++)
              expect(mine[k - 1].score).toBeGreaterThanOrEqual(mine[k].score);
            const complementary = actors.filter(
              (b) =>
                b.id !== a.id &&
                !graph.hasEdge(a.id, b.id) &&
                (b.offers.some((x) => a.needs.includes(x)) || a.offers.some((x) => b.needs.includes(x))),
            );
            if (complementary.length <= top) {
              expect(mine.map((r) => r.candidate)).toEqual(
                expect.arrayContaining(complementary.map((b) => b.id)),
              );
            }
            // Exclusive pairs: an item that only one of the two offers and only the other seeks.
            const holders = (field: "offers" | "needs", item: string) =>
              actors.filter((x) => x[field].includes(item));
            const exclusiveItem = (offerer: typeof a, seeker: typeof a, item: string) =>
              holders("offers", item).length === 1 &&
              holders("needs", item).length === 1 &&
              offerer.offers.includes(item) &&
              seeker.needs.includes(item);
            const exclusive = complementary.filter((b) =>
              items.some((item) => exclusiveItem(a, b, item) || exclusiveItem(b, a, item)),
            );
            if (exclusive.length <= top) {
              expect(mine.map((r) => r.candidate)).toEqual(
                expect.arrayContaining(exclusive.map((b) => b.id)),
              );
            }
          }
        },
      ),
      { numRuns: 120 },
    );
  });
});
