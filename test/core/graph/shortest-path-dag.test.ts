/**
 * The shared shortest-path engine on random graphs (several components, leaves, isolates): the
 * direction-optimising search finds the same levels and path counts as the plain breadth-first one, and
 * Dijkstra with equal weights the same distances and counts; every recorded DAG tie joins consecutive levels
 * and the recorded ties add up to σ. `clear` leaves nothing behind for the next source.
 */
import { type Adjacency, BreadthFirstDag, DijkstraDag } from "@vernetzt/core/graph";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

function adjacency(n: number, edges: [number, number][]): Adjacency {
  const rows: Set<number>[] = Array.from({ length: n }, () => new Set());
  for (const [a, b] of edges) {
    if (a === b) continue;
    rows[a]!.add(b);
    rows[b]!.add(a);
  }
  const offsets = new Int32Array(n + 1);
  const list: number[] = [];
  rows.forEach((row, i) => {
    list.push(...[...row].sort((x, y) => x - y));
    offsets[i + 1] = list.length;
  });
  return { offsets, targets: Int32Array.from(list), weights: new Float64Array(list.length).fill(1) };
}

const graphs = fc.integer({ min: 1, max: 40 }).chain((n) =>
  fc.tuple(
    fc.constant(n),
    fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), {
      maxLength: 3 * n,
    }),
  ),
);

describe("BreadthFirstDag and DijkstraDag", () => {
  it("direction-optimising, plain and Dijkstra (weights 1) searches agree on distances and path counts", () => {
    fc.assert(
      fc.property(graphs, ([n, edges]) => {
        const adj = adjacency(n, edges);
        const fast = new BreadthFirstDag(adj);
        const plain = new BreadthFirstDag(adj, false);
        const dijkstra = new DijkstraDag(adj);
        for (let s = 0; s < n; s++) {
          fast.search(s);
          plain.search(s);
          dijkstra.search(s);
          expect(fast.level).toEqual(plain.level);
          expect(fast.sigma).toEqual(plain.sigma);
          expect(fast.count).toBe(plain.count);
          expect(dijkstra.count).toBe(plain.count);
          expect(Array.from(dijkstra.distance, (d) => (d === Number.POSITIVE_INFINITY ? -1 : d))).toEqual(
            Array.from(plain.level),
          );
          expect(dijkstra.sigma).toEqual(plain.sigma);
          fast.clear();
          plain.clear();
          dijkstra.clear();
          expect(Array.from(fast.level).every((l) => l === -1)).toBe(true);
          expect(Array.from(dijkstra.sigma).every((x) => x === 0)).toBe(true);
        }
      }),
    );
  });

  it("the recorded DAG ties join consecutive levels, and each actor's predecessors' σ add up to its σ", () => {
    fc.assert(
      fc.property(graphs, ([n, edges]) => {
        const adj = adjacency(n, edges);
        const dag = new BreadthFirstDag(adj);
        const weighted = new DijkstraDag(adj);
        for (let s = 0; s < n; s++) {
          dag.search(s);
          const fromPredecessors = new Float64Array(n);
          for (let l = 0; l < dag.depth; l++) {
            for (let i = dag.levelStart[l]!; i < dag.levelStart[l + 1]!; i++) {
              const v = dag.order[i]!;
              if (dag.topDown[l] === 1) {
                for (let j = dag.succFrom[i]!; j < dag.succTo[i]!; j++) {
                  expect(dag.level[dag.dag[j]!]).toBe(l + 1);
                  fromPredecessors[dag.dag[j]!]! += dag.sigma[v]!;
                }
              }
              if (l > 0 && dag.topDown[l - 1] === 0) {
                for (let j = dag.predFrom[i]!; j < dag.predTo[i]!; j++) {
                  expect(dag.level[dag.dag[j]!]).toBe(l - 1);
                  fromPredecessors[v]! += dag.sigma[dag.dag[j]!]!;
                }
              }
            }
          }
          for (let i = 1; i < dag.count; i++) {
            const v = dag.order[i]!;
            expect(fromPredecessors[v]).toBe(dag.sigma[v]);
          }
          weighted.search(s);
          for (let i = 1; i < weighted.count; i++) {
            let sum = 0;
            for (let j = weighted.predStart[i]!; j < weighted.predStart[i + 1]!; j++)
              sum += weighted.sigma[adj.targets[weighted.pred[j]!]!]!;
            expect(sum).toBe(weighted.sigma[weighted.order[i]!]);
          }
          dag.clear();
          weighted.clear();
        }
      }),
    );
  });
});
