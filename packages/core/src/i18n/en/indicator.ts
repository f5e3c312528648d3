/** English texts of the 6.3.3 indicator: component names and why a component does not apply. */

/** Whole numbers with thousands separators (en-GB): "22,525". */
const count = (value: number): string => value.toLocaleString("en-GB");

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
  unlevelledTies: (p: { ties: number; level: number }) =>
    `${p.ties} ${p.ties === 1 ? "tie has" : "ties have"} no level and count${p.ties === 1 ? "s" : ""} as level ${p.level} (working together).`,
  coAttendanceLevel: (p: { level: number }) =>
    `Attending the same meeting counts as level ${p.level} (knowing each other).`,
  levels: { aware: "knowing of each other", know: "knowing each other", cooperate: "working together" },
  levelsHeading: "By level of goal 6.3.3 (ties of this level and above):",
  cliLevel: (p: { name: string; minLevel: number; value: string; ties: number }) =>
    `${p.minLevel} ${p.name}: ${p.value} (${count(p.ties)} ${p.ties === 1 ? "tie" : "ties"})`,
  cliReported: (p: { reported: number; confirmed: number; oneSided: number }) =>
    `named by at least one side: ${count(p.reported)} pairs, by both: ${count(p.confirmed)}, by one: ${count(p.oneSided)}`,
  cliNonResponse: (p: {
    respondents: number;
    actors: number;
    answered: number;
    pairs: number;
    share: string;
  }) =>
    `Non-response: ${count(p.respondents)} of ${count(p.actors)} actors answered; ${count(p.answered)} of ${count(p.pairs)} pairs (${p.share} %) have at least one side that answered — ties between two non-respondents cannot be seen.`,
  cliRule: (p: { rule: string; minLevel: number }) =>
    `Level rule: ${p.rule}${p.minLevel > 1 ? `; the indicator counts ties of level ${p.minLevel} and above` : ""}.`,
  cliWave: (p: { wave: string; value: string }) => `Wave ${p.wave}: 6.3.3 indicator ${p.value}`,
  cliInterval: (p: { low: string; high: string; level: string }) =>
    `${p.level} % bootstrap interval ${p.low} to ${p.high}`,
  cliResponseRate: (p: { rate: string }) => `response rate ${p.rate} %`,
  cliSuppressed: "few actors, persons among them: not shown, to protect them",
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
