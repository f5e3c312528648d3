/** English texts of the printable handouts (one A4 page per actor). */
import { formatNumberEn } from "./gaps.js";

export const handoutsMessagesEn = {
  lang: "en",
  indexTitle: (p: { dataset: string; wave: string }) => `Handouts: ${p.dataset}, wave ${p.wave}`,
  indexIntro: "One page per actor: print it (A4) and hand it out at the network meeting.",
  columns: { actor: "Actor", district: "District", sector: "Sector", partners: "Partners" },
  district: "District",
  sector: "Sector",
  partnersHeading: "Your partners",
  noPartners: "No tie has been recorded for this wave yet.",
  positionHeading: "Your place in the network",
  /** `share`: whole percent of the actors with fewer partners, rounded down (never 100); 0 leaves it out. */
  degree: (p: { name: string; partners: number; share: number }) =>
    `${p.name} has ${p.partners} ${p.partners === 1 ? "partner" : "partners"}` +
    (p.share === 0 ? "." : `: more than ${formatNumberEn(p.share)} % of the actors.`),
  isolated: (p: { name: string }) =>
    `${p.name} has no recorded partner yet: a good moment to make first contacts.`,
  spread: (p: { districts: number; sectors: number }) =>
    `The partners come from ${p.districts} ${p.districts === 1 ? "district" : "districts"} and ${p.sectors} ${p.sectors === 1 ? "sector" : "sectors"}.`,
  crossDistrict: (p: { across: number; partners: number }) =>
    `${p.across} of ${p.partners} partners work in another district.`,
  broker: (p: { name: string }) =>
    `${p.name} links actors who would otherwise reach each other only by detours: a bridging role.`,
  morePartners: (p: { count: number }) => `… and ${p.count} more.`,
  recommendHeading: "Who you might meet",
  noRecommendations:
    "No recommendation: no actor shares an offer, a need, a topic or a partner with you yet.",
  footer: (p: { dataset: string; wave: string }) => `vernetzt · ${p.dataset} · wave ${p.wave}`,
  back: "All handouts",
  cliWritten: (p: { count: number; dir: string }) =>
    `${p.count} handouts written to ${p.dir} (overview: ${p.dir}/index.html).`,
};

export type HandoutsMessages = typeof handoutsMessagesEn;
