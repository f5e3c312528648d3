/**
 * The vernetzt data model: the one place that defines what an actor, a tie and a dataset are.
 *
 * A dataset is what a coordinator brings (a folder of CSV files, an XLSX workbook or a JSON document),
 * already validated and normalised: German column names and values are mapped to these English fields
 * by `io/aliases.ts`. A graph is built from a dataset for one survey wave by `model/build-graph.ts`.
 */
import type { AbstractGraph } from "graphology-types";

/**
 * The kinds every output knows. German input values: `Organisation`, `Person`, `Gruppe` (and the synonyms in
 * `io/aliases.ts`); an actor's `kind` may also be any other value, kept as written.
 */
export type ActorKind = "organisation" | "person" | "group";

/** One actor of the city's network: an organisation, a person or a group. */
export interface Actor {
  /** Unique, non-empty identifier, as written in the input (trimmed). */
  id: string;
  /** Display name, non-empty. */
  name: string;
  /**
   * What the actor is: `organisation`, `person` or `group` for those and their synonyms, else the value as
   * written (`Kita`, `woman`). Persons for privacy: `isPersonKind` (`io/aliases.ts`).
   */
  kind?: ActorKind | (string & {});
  /** Field of work, e.g. "Wohlfahrtsverband", "Kirchengemeinde", "Stadtverwaltung". */
  sector?: string;
  /** District (Stadtteil) the actor belongs to; matches a `District.id` when districts are given. */
  district?: string;
  /** Topics the actor works on (multi-valued cell, split on `;` or `,`). Empty when not given. */
  topics: string[];
  /** What the actor offers others (rooms, counselling, volunteers, …). */
  offers: string[];
  /** What the actor seeks from others. */
  needs: string[];
  /** For a person: the id of the organisation the person represents. */
  memberOf?: string;
  lat?: number;
  lon?: number;
  /** Whether a person consented to be named; `false` means pseudonymise in every output. */
  consent?: boolean;
  /** Every other column of the input, kept as text under its original header. */
  attributes: Record<string, string>;
}

/** One cooperation between two actors, in one wave. */
export interface Tie {
  source: string;
  target: string;
  /**
   * Intensity, a number ≥ 0; 1 when not given. 0 is a tie without intensity (weighted paths do not pass
   * through it). Duplicate ties are merged by summing weights.
   */
  weight: number;
  type?: string;
  /** The survey wave this tie was observed in; `DEFAULT_WAVE` when the input has no waves. */
  wave: string;
  /** ISO date `YYYY-MM-DD` when given. */
  date?: string;
  /** True for "A names B" survey answers. */
  directed: boolean;
  /**
   * How close the two are, the three levels of goal 6.3.3 (`model/tie-levels.ts`): 1 wissen voneinander,
   * 2 kennen uns, 3 arbeiten zusammen. Absent when the input has no level (such a tie counts as 3).
   */
  level?: TieLevel;
  /**
   * The actor who reported this tie in a survey (one of its two ends): two reports of the same pair are
   * symmetrised into one tie by the level rule (`tie-levels.ts`), not summed. Absent for other ties.
   */
  reportedBy?: string;
  attributes: Record<string, string>;
}

/** A tie's level: 1 wissen voneinander (aware), 2 kennen uns (know), 3 arbeiten zusammen (cooperate). */
export type TieLevel = 1 | 2 | 3;

/** How two sides' reports of one pair become the pair's level (`model/tie-levels.ts`). */
export type LevelRule = "max" | "min" | "confirmed";

/** A view of the ties: reports symmetrised by `rule`, ties below `minLevel` left out. */
export interface TieLevelView {
  rule: LevelRule;
  minLevel: TieLevel;
}

/** A district (Stadtteil). */
export interface District {
  id: string;
  name: string;
  lat?: number;
  lon?: number;
  population?: number;
  attributes: Record<string, string>;
}

