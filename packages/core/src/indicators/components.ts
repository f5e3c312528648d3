/**
 * The five components of the 6.3.3 indicator ("Die unterschiedlichen Akteure der Stadtgesellschaft wissen
 * voneinander, kennen sich und arbeiten zusammen"), each a share in [0, 1] where 1 is best, computed for a
 * set D of actors (all actors, or the actors of one district) in the whole undirected network:
 *
 * - `connected`: share of D in the network's largest connected component (weak components when directed;
 *   networkx `max(connected_components)`, igraph `components()$csize`).
 * - `reach2`: share of pairs of actors of D that are at most two steps apart (paths may pass through actors
 *   outside D): Σ_u |{v ∈ D \ {u}: d(u,v) ≤ 2}| / (|D|·(|D|−1)).
 * - `crossDistrict`, `crossSector`: how open the ties of D are across districts (sectors), normalised by
 *   what the degrees make likely: min(1, O/E), where O is the number of tie ends at actors of D whose other
 *   end is in a different category and E = Σ over the same tie ends of (1 − S_c/(2m)), S_c the degree sum of
 *   the end's category c and m the ties among categorised actors (Newman's configuration model). For D = all
 *   actors, O/E = (1 − Σ e_aa)/(1 − Σ a_a²) = 1 − r, with r the nominal assortativity (Newman 2003,
 *   DOI 10.1103/PhysRevE.67.026126; networkx `attribute_assortativity_coefficient`, igraph
 *   `assortativity_nominal`). Why not the raw share of cross ties: it grows with the number of districts
 *   (with 10 equal districts a random network already has 90 %), so cities and waves with different
 *   district cuts could not be compared; 1 − r is 1 when ties ignore district borders, 0 when every tie
 *   stays inside, and is capped at 1 because more-than-random mixing is not "more" of the goal.
 * - `isolated`: 1 − share of D without any tie.
 *
 * A component is `null` when it does not apply: no actors (all), fewer than two actors (`reach2`), fewer
 * than two categories or no tie end with a known category (`crossDistrict`, `crossSector`).
 */
import type { Snapshot } from "../gaps/snapshot.js";

/** The five components; `null` = does not apply (see the file comment). */
export interface IndicatorComponents {
  connected: number | null;
  reach2: number | null;
  crossDistrict: number | null;
  crossSector: number | null;
  isolated: number | null;
}

export const COMPONENT_NAMES = ["connected", "reach2", "crossDistrict", "crossSector", "isolated"] as const;
export type ComponentName = (typeof COMPONENT_NAMES)[number];

/** Per actor the category code (−1 = none) of district and sector, precomputed once per snapshot. */
export interface ComponentContext {
  snap: Snapshot;
  district: Int32Array;
  sector: Int32Array;
  /** Component id of every actor and the id of the largest component. */
  component: Int32Array;
  largest: number;
}

/**
 * Precomputes categories (unless given, e.g. by a bootstrap replicate) and components of `snap`.
 *
 * @example
 * ```ts
 * import { componentContext } from "@vernetzt/core/indicators";
 * import type { Actor } from "@vernetzt/core/model";
 *
 * const actor = (id: string, district: string, sector: string): Actor => {
 *   return { id, name: id, district, sector, topics: [], offers: [], needs: [], attributes: {} };
 * };
 * const actors = [actor("a", "Nord", "Kirche"), actor("b", "Nord", "Schule"), actor("c", "Süd", "Kirche")];
 * actors.push(actor("d", "Süd", "Schule"));
 * // the snapshot (undirected, by index) of the path a – b – c and the isolate d
 * const snap = {
 *   actors,
 *   index: new Map(actors.map((a, i): [string, number] => [a.id, i])),
 *   neighbours: [[1], [0, 2], [1], []],
 *   edges: [[0, 1], [1, 2]] as Array<[number, number]>,
 * };
 * const context = componentContext(snap);
 * context.district //=> [0, 0, 1, 1]
 * context.component //=> [0, 0, 0, 1]
 * context.largest //=> 0
 * ```
 */
export function componentContext(
  snap: Snapshot,
  given?: { district: Int32Array; sector: Int32Array },
): ComponentContext {
  const codes = (field: "district" | "sector") => {
    if (given) return given[field];
    const seen = new Map<string, number>();
    return Int32Array.from(snap.actors, (actor) => {
      const value = actor[field]?.trim();
      if (!value) return -1;
      if (!seen.has(value)) seen.set(value, seen.size);
      return seen.get(value)!;
    });
  };
  const { component, largest } = connectedComponents(snap.neighbours);
  return { snap, district: codes("district"), sector: codes("sector"), component, largest };
}

function connectedComponents(neighbours: readonly number[][]): { component: Int32Array; largest: number } {
  const component = new Int32Array(neighbours.length).fill(-1);
  let largest = -1;
  let largestSize = 0;
  let next = 0;
  const stack: number[] = [];
  for (let start = 0; start < neighbours.length; start++) {
    if (component[start] >= 0) continue;
    const id = next++;
    let size = 0;
    component[start] = id;
    stack.push(start);
    while (stack.length > 0) {
      const u = stack.pop()!;
      size += 1;
      for (const v of neighbours[u]) {
        if (component[v] < 0) {
          component[v] = id;
          stack.push(v);
        }
      }
    }
    if (size > largestSize) {
      largestSize = size;
      largest = id;
    }
  }
  return { component, largest };
}

