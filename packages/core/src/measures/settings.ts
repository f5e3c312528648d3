/**
 * The settings of a measure run (`MeasureSettings`) with their defaults, and the option entries descriptors
 * list in `options` so that `vernetzt metrics` and the docs say which setting changes which measure.
 */
import type { MeasureOption, MeasureSettings } from "./types.js";

/** The defaults: networkx's conventions (unweighted paths, exact sweep), seeds 1, 1,000 permutations. */
export const DEFAULT_MEASURE_SETTINGS: MeasureSettings = {
  weighted: false,
  samples: null,
  sampleSeed: 1,
  alpha: 0.85,
  seed: 1,
  permutations: 1000,
};

const D = DEFAULT_MEASURE_SETTINGS;

/** `weighted`: tie weights as intensities (`--weighted`). */
export const WEIGHTED_OPTION: MeasureOption = {
  id: "weighted",
  flag: "--weighted",
  default: D.weighted,
  description: "use tie weights as intensities: a path's length is the sum of 1 / weight",
};

/** `samples`: estimate the path measures from sampled sources (`--samples`). */
export const SAMPLES_OPTION: MeasureOption = {
  id: "samples",
  flag: "--samples",
  default: D.samples,
  description: "estimate from k sampled source actors (seeded) instead of a sweep from every actor",
};

/** `alpha`: PageRank's damping factor. */
export const ALPHA_OPTION: MeasureOption = {
  id: "alpha",
  flag: null,
  default: D.alpha,
  description: "damping factor: the probability of following a tie rather than jumping anywhere",
};

/** `seed`: Louvain's and the permutation tests' seed (`--seed`). */
export const SEED_OPTION: MeasureOption = {
  id: "seed",
  flag: "--seed",
  default: D.seed,
  description: "seed of the random choices: the same seed gives the same result",
};

/** `permutations`: label permutations of the E-I test (`--permutations`). */
export const PERMUTATIONS_OPTION: MeasureOption = {
  id: "permutations",
  flag: "--permutations",
  default: D.permutations,
  description: "label permutations of the test; 0 skips it (the value is then null)",
};
