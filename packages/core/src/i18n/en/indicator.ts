/** English texts of the 6.3.3 indicator: component names and why a component does not apply. */

export const indicatorMessagesEn = {
  components: {
    connected: "Connected (share in the largest connected part)",
    reach2: "Reach (pairs within two steps)",
    crossDistrict: "Ties across districts (relative to chance)",
    crossSector: "Ties across sectors (relative to chance)",
    isolated: "Not isolated (share with at least one tie)",
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
};

export type IndicatorMessages = typeof indicatorMessagesEn;