/**
 * The five components for the actors `members` (indices into the snapshot).
 *
 * @example
 * ```ts
 * import { componentContext, indicatorComponents } from "@vernetzt/core/indicators";
 * import type { Actor } from "@vernetzt/core/model";
 *
 * const actor = (id: string, district: string, sector: string): Actor => {
 *   return { id, name: id, district, sector, topics: [], offers: [], needs: [], attributes: {} };
 * };
 * const actors = [actor("a", "Nord", "Kirche"), actor("b", "Nord", "Schule"), actor("c", "Süd", "Kirche")];
 * actors.push(actor("d", "Süd", "Schule"));
 * // the snapshot (undirected, by index) of the path a – b – c and the isolate d
 * const snap = {
 *   actors,
 *   index: new Map(actors.map((a, i): [string, number] => [a.id, i])),
 *   neighbours: [[1], [0, 2], [1], []],
 *   edges: [[0, 1], [1, 2]] as Array<[number, number]>,
 * };
 * const context = componentContext(snap);
 * // 3 of 4 in the largest component; 6 of 12 ordered pairs within two steps; d has no tie;
 * // across districts and sectors more than the degrees make likely (capped at 1)
 * const all = indicatorComponents(context, [0, 1, 2, 3]);
 * all //=> { connected: 0.75, reach2: 0.5, crossDistrict: 1, crossSector: 1, isolated: 0.75 }
 * indicatorComponents(context, [0, 1]).reach2 //=> 1
 * ```
 */
export function indicatorComponents(
  context: ComponentContext,
  members: readonly number[],
): IndicatorComponents {
  const { snap } = context;
  const n = members.length;
  if (n === 0) {
    return { connected: null, reach2: null, crossDistrict: null, crossSector: null, isolated: null };
  }
  let inLargest = 0;
  let isolated = 0;
  for (const u of members) {
    if (context.component[u] === context.largest) inLargest += 1;
    if (snap.neighbours[u].length === 0) isolated += 1;
  }
  return {
    connected: inLargest / n,
    reach2: reachWithinTwo(snap.neighbours, members),
    crossDistrict: crossShare(snap.neighbours, context.district, members),
    crossSector: crossShare(snap.neighbours, context.sector, members),
    isolated: 1 - isolated / n,
  };
}

function reachWithinTwo(neighbours: readonly number[][], members: readonly number[]): number | null {
  const n = members.length;
  if (n < 2) return null;
  const inSet = new Uint8Array(neighbours.length);
  for (const u of members) inSet[u] = 1;
  const mark = new Int32Array(neighbours.length).fill(-1);
  let reached = 0;
  for (const u of members) {
    mark[u] = u;
    for (const v of neighbours[u]) {
      if (mark[v] !== u) {
        mark[v] = u;
        reached += inSet[v];
      }
      for (const w of neighbours[v]) {
        if (mark[w] !== u) {
          mark[w] = u;
          reached += inSet[w];
        }
      }
    }
  }
  return reached / (n * (n - 1));
}

function crossShare(
  neighbours: readonly number[][],
  code: Int32Array,
  members: readonly number[],
): number | null {
  let categories = 0;
  const degreeSum = new Map<number, number>();
  let twoM = 0;
  neighbours.forEach((list, u) => {
    if (code[u] < 0) return;
    let degree = 0;
    for (const v of list) if (code[v] >= 0) degree += 1;
    if (!degreeSum.has(code[u])) categories += 1;
    degreeSum.set(code[u], (degreeSum.get(code[u]) ?? 0) + degree);
    twoM += degree;
  });
  if (categories < 2 || twoM === 0) return null;
  let observed = 0;
  let expected = 0;
  for (const u of members) {
    if (code[u] < 0) continue;
    const away = 1 - degreeSum.get(code[u])! / twoM;
    for (const v of neighbours[u]) {
      if (code[v] < 0) continue;
      if (code[v] !== code[u]) observed += 1;
      expected += away;
    }
  }
  if (expected === 0) return null;
  return Math.min(1, observed / expected);
}

/**
 * The composite: the unweighted mean of the components that apply; `null` when none applies.
 *
 * @example
 * ```ts
 * import { compositeValue } from "@vernetzt/core/indicators";
 *
 * compositeValue({ connected: 0.75, reach2: 0.5, crossDistrict: 1, crossSector: 1, isolated: 0.75 }) //=> 0.8
 * // a component that does not apply is left out of the mean
 * const partial = { connected: 1, reach2: null, crossDistrict: null, crossSector: 0.5, isolated: 1 };
 * compositeValue(partial) //=> 0.8333
 * ```
 */
export function compositeValue(components: IndicatorComponents): number | null {
  const values = COMPONENT_NAMES.map((name) => components[name]).filter((v): v is number => v !== null);
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}
