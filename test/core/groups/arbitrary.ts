/** fast-check arbitraries of small vernetzt graphs with a categorical attribute, for property tests. */
import fc from "fast-check";
import { fixtureGraph } from "./reference-fixtures.js";

export interface SmallGraph {
  directed: boolean;
  actors: { id: string; category: string | null }[];
  ties: [string, string, number][];
}

const CATEGORIES = ["Altstadt", "Äußere Neustadt", "oberer Hang", "Süd"];

/** Up to `maxActors` actors, some without a district, and distinct ties without self-loops. */
export function smallGraph(maxActors = 25): fc.Arbitrary<SmallGraph> {
  return (
    fc
      .record({
        directed: fc.boolean(),
        categories: fc.array(fc.option(fc.constantFrom(...CATEGORIES), { freq: 6 }), {
          minLength: 1,
          maxLength: maxActors,
        }),
      })
      // At least one actor must have a district, or every measure rightly refuses the attribute.
      .filter(({ categories }) => categories.some((c) => c !== null))
      .chain(({ directed, categories }) => {
        const n = categories.length;
        const pair = fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 1, max: 5 }));
        return fc.array(pair, { maxLength: 3 * n }).map((raw) => {
          const seen = new Set<string>();
          const ties: [string, string, number][] = [];
          for (const [s, t, w] of raw) {
            const key = directed || s < t ? `${s}>${t}` : `${t}>${s}`;
            if (s === t || seen.has(key)) continue;
            seen.add(key);
            ties.push([`a${s}`, `a${t}`, w]);
          }
          const actors = categories.map((category, i) => ({ id: `a${i}`, category }));
          return { directed, actors, ties };
        });
      })
  );
}

/** The graph as a vernetzt graph with the category as `district`. */
export const toGraph = (g: SmallGraph) => fixtureGraph({ ...g, attribute: "district" });

/** The same graph with actors renamed and, unless `reorder` is false, actors and ties in reverse order. */
export function relabelled(
  g: SmallGraph,
  reorder = true,
): { graph: SmallGraph; rename: (id: string) => string } {
  const rename = (id: string) => `neu-${id.split("").reverse().join("")}`;
  const order = <T>(items: T[]) => (reorder ? [...items].reverse() : items);
  return {
    rename,
    graph: {
      directed: g.directed,
      actors: order(g.actors).map((a) => ({ ...a, id: rename(a.id) })),
      ties: order(g.ties).map(([s, t, w]) => [rename(s), rename(t), w]),
    },
  };
}
