/** English texts of the dashboard's interactive views (network explorer, legend, actor table, profile). */

/** The texts of the dashboard's network view; `dashboardMessagesDe` is the German version. */
export interface DashboardMessages {
  controls: string;
  colourBy: string;
  sizeBy: string;
  sizeEqual: string;
  filterDistrict: string;
  filterSector: string;
  filterTopic: string;
  filterWave: string;
  all: string;
  allWaves: string;
  search: string;
  searchHint: string;
  searchNotFound: (p: { query: string }) => string;
  reset: string;
  attributes: { district: string; sector: string; community: string; kind: string };
  missingValue: string;
  otherValues: (p: { count: number }) => string;
  legend: string;
  /** Which wave's measures and communities are shown ("all waves" shows the latest). */
  valuesOfWave: (p: { wave: string }) => string;
  networkLabel: (p: { actors: number; ties: number }) => string;
  shownCount: (p: { actors: number; total: number; ties: number }) => string;
  tableCaption: string;
  tableName: string;
  tableTies: string;
  topics: string;
  offers: string;
  needs: string;
  neighbours: string;
  noNeighbours: string;
  profileHint: string;
  profileLink: string;
  recommendationsLink: string;
  close: string;
  noActors: string;
  /** Last row of a long table alternative. */
  moreRows: (p: { count: number }) => string;
  /** Why some filters are missing: the data have no such column (or only one wave). */
  filtersAbsent: (p: { names: string }) => string;
  /** The dataset banner on every page: which data are shown. */
  banner: {
    label: string;
    built: (p: { name: string }) => string;
    uploaded: string;
    uploadedDetail: (p: { files: string; savedAt: string }) => string;
    storage: string;
    back: string;
    loadOwn: string;
  };
  /** A district figure withheld for privacy (fewer than 5 actors). */
  suppressed: string;
  suppressedHint: (p: { k: number }) => string;
  /** Why a pair of districts or sectors (Lückenkarte) shows `< k` instead of its ties. */
  suppressedPairHint: (p: { k: number }) => string;
  /** What the export buttons save ("… als PNG speichern"). */
  exportNetwork: string;
  /** The Überblick's first screen: three questions answered for the latest wave (#21). */
  firstScreen: FirstScreenMessages;
  /** Kinds of actor as the data hold them (`organisation`, `person`, `group`), in words. */
  kinds: Record<"organisation" | "person" | "group", string>;
  /** Network legend: every category named, one can be picked (#21). */
  legendPick: string;
  legendPicked: (p: { value: string }) => string;
  legendGrey: (p: { count: number }) => string;
  /** Profiles: which wave a figure is from (#21). */
  /** A wave by its name: `Welle 2025`. */
  waveName: (p: { wave: string }) => string;
  valuesIn: (p: { wave: string }) => string;
  partnersIn: (p: { wave: string; count: number }) => string;
  partnersEarlier: (p: { count: number }) => string;
  partnersAllWaves: (p: { count: number }) => string;
  /** The Akteure page's search and table (#21). */
  actorsSearch: string;
  actorsSearchHint: string;
  actorsShown: (p: { shown: number; total: number }) => string;
  actorsCaption: (p: { total: number }) => string;
  actorsTies: (p: { wave: string }) => string;
}

