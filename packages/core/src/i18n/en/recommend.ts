/** English texts of the recommended introductions: the reasons given for each recommendation, by code. */
import type { RecommendReason, RecommendReasonCode } from "../../recommend/reasons.js";
import { joinListEn } from "./gaps.js";

/** One text per reason code, filled in from the reason's parameters. */
export type RecommendReasonTexts = {
  [C in RecommendReasonCode]: (p: Extract<RecommendReason, { code: C }>["params"]) => string;
};

/** „A, B, C and 2 more“ for the first names of `count` actors. */
const someOf = (names: readonly string[], count: number) =>
  count > names.length ? `${names.join(", ")} and ${count - names.length} more` : joinListEn(names);

const reasons: RecommendReasonTexts = {
  "offer-sought": (p) =>
    `${p.offerer.name} offers what ${p.seeker.name} is looking for: ${joinListEn(p.items)}`,
  "shared-topics": (p) =>
    `${p.topics.length === 1 ? "shared topic" : "shared topics"}: ${joinListEn(p.topics)}`,
  "common-partners": (p) =>
    `${p.count} common ${p.count === 1 ? "partner" : "partners"}: ${someOf(
      p.partners.map((a) => a.name),
      p.count,
    )}`,
  "same-district": (p) => `both in ${p.district}`,
  "neighbouring-districts": (p) => `neighbouring districts: ${p.from} and ${p.to}`,
  "bridges-districts": (p) => `connects the districts ${p.from} and ${p.to}`,
  "bridges-sectors": (p) => `connects the sectors ${p.from} and ${p.to}`,
  "bridges-communities": () => "connects two groups of the network that have few ties with each other",
};

export const recommendMessagesEn = {
  reasons,
  cliHeading: (p: { actor: string }) => `Recommended contacts for ${p.actor}:`,
  cliNone: "no recommendation",
};

export type RecommendMessages = typeof recommendMessagesEn;