/** A meeting (Treffen), e.g. of a district working group. */
export interface MeetingEvent {
  id: string;
  date?: string;
  district?: string;
  /** Actor id of the hosting institution. */
  host?: string;
  /**
   * The working group (Arbeitskreis, Gremium, Runde) the meeting belongs to, as written. Without one, the
   * meetings of a district count as that district's working group (`meetings/working-groups.ts`).
   */
  group?: string;
  /** Survey wave the meeting belongs to; without one it counts in every wave (co-attendance ties). */
  wave?: string;
  attributes: Record<string, string>;
}

/** One actor attending one meeting: an edge of the two-mode actor × event network. */
export interface Attendance {
  event: string;
  actor: string;
}

/** Whether a row of the projects table is where a project began or where it was taken up. */
export type ProjectRole = "origin" | "adoption";

/**
 * One district running a transfer project (Transferprojekt): where it began (`origin`) or where it was taken
 * up (`adoption`). A project is the set of its sites with the same `project` name (`projects/`).
 */
export interface ProjectSite {
  /** The project's name, as written (sites of one project share it). */
  project: string;
  /** What the project is about; matched against the actors' topics to find the next districts. */
  topic?: string;
  /** District id (or the name as written when the dataset has no districts table). */
  district: string;
  /** Year the district started the project. */
  year?: number;
  /** Survey wave in which the district started the project (when the year is not enough). */
  wave?: string;
  /** `origin` for the district where the project began, else `adoption`; see `io/read-projects.ts`. */
  role: ProjectRole;
  /** For an adoption: the district it was taken from, when known (else: from the origin). */
  from?: string;
  /** Actor ids of the organisations or persons who carry the project in this district. */
  carriers: string[];
  attributes: Record<string, string>;
}

/** The wave used when a dataset has no `wave` column: "each dataset is at least one wave". */
export const DEFAULT_WAVE = "1";

/** A loaded, validated dataset; every wave of it. */
export interface Dataset {
  /** Name of the dataset (folder or file name without extension). */
  name: string;
  actors: Actor[];
  ties: Tie[];
  districts: District[];
  events: MeetingEvent[];
  attendance: Attendance[];
  /** Waves in chronological order (numeric order when all are numbers, else order of first appearance). */
  waves: string[];
  /** True when `--directed` was given or any tie is directed. */
  directed: boolean;
  /**
   * Per wave, the ids of the actors who answered the survey, when the data say so
   * (optional file `respondents.csv` / `antworten.csv` with columns `actor`, `wave`). Absent otherwise.
   */
  respondents?: Record<string, string[]>;
  /**
   * Transfer projects, one entry per district running one (optional file `projects.csv` / `projekte.csv`).
   * Absent when the data have none.
   */
  projects?: ProjectSite[];
  /**
   * Set by `tieLevelView` when the ties were symmetrised and restricted to a level and above; `buildGraph`
   * then leaves out co-attendance ties when `minLevel` is above their level (2). Absent: every tie counts and
   * survey reports are symmetrised by the default rule (`max`) when a graph is built.
   */
  levelView?: TieLevelView;
}

/** Node attributes of a vernetzt graph: the actor, keyed by its id. */
export type ActorAttributes = Actor;

/** Edge attributes of a vernetzt graph. */
export interface TieAttributes {
  /** Sum of the weights of the merged input ties (and co-attendance counts). */
  weight: number;
  /** Tie types, sorted, of every input tie merged into this edge (e.g. ["co_attendance", "Kooperation"]). */
  types: string[];
  /** The highest level of the merged ties that have one (after symmetrising survey reports). */
  level?: TieLevel;
  date?: string;
  attributes: Record<string, string>;
}

/** Graph attributes of a vernetzt graph. */
export interface NetworkAttributes {
  name: string;
  wave: string;
  directed: boolean;
}

/**
 * The graph every metric takes: a graphology graph, `directed` or `undirected` (never `mixed`),
 * without self-loops or parallel edges, node keys = actor ids, inserted in input order.
 */
export type VernetztGraph = AbstractGraph<ActorAttributes, TieAttributes, NetworkAttributes>;