/** Texts of the Überblick's first screen; numbers and percentages come formatted. */
export interface FirstScreenMessages {
  label: string;
  knowEachOther: string;
  indicatorOf: (p: { wave: string }) => string;
  noIndicator: string;
  trend: (p: {
    direction: "up" | "down" | "same";
    points: string;
    previousWave: string;
    previous: string;
  }) => string;
  interval: (p: { low: string; high: string }) => string;
  intervalHint: string;
  /** Said instead of the interval and the response rate when the data do not say who answered the survey. */
  noRespondents: string;
  weakest: (p: { component: string; value: string }) => string;
  toIndicator: string;
  thin: string;
  /** After the category's name. */
  isolated: (p: { by: "district" | "sector"; actors: number }) => string;
  /** After the pair's names. */
  pair: (p: {
    observed: number;
    expected: string;
    certainty: "clear" | "likely" | "maybeChance" | "unknown";
  }) => string;
  certaintyHint: string;
  unconnected: (p: { actors: number; total: number; wave: string }) => string;
  parts: (p: { parts: number; largest: number; total: number }) => string;
  noThinSpot: string;
  suppressedGaps: (p: { count: number }) => string;
  toGaps: string;
  meet: string;
  introductionOf: (p: { actor: string; candidate: string }) => string;
  noIntroduction: string;
  toRecommendations: string;
  changedSince: (p: { wave: string }) => string;
  tiesChange: (p: {
    before: string;
    after: string;
    from: string;
    to: string;
    new: string;
    lost: string;
  }) => string;
  /** Where meeting co-attendance made or ended ties; `meeting`: the one that made the most ended ones. */
  meetings: (p: {
    lostFromMeetings: string;
    newFromMeetings: string;
    meeting: string | null;
    reportedNew: string;
    reportedLost: string;
  }) => string;
  /** A meeting named in the changes. */
  meeting: (p: { title: string; date: string | null; attendees: string }) => string;
  crossDistrict: (p: { new: string; lost: string; lostFromMeetings: string | null }) => string;
  actorsChange: (p: { new: number; lost: number }) => string;
  toChanges: string;
}

