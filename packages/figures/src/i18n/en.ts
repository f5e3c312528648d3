/** English words of the figures; defines {@link FigureMessages}, which `de.ts` implements. */

const number = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export const figureMessagesEn = {
  locale: "en-GB",
  number: (value: number): string => number.format(value),
  /** A share in [0, 1] as whole percent; `null` → "n/a". */
  percent: (value: number | null): string => (value === null ? "n/a" : `${Math.round(value * 100)} %`),
  /** Change in percentage points, signed. */
  points: (value: number): string =>
    `${value > 0 ? "+" : value < 0 ? "−" : "±"}${Math.abs(Math.round(value * 100))} pp`,
  date: (iso: string): string => {
    const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
    return `${d} ${MONTHS[m - 1]} ${y}`;
  },
  quote: (text: string): string => `“${text}”`,
  dataset: (name: string): string => `Dataset “${name}”`,
  wave: (wave: string): string => `wave ${wave}`,
  Wave: (wave: string): string => `Wave ${wave}`,
  waves: (from: string, to: string): string => `waves ${from} and ${to}`,
  wavesRange: (from: string, to: string): string => `waves ${from} to ${to}`,
  asOf: (date: string): string => `as of ${date}`,
  /** The source line at the foot of every figure. */
  source: (p: { dataset: string | null; wave: string | null }): string =>
    ["Source: vernetzt", p.dataset ? `dataset “${p.dataset}”` : "", p.wave ?? ""].filter(Boolean).join(", "),
  suppressed: (k: number): string => `< ${k}`,
  suppressedNote: (p: { k: number; names: string }): string =>
    `Fewer than ${p.k} actors, persons among them (not shown for privacy): ${p.names}.`,
  list: (items: readonly string[]): string =>
    items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`,
  more: (count: number): string => `${count} more`,
  missing: "not given",

  indicator: {
    title: "Indicator 6.3.3 “Actors of civil society know each other” over the survey waves",
    composite: "Indicator 6.3.3",
    axisWave: "Survey wave",
    axisShare: "Share (%)",
    interval: "95 % uncertainty range",
    note: "Each component lies between 0 % and 100 %; 100 % is the goal.",
    intervalNote: "Grey bars: the indicator's 95 % uncertainty range.",
    /** `direction`: the change in whole percent (sign decides the verb). */
    message: (p: {
      from: string;
      to: string;
      first: string;
      last: string;
      change: string;
      direction: number;
    }): string =>
      p.direction === 0
        ? `From wave ${p.from} to wave ${p.to} the indicator stayed at ${p.last}.`
        : `From wave ${p.from} to wave ${p.to} the indicator ${p.direction > 0 ? "rose" : "fell"} from ${p.first} to ${p.last} (${p.change}).`,
    messageOne: (p: { wave: string; value: string }): string =>
      `In wave ${p.wave} the indicator stands at ${p.value}; a trend needs a second wave.`,
  },

  /** How groups are named: districts, sectors, or anything else. */
  groups: (by: string): { plural: string; between: string } =>
    by === "district"
      ? { plural: "districts", between: "districts" }
      : by === "sector"
        ? { plural: "sectors", between: "sectors" }
        : { plural: "groups", between: "groups" },

  gapMatrix: {
    title: (p: { between: string }): string =>
      `Ties between ${p.between} compared with what chance would give`,
    ramp: "observed ÷ expected",
    within: "within",
    note: (p: { k: number }): string =>
      `Number in a cell: ties observed. Orange: fewer than expected (a gap), purple: more. Grey: the same group. “< ${p.k}”: a group of fewer than ${p.k} actors, persons among them, not shown for privacy.`,
    message: (p: { a: string; b: string; observed: string; expected: string }): string =>
      `The biggest gap: ${p.a} and ${p.b} have ${p.observed} ${p.observed === "1" ? "tie" : "ties"} where ${p.expected} were expected.`,
    none: (p: { between: string }): string => `No pair of ${p.between} has clearly fewer ties than expected.`,
  },

  gapMap: {
    title: "Ties and gaps between the districts",
    place: "District (area: number of actors)",
    ties: "Ties across district borders (wider = more)",
    gap: (p: { p: string }): string => `Gap that is hardly chance (p ≤ ${p.p})`,
    note: "All gaps with their reasons are listed in the dashboard (Gap map) and by “vernetzt gaps”.",
    message: (p: { count: number; a: string; b: string; observed: string; expected: string }): string =>
      `${p.count} ${p.count === 1 ? "gap" : "gaps"} between districts ${p.count === 1 ? "is" : "are"} hardly chance; the biggest: ${p.a} and ${p.b} (${p.observed} instead of ${p.expected} expected ties).`,
    none: "No gap between districts is clearly more than chance.",
  },
  // The schematic gap map (#21, w21-firstscreen): districts without coordinates.
  schematicGapMap: {
    title: (p: { between: string }): string => `Ties and gaps between ${p.between} (schematic)`,
    place: (p: { by: string }): string =>
      `${p.by === "district" ? "District" : p.by === "sector" ? "Sector" : "Group"} (area: number of actors)`,
    ties: (p: { by: string }): string =>
      `Ties across ${p.by === "district" ? "district" : p.by === "sector" ? "sector" : "group"} borders (wider = more)`,
    isolatedKey: (p: { by: string }): string =>
      `No tie to another ${p.by === "district" ? "district" : p.by === "sector" ? "sector" : "group"}`,
    apartHeading: (p: { by: string }): string =>
      `No tie to another ${p.by === "district" ? "district" : p.by === "sector" ? "sector" : "group"}`,
    note: (p: { plural: string }): string =>
      `Schematic: the ${p.plural.toLowerCase()} have no coordinates; they stand on a circle in alphabetical order, which says nothing about where they lie. All gaps with their reasons: dashboard (Gap map) and “vernetzt gaps”.`,
    isolatedMessage: (p: { names: string; count: number; by: string }): string =>
      `${p.names} ${p.count === 1 ? "has" : "have"} no tie to another ${p.by === "district" ? "district" : p.by === "sector" ? "sector" : "group"}.`,
    gapMessage: (p: { a: string; b: string; observed: string; expected: string }): string =>
      `The biggest gap that is hardly chance: ${p.a} and ${p.b} (${p.observed} instead of ${p.expected} expected ties).`,
    none: (p: { between: string }): string => `No gap between ${p.between} is clearly more than chance.`,
  },
  network: {
    title: (p: { byDistrict: boolean }): string =>
      p.byDistrict ? "Who works with whom, by district" : "Who works with whom",
    message: (p: { wave: string; actors: string; ties: string; cross: string | null }): string =>
      `In wave ${p.wave}, ${p.actors} actors work together through ${p.ties} ties` +
      (p.cross === null ? "." : `; ${p.cross} of them cross a district border.`),
    otherDistricts: (p: { count: number }): string => `${p.count} more districts`,
    note: "Position: a force layout of all waves (every actor keeps its place from wave to wave). Size: number of partners in this wave. Hollow: no tie in this wave.",
  },
  changes: {
    title: (p: { from: string; to: string }): string => `What changed from wave ${p.from} to wave ${p.to}`,
    actors: "Actors",
    ties: "Ties",
    cross: "Ties across district borders",
    gained: (p: { to: string }): string => `new in wave ${p.to}`,
    lost: (p: { from: string }): string => `no longer there (were in wave ${p.from})`,
    districtsHeading: "Ties across district borders, by district",
    noDistrictChange: "No district changed its ties across district borders.",
    message: (p: { newTies: string; lostTies: string; cross: boolean; top: string | null }): string =>
      `${p.newTies} new and ${p.lostTies} lost ${p.cross ? "ties across district borders" : "ties"}` +
      (p.top ? `; the biggest change: ${p.top}.` : "."),
    note: "An actor counts in a wave when it has a tie in it or answered its survey; ties are compared without direction.",
  },
  introductions: {
    title: "Who should meet whom: the strongest recommended introductions",
    fit: "fit",
    message: (p: { a: string; b: string; score: string; reason: string | null }): string =>
      `The strongest recommendation: ${p.a} and ${p.b} (fit ${p.score} of 1)${p.reason ? ` – ${p.reason}` : ""}.`,
    none: "No recommendation: no two actors without a tie share an offer, a need, a topic or a partner.",
    note: "Fit from 0 to 1: offer and need (35 %), shared topics (20 %), shared partners (20 %), nearness (15 %), bridges between districts, sectors and groups (10 %). Each pair once, the main reason below it.",
  },
  report: {
    skipped: {
      gapMap:
        "gap map: the districts have no coordinates (columns latitude and longitude in the districts table)",
      noDistricts: "gap map and gap matrix: the actors have no district or sector",
      whatChanged: "what changed: the dataset has one survey wave; a comparison needs two",
    },
    fromAfterTo: (p: { from: string; to: string }): string =>
      `--from ${p.from} comes after --to ${p.to}: give the earlier wave with --from.`,
    titleSlide: (p: { dataset: string }): string => `Network report: ${p.dataset}`,
    titleMessage: (p: { actors: string; ties: string; waves: string }): string =>
      `${p.actors} actors, ${p.ties} ties, ${p.waves}.`,
    leftOut: "Left out:",
    contents: "Contents",
    made: (p: { date: string }): string => `Made with vernetzt on ${p.date}.`,
    slide: (p: { index: number; total: number }): string => `${p.index}/${p.total}`,
  },
};

export type FigureMessages = typeof figureMessagesEn;
