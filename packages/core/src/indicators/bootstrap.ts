/**
 * Vertex bootstrap of the 6.3.3 composite (Snijders & Borgatti 1999, "Non-parametric standard errors and
 * tests for network statistics", Connections 22(2), 1–10): the survey respondents are the sampled units, so
 * each replicate draws as many respondents as answered, with replacement, keeps every non-respondent once,
 * and ties two actors of the replicate when their originals are tied. Copies of the same respondent are not
 * tied to each other (Snijders & Borgatti draw such ties at random; with few duplicates the difference is
 * small). The interval is the percentile interval of the replicate values (quantile type 7, R's default).
 * Limits: it shows how much the value depends on who happened to answer, not the bias from who did not.
 */

import type { Snapshot } from "../gaps/snapshot.js";
import { createRng, type Rng } from "../generate/random.js";
import { componentContext, compositeValue, indicatorComponents } from "./components.js";

export interface BootstrapSettings {
  replicates: number;
  level: number;
  seed: number;
}

/** The percentile interval `[low, high]` of the composite, or `null` when no replicate has a value. */
export function bootstrapInterval(
  snap: Snapshot,
  respondents: readonly number[],
  settings: BootstrapSettings,
): [number, number] | null {
  const rng = createRng(settings.seed, "indicator-bootstrap");
  const isRespondent = new Uint8Array(snap.actors.length);
  for (const i of respondents) isRespondent[i] = 1;
  const fixed = snap.actors.flatMap((_, i) => (isRespondent[i] ? [] : [i]));
  const values: number[] = [];
  for (let run = 0; run < settings.replicates; run++) {
    const value = compositeValue(replicateComponents(snap, fixed, respondents, rng));
    if (value !== null) values.push(value);
  }
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  const tail = (1 - settings.level) / 2;
  return [quantile(values, tail), quantile(values, 1 - tail)];
}

function replicateComponents(
  snap: Snapshot,
  fixed: readonly number[],
  respondents: readonly number[],
  rng: Rng,
) {
  const originals = [...fixed];
  for (let k = 0; k < respondents.length; k++)
    originals.push(respondents[Math.floor(rng() * respondents.length)]);
  const copies = new Map<number, number[]>();
  originals.forEach((original, copy) => {
    const list = copies.get(original);
    if (list) list.push(copy);
    else copies.set(original, [copy]);
  });
  const neighbours = originals.map((original) =>
    snap.neighbours[original].flatMap((v) => copies.get(v) ?? []).sort((a, b) => a - b),
  );
  const replicate: Snapshot = {
    actors: originals.map((i) => snap.actors[i]),
    index: new Map(),
    neighbours,
    edges: [],
  };
  return indicatorComponents(
    componentContext(replicate),
    originals.map((_, i) => i),
  );
}

/** Quantile of sorted `values` at `p` with linear interpolation (Hyndman & Fan type 7). */
export function quantile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const low = Math.floor(position);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}