export const dashboardMessagesEn: DashboardMessages = {
  controls: "Display and filters",
  colourBy: "Colour by",
  sizeBy: "Size by",
  sizeEqual: "all the same",
  filterDistrict: "District",
  filterSector: "Sector",
  filterTopic: "Topic",
  filterWave: "Survey wave",
  all: "all",
  allWaves: "all waves",
  search: "Find an actor",
  searchHint: "Type a name and press Enter.",
  searchNotFound: (p) => `No actor's name contains "${p.query}".`,
  reset: "Reset view",
  attributes: { district: "district", sector: "sector", community: "community", kind: "kind" },
  missingValue: "not given",
  otherValues: (p) => `${p.count} more`,
  valuesOfWave: (p) => `Measures and communities of wave ${p.wave}.`,
  legend: "Legend",
  networkLabel: (p) =>
    `Network drawing of ${p.actors} actors and ${p.ties} ties. The table below lists the same actors.`,
  shownCount: (p) => `${p.actors} of ${p.total} actors and ${p.ties} ties shown.`,
  tableCaption: "Actors shown, with their number of ties in the current selection",
  tableName: "Name",
  tableTies: "Ties",
  topics: "Topics",
  offers: "Offers",
  needs: "Seeks",
  neighbours: "Works with",
  noNeighbours: "No ties in the current selection.",
  profileHint: "Click an actor in the drawing or a name in the table to see its profile.",
  profileLink: "Full profile on the Actors page",
  recommendationsLink: "Whom this actor should meet (Recommendations)",
  close: "Close",
  exportNetwork: "Drawing",
  noActors: "No actor matches the filters.",
  filtersAbsent: ({ names }) =>
    `No filter or colouring by ${names}: the data have no such column (or only one survey wave).`,
  moreRows: ({ count }) =>
    `… and ${count.toLocaleString("en-GB")} more actors: search for a name or use the filters to list them.`,
  banner: {
    label: "Dataset shown",
    built: ({ name }) => `Shown: dataset “${name}” (built into this dashboard).`,
    uploaded: "Own data (only in this browser)",
    uploadedDetail: ({ files, savedAt }) => `From ${files}, loaded ${savedAt}.`,
    storage: "Kept only in this browser's storage (IndexedDB) on this computer and never sent anywhere.",
    back: "Back to the built dataset",
    loadOwn: "Load own data",
  },
  suppressed: "< 5",
  suppressedHint: ({ k }) =>
    `“< 5”: fewer than ${k} actors in this district, persons among them; its figures are withheld so that no one can be identified.`,
  suppressedPairHint: ({ k }) =>
    `"< ${k}": fewer than ${k} actors in one of the two groups, persons among them; their ties are not shown, so that nobody can be recognised.`,
  firstScreen: {
    label: "The three questions at a glance",
    knowEachOther: "Do the actors know each other?",
    indicatorOf: (p) => `Indicator 6.3.3, wave ${p.wave}`,
    noIndicator: "No value yet: the indicator needs ties in the latest wave.",
    trend: (p) =>
      p.direction === "same"
        ? `about the same as in wave ${p.previousWave} (${p.previous})`
        : `${p.direction === "up" ? "▲ up" : "▼ down"} ${p.points} percentage points since wave ${p.previousWave} (${p.previous})`,
    interval: (p) => `range of uncertainty ${p.low} – ${p.high}`,
    noRespondents:
      "No range of uncertainty: the data do not say who answered the survey (a list of respondents, table “respondents”).",
    intervalHint:
      "95 % interval: had other actors answered the survey, the value would lie in this range (bootstrap over the respondents, see Methodik).",
    weakest: (p) => `Weakest part: ${p.component} – ${p.value}`,
    toIndicator: "Trend and districts: Entwicklung",
    thin: "Where is the network thin?",
    isolated: (p) =>
      `: not a single tie to another ${p.by === "district" ? "district" : "sector"} (${p.actors} actors).`,
    pair: (p) =>
      `: ${p.observed === 0 ? "no tie" : p.observed === 1 ? "1 tie" : `${p.observed} ties`}, ${p.expected} expected${
        p.certainty === "clear"
          ? " – hardly chance"
          : p.certainty === "likely"
            ? " – probably not chance"
            : p.certainty === "maybeChance"
              ? " – may be chance"
              : ""
      }.`,
    certaintyHint:
      "How likely the gap is chance: share of random reshuffles of the ties with as few ties (p-value, see Methodik).",
    unconnected: (p) => ` of ${p.total} actors have no tie at all in wave ${p.wave}.`,
    parts: (p) =>
      `The network falls into ${p.parts} separate parts; the largest has ${p.largest} of ${p.total} actors.`,
    suppressedGaps: (p) =>
      `${p.count} ${p.count === 1 ? "gap concerns" : "gaps concern"} small groups with persons in them (fewer than 5 actors): not shown here, to protect those involved.`,
    noThinSpot: "No clear gap: every group has about as many ties as expected.",
    toGaps: "All gaps, map and reasons: Lückenkarte",
    meet: "Who should meet whom?",
    introductionOf: (p) => `${p.actor} and ${p.candidate}`,
    noIntroduction: "No recommendation: no two actors without a tie match by offers, topics or partners.",
    toRecommendations: "All recommendations: Empfehlungen",
    changedSince: (p) => `What changed since wave ${p.wave}`,
    tiesChange: (p) =>
      `Ties: ${p.before} (wave ${p.from}) → ${p.after} (wave ${p.to}): ${p.new} new, ${p.lost} ended.`,
    meetings: (p) =>
      `Only through attending the same meeting: ${p.lostFromMeetings} of the ended ties${p.meeting ? ` (mostly ${p.meeting})` : ""} and ${p.newFromMeetings} of the new ones; named in the survey: ${p.reportedNew} new, ${p.reportedLost} ended.`,
    meeting: (p) => `“${p.title}”${p.date ? ` on ${p.date}` : ""} with ${p.attendees} attendees`,
    crossDistrict: (p) =>
      `Across district borders: ${p.new} new, ${p.lost} ended${p.lostFromMeetings ? ` (${p.lostFromMeetings} of them only through meetings)` : ""}.`,
    actorsChange: (p) => `${p.new} actors new, ${p.lost} no longer present.`,
    toChanges: "All changes (below)",
  },
  kinds: { organisation: "organisation", person: "person", group: "group" },
  legendPick: "Click an entry to highlight its actors; click again to show all.",
  legendPicked: (p) => `Highlighted: ${p.value}. Click it again to show all.`,
  legendGrey: (p) => `grey (${p.count} more):`,
  waveName: (p) => `wave ${p.wave}`,
  valuesIn: (p) => `Measures in wave ${p.wave}`,
  partnersIn: (p) => `In wave ${p.wave} (${p.count})`,
  partnersEarlier: (p) => `Only in earlier waves (${p.count})`,
  partnersAllWaves: (p) => `In all waves together: ${p.count} partners`,
  actorsSearch: "Find actors",
  actorsSearchHint: "Name, district, sector, topic, offer or need; the table shows only matching actors.",
  actorsShown: (p) => `${p.shown} of ${p.total} actors shown.`,
  actorsCaption: (p) => `All ${p.total} actors, sorted by name`,
  actorsTies: (p) => `Partners in wave ${p.wave}`,
};
