/**
 * The registry: every measure vernetzt computes, as descriptors (`measures/types.ts`), in the order their
 * fields appear in `vernetzt analyze --json`. A new measure is one descriptor in the file of its algorithm
 * and one line here, appended to its scope (fields are only ever added at the end). Everything else is
 * derived from this list: the actor rows of `measureNetwork` and `analyze` and their types, the JSON schema
 * (`analyzeSchema`), `vernetzt metrics` (`measureCatalog`), the dashboard's measure menu and profile, and the
 * tables of `docs/metrics.md` and `docs/groups.md`.
 */
import { betweennessMeasure, betweennessNormalizedMeasure } from "../centrality/betweenness.js";
import { betweennessDirectedMeasure } from "../centrality/betweenness-directed.js";
import { closenessMeasure } from "../centrality/closeness.js";
import { closenessDirectedMeasure } from "../centrality/closeness-directed.js";
import { degreeMeasure, inDegreeMeasure, outDegreeMeasure, strengthMeasure } from "../centrality/degree.js";
import { tieBetweennessMeasure } from "../centrality/edge-betweenness.js";
import { eigenvectorMeasure } from "../centrality/eigenvector.js";
import { harmonicMeasure } from "../centrality/harmonic.js";
import { pagerankMeasure } from "../centrality/pagerank.js";
import { communitiesMeasure, communityMeasure, modularityMeasure } from "../communities/louvain.js";
import { communityARIMeasure, communityNMIMeasure } from "../communities/partition-agreement.js";
import { assortativityMeasure } from "../groups/assortativity.js";
import { brokerageMeasure } from "../groups/brokerage.js";
import { uncategorisedMeasure } from "../groups/categories.js";
import { eiIndexByCategoryMeasure, eiIndexMeasure, eiPValueMeasure } from "../groups/ei-index.js";
import { mixingMeasure } from "../groups/mixing-matrix.js";
import type { Measure, ValuesOf, WrittenValuesOf } from "../measures/types.js";
import { centralizationMeasure } from "../structure/centralization.js";
import { clusteringMeasure } from "../structure/clustering.js";
import { clusteringWeightedMeasure } from "../structure/clustering-weighted.js";
import { componentsMeasure, largestComponentMeasure } from "../structure/components.js";
import { coreNumberMeasure } from "../structure/core-number.js";
import {
  articulationPointMeasure,
  articulationPointsMeasure,
  bridgesMeasure,
} from "../structure/cut-points.js";
import { densityMeasure, directedDensityMeasure } from "../structure/density.js";
import { averagePathLengthMeasure, diameterMeasure } from "../structure/distances.js";
import { reciprocityMeasure } from "../structure/reciprocity.js";
import { constraintMeasure, effectiveSizeMeasure } from "../structure/structural-holes.js";
import {
  constraintDirectedMeasure,
  effectiveSizeDirectedMeasure,
} from "../structure/structural-holes-directed.js";
import { transitivityMeasure } from "../structure/transitivity.js";

/**
 * Every measure, by scope, each scope in the order of its fields in `vernetzt analyze --json`.
 */
export const MEASURES = [
  // actor: `actors[]`
  degreeMeasure,
  strengthMeasure,
  betweennessMeasure,
  betweennessNormalizedMeasure,
  closenessMeasure,
  harmonicMeasure,
  eigenvectorMeasure,
  pagerankMeasure,
  coreNumberMeasure,
  clusteringMeasure,
  constraintMeasure,
  effectiveSizeMeasure,
  communityMeasure,
  articulationPointMeasure,
  inDegreeMeasure,
  outDegreeMeasure,
  brokerageMeasure,
  betweennessDirectedMeasure,
  closenessDirectedMeasure,
  constraintDirectedMeasure,
  effectiveSizeDirectedMeasure,
  clusteringWeightedMeasure,
  // network: `network`
  densityMeasure,
  componentsMeasure,
  largestComponentMeasure,
  transitivityMeasure,
  averagePathLengthMeasure,
  diameterMeasure,
  articulationPointsMeasure,
  bridgesMeasure,
  modularityMeasure,
  communitiesMeasure,
  centralizationMeasure,
  reciprocityMeasure,
  directedDensityMeasure,
  // group: `groups.<attribute>`
  mixingMeasure,
  eiIndexMeasure,
  eiIndexByCategoryMeasure,
  eiPValueMeasure,
  assortativityMeasure,
  uncategorisedMeasure,
  communityNMIMeasure,
  communityARIMeasure,
  // tie: not in `analyze` (see `vernetzt ties`)
  tieBetweennessMeasure,
] as const satisfies readonly Measure[];

/** Any registered descriptor. */
export type RegisteredMeasure = (typeof MEASURES)[number];

/** The registered measures of one scope. */
export type MeasuresOf<S extends Measure["scope"]> = Extract<RegisteredMeasure, { scope: S }>;

/** Measures that need nothing beyond the graph view and the settings: what `measureNetwork` computes. */
export type StructuralMeasure = Exclude<RegisteredMeasure, { needs: string }>;

/** Every registered per-actor value of `measureNetwork` (always all, whatever the data). */
export type StructuralActorValues = ValuesOf<Extract<StructuralMeasure, { scope: "actor" }>>;

/** Every registered whole-network value of `measureNetwork`. */
export type StructuralNetworkValues = ValuesOf<Extract<StructuralMeasure, { scope: "network" }>>;

/** The measure fields of an actor in `analyze` (`inDegree`, `outDegree` for directed data, `brokerage` with groups). */
export type AnalysisActorValues = WrittenValuesOf<MeasuresOf<"actor">>;

/** The measure fields of `analyze`'s `network`. */
export type AnalysisNetworkValues = WrittenValuesOf<MeasuresOf<"network">>;

/** The measure fields of one group attribute in `analyze`. */
export type AnalysisGroupValues = WrittenValuesOf<MeasuresOf<"group">>;
