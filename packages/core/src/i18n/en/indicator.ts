/** English texts of the 6.3.3 indicator: component names and why a component does not apply. */

export const indicatorMessagesEn = {
  components: {
    connected: "Connected (share in the largest connected part)",
    reach2: "Reach (pairs within two steps)",
    crossDistrict: "Ties across districts (relative to chance)",
    crossSector: "Ties across sectors (relative to chance)",
    isolated: "Not isolated (share with at least one tie)",
  },
  short: {
    connected: "connected",
    reach2: "reach",
    crossDistrict: "across districts",
    crossSector: "across sectors",
    isolated: "not isolated",
  },
  composite: "6.3.3 indicator (mean of the components that apply)",
  notApplicable: (p: { component: string; reason: "noActors" | "tooFewActors" | "noCategories" }) =>
    `${p.component}: does not apply (${
      {
        noActors: "no actors",
        tooFewActors: "fewer than two actors",
        noCategories: "fewer than two categories, or no tie between actors with a known category",
      }[p.reason]
    }); left out of the mean.`,
  noDistricts: "No actor has a district: there is no breakdown by district.",
  cliWave: (p: { wave: string; value: string }) => `Wave ${p.wave}: 6.3.3 indicator ${p.value}`,
  cliInterval: (p: { low: string; high: string; level: string }) =>
    `${p.level} % bootstrap interval ${p.low} to ${p.high}`,
  cliResponseRate: (p: { rate: string }) => `response rate ${p.rate} %`,
  cliSuppressed: "fewer actors: not shown, to protect them",
  cliByDistrict: "By district:",
  notApplicableShort: "does not apply",
  compareHeading: (p: { from: string; to: string }) => `From wave ${p.from} to wave ${p.to}:`,
  compareActors: (p: { added: number; lost: number }) =>
    `actors: ${p.added} new, ${p.lost} no longer present`,
  compareTies: (p: { added: number; lost: number }) => `ties: ${p.added} new, ${p.lost} lost`,
  compareDistricts: (p: { gained: string; lost: string }) =>
    `ties across district borders gained: ${p.gained || "none"}; lost: ${p.lost || "none"}`,
  compareSuppressed: (p: { k: number; districts: string }) =>
    `not shown (< ${p.k}, fewer actors, to protect them): ${p.districts}`,
};

export type IndicatorMessages = typeof indicatorMessagesEn;
