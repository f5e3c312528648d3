/** English texts of the recommended introductions: the reasons given for each recommendation. */
import { joinListEn } from "./gaps.js";

export const recommendMessagesEn = {
  offersSought: (p: { offerer: string; items: readonly string[]; seeker: string }) =>
    `${p.offerer} offers ${joinListEn(p.items)}, which ${p.seeker} is looking for`,
  sharedTopics: (p: { topics: readonly string[] }) => `shared topics: ${joinListEn(p.topics)}`,
  commonPartners: (p: { count: number; names: readonly string[]; more: number }) =>
    `${p.count} common ${p.count === 1 ? "partner" : "partners"}: ${p.names.join(", ")}${p.more > 0 ? ` and ${p.more} more` : ""}`,
  bridgesDistricts: (p: { from: string; to: string }) => `connects the districts ${p.from} and ${p.to}`,
  bridgesSectors: (p: { from: string; to: string }) => `connects the sectors ${p.from} and ${p.to}`,
  bridgesCommunities: "connects two groups of the network that have few ties with each other",
  sameDistrict: (p: { district: string }) => `both in ${p.district}`,
  neighbouringDistricts: (p: { from: string; to: string }) => `neighbouring districts: ${p.from} and ${p.to}`,
  cliHeading: (p: { actor: string }) => `Recommended contacts for ${p.actor}:`,
  cliNone: "no recommendation",
};

export type RecommendMessages = typeof recommendMessagesEn;
