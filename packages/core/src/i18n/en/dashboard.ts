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
    `“< 5”: fewer than ${k} actors in this district; its figures are withheld so that no one can be identified.`,
  suppressedPairHint: ({ k }) =>
    `"< ${k}": fewer than ${k} actors in one of the two groups; their ties are not shown, so that nobody can be recognised.`,
};
