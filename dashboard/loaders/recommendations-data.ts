/**
 * The Empfehlungen JSON (`recommendations.json`): recommended introductions in the latest wave (core's
 * `recommend`: complementary offers and needs, shared topics, common partners, bridging, nearness; German
 * reasons). Pure: the data loader and the upload worker both call {@link recommendationsData}.
 */
import { buildGraph, type Dataset, latestWave, recommend, recommendReasonText } from "@vernetzt/core";
import { districtNames } from "../browser/dataset-graphs.js";

/** Recommendations per actor. */
export const RECOMMENDATIONS_TOP = 5;

/** The `recommendations.json` contract. */
export interface RecommendationsData {
  wave: string;
  top: number;
  actors: Array<{ id: string; name: string; district?: string; sector?: string }>;
  recommendations: Array<{ actor: string; candidate: string; score: number; reasons: string[] }>;
}

/** The top {@link RECOMMENDATIONS_TOP} introductions per actor of `dataset`'s latest wave (seed 1). */
export function recommendationsData(dataset: Dataset): RecommendationsData {
  const wave = latestWave(dataset);
  const districtName = districtNames(dataset);
  const result = recommend(buildGraph(dataset, { wave }), {
    top: RECOMMENDATIONS_TOP,
    seed: 1,
    districts: dataset.districts,
  });
  return {
    wave,
    top: RECOMMENDATIONS_TOP,
    actors: dataset.actors.map((a) => {
      const district = districtName(a.district);
      return {
        id: a.id,
        name: a.name,
        ...(district !== undefined && { district }),
        ...(a.sector !== undefined && { sector: a.sector }),
      };
    }),
    recommendations: result.recommendations.map((r) => ({
      actor: r.actor,
      candidate: r.candidate,
      score: Math.round(r.score * 1000) / 1000,
      reasons: r.reasons.map((reason) => recommendReasonText(reason, "de")),
    })),
  };
}
