/** English messages of the dataset validation, one per code (see `docs/validation-codes.md`). */
import type { ValidationMessages } from "../../io/validation-report.js";

const q = (value: string | undefined): string => `"${value ?? ""}"`;

export const VALIDATION_MESSAGES_EN: ValidationMessages = {
  FILE_MISSING: (p) => `The required file ${p.value} is missing. Add it (German name: ${p.detail}).`,
  FILE_EMPTY: (p) =>
    `The file is empty${p.detail ? ` (${p.detail})` : ""}. Save it again with a header row and data.`,
  FILE_ENCODING: () =>
    "The file cannot be read as text (binary data?). Save it from Excel as “CSV UTF-8” or as .xlsx.",
  FILE_FORMAT: (p) => `The file cannot be read: ${p.value}. Check that it is a valid ${p.detail} file.`,
  FILE_TOO_LARGE: (p) =>
    `The file is too large to load (${p.value}; the limit is ${p.detail}); it was not read. Split it, remove columns that are not needed, or raise the limit (option maxFileBytes; CLI: environment variable VERNETZT_MAX_FILE_MB).`,
  FILE_UNKNOWN: (p) =>
    `Neither the name nor the columns of this file or sheet say which table it is; it was ignored. Known tables: ${p.detail}. If it belongs, rename it or say what it is (vernetzt validate --columns "NAME=ties").`,
  JSON_TOO_DEEP: (p) =>
    `The JSON is nested more than ${p.detail} levels deep (${p.value}); it was not read. A dataset needs about five levels: check that this is the right file, or simplify the value at that place.`,
  JSON_DUPLICATE_KEY: (p) =>
    `The key ${q(p.value)} occurs twice in one object (${p.detail}); it was not read, because it is not clear which value is meant. Delete one of them.`,
  XLSX_TOO_LARGE_UNPACKED: (p) =>
    `The workbook unpacks to ${p.value} of data, more than the limit of ${p.detail}; it was not read, so that a damaged or manipulated file cannot exhaust the computer's memory. Delete sheets that are not needed and save it again, or save the sheets as CSV files.`,
  XLSX_RANGE_TOO_LARGE: (p) =>
    `This sheet has content as far out as cell ${p.value}: as a table it would have ${p.detail} cells, more than vernetzt reads (16.7 million); the workbook was not read. Delete whatever stands far below or to the right of your table (select the empty rows and columns after it, Delete) and save again, or save the sheet as CSV.`,
  COLUMN_MISSING: (p) =>
    `The required column ${q(p.value)} is missing. Add a column with this header (German: ${p.detail}), or say which column it is (vernetzt validate --columns "TABLE/COLUMN=${p.value}").`,
  COLUMN_DUPLICATE: (p) =>
    `A second column for ${q(p.value)}: only the first one is used, this one is kept as an extra attribute.`,
  COLUMN_IGNORED: () =>
    "This column is not used: attendance and respondents files have no extra attributes. Move it to the actors or events file if it matters.",
  ROW_TOO_MANY_FIELDS: (p) =>
    `This row has ${p.value} fields but the header has ${p.detail}; the row was skipped. Put values that contain the separator in quotes.`,
  ROW_TOO_FEW_FIELDS: (p) =>
    `This row has ${p.value} fields but the header has ${p.detail}; the missing cells are treated as empty.`,
  ROW_QUOTES: () => `A quotation mark is not closed; everything after it may be misread. Close or remove it.`,
  ROW_NUL: () =>
    "This row contains a NUL character: the file is damaged here. The row was skipped; check it in Excel and save the file again.",
  ACTORS_NONE: () =>
    "There is no actor: the actors file has a header but no data rows. Add one row per actor.",
  ACTORS_ONLY: (p) =>
    `${q(p.value)} holds actors only (${p.detail} rows) and no ties — an actor list, or a roster written for Network Canvas (vernetzt export --format network-canvas-roster). To analyse the network, put a ties table beside it (ties.csv, German beziehungen.csv). To ask the actors about their ties first, make the survey forms from it: vernetzt survey make with the same file or folder and --out forms.`,
  ID_EMPTY: () => "The id is empty; the row was skipped. Give every row a unique id.",
  ID_INVISIBLE: (p) =>
    `The id "${p.value}" contains an invisible character (${p.detail}): it looks like another id but is a different one, and ties that write it without the character do not find it. Delete the character.`,
  TEXT_BIDI: (p) =>
    `This cell contained a character that reverses the direction of text (${p.detail}, a right-to-left override or similar); it would have shown the text turned around in figures and pages. It was removed: read as "${p.value}". Delete the character in the file.`,
  ID_DUPLICATE: (p) =>
    `The id ${q(p.value)} is already used in row ${p.detail}; this row was skipped. Ids must be unique.`,
  NAME_EMPTY: (p) => `The name is empty; the id ${q(p.value)} is used as name. Fill in a name.`,
  KIND_UNKNOWN: (p) =>
    `Unknown kind ${q(p.value)}: kept as written${p.detail ? ` (${p.detail} rows)` : ""}. Only organisation, person and group (Organisation, Person, Gruppe) are told apart; a person is pseudonymised without consent, so write Person for people.`,
  COORDINATE_INVALID: (p) =>
    `${q(p.value)} is not a valid coordinate (${p.detail}); it was ignored. Use decimal degrees such as 48.89.`,
  CONSENT_INVALID: (p) =>
    `Consent ${q(p.value)} is neither yes nor no; treated as no (the actor is pseudonymised). Write ja or nein.`,
  DISTRICT_UNKNOWN: (p) =>
    `District ${q(p.value)} is not in the districts file. Check the spelling or add the district.`,
  MEMBER_OF_UNKNOWN: (p) =>
    `${q(p.value)} is not the id of an actor; the membership was ignored. Use the id from the actors file.`,
  TIE_ENDPOINT_EMPTY: () =>
    "Source or target is empty; the tie was skipped. Fill in both actors (name or id).",
  TIE_UNKNOWN_ACTOR: (p) =>
    p.detail
      ? `${q(p.value)} is a name, not an id; the tie was skipped. Write the id ${q(p.detail)} instead.`
      : `${q(p.value)} is not the id of an actor; the tie was skipped. Use an id from the actors file or add the actor.`,
  TIE_SELF_LOOP: (p) =>
    `A tie from ${q(p.value)} to itself; it was skipped. A tie needs two different actors.`,
  TIE_SELF_LOOP_KEPT: (p) =>
    `A tie from ${q(p.value)} to itself (a self-loop, as graph tools write them); it is kept: degree, strength and PageRank count it as networkx does, the other measures leave it out.`,
  TIE_DUPLICATE: (p) =>
    `The same tie is already in row ${p.detail}; both were merged into one, weights summed. Remove one row if this was not intended.`,
  WEIGHT_INVALID: (p) =>
    `Weight ${q(p.value)} is not a number of 0 or more; the tie was skipped. Write e.g. 1, 2 or 4,5.`,
  WEIGHT_ZERO: (p) =>
    `Weight ${q(p.value)}: the tie is kept and counts as a tie, but adds nothing to strength, and weighted paths do not run through it. If 0 means "no contact", delete the row.`,
  TIE_LEVEL_INVALID: (p) =>
    `Level ${q(p.value)} is none of the levels; the tie was skipped. Write 1, 2, 3 or "wissen voneinander", "kennen uns", "arbeiten zusammen".`,
  TIE_LEVEL_NONE: (p) =>
    `Level ${q(p.value)} means no tie; the row was skipped. Remove the row or write a level 1–3.`,
  TIE_REPORTER_UNKNOWN: (p) =>
    `Reported by ${q(p.value)} is not the id of an actor; the tie was skipped. Use an id from the actors file.`,
  TIE_REPORTER_NOT_END: (p) =>
    `Reported by ${q(p.value)} is neither end of the tie; it counts as a plain tie. Check source, target and reported by.`,
  DATE_INVALID: (p) => `${q(p.value)} is not a date; it was ignored. Write 31.12.2024 or 2024-12-31.`,
  WAVE_EMPTY: () => "The wave is empty while other rows have one; the row was skipped. Fill in the wave.",
  WAVE_SAME_DATE: (p) =>
    `The wave "${p.value}" is the same date as the wave "${p.detail}", written differently: rows written so count in the wave "${p.detail}". Write the date one way.`,
  WAVE_INVALID: (p) =>
    `Wave ${q(p.value)} is not a number like the other waves (${p.detail}); the row was skipped. Write the wave as a number.`,
  BOOLEAN_INVALID: (p) =>
    `${q(p.value)} is not yes or no; the default (${p.detail}) is used. Write ja or nein.`,
  NUMBER_AMBIGUOUS: (p) =>
    `"${p.value}" can mean ${p.detail} or ${(p.value ?? "").replace(/[.,]/g, "")}; it was read as ${p.detail}. Write it without a thousands separator (${(p.value ?? "").replace(/[.,]/g, "")}) or with one decimal separator and no grouping.`,
  NUMBER_INVALID: (p) => `${q(p.value)} is not a number; it was ignored. Write e.g. 12500.`,
  HOST_UNKNOWN: (p) => `Host ${q(p.value)} is not the id of an actor; it was ignored.`,
  EVENT_UNKNOWN: (p) =>
    `${q(p.value)} is not the id of a meeting in the events file; the attendance was skipped.`,
  ATTENDANCE_UNKNOWN_ACTOR: (p) =>
    `${q(p.value)} is not the id of an actor; the attendance was skipped. Use an id from the actors file.`,
  ATTENDANCE_DUPLICATE: (p) => `The same attendance is already in row ${p.detail}; counted once.`,
  RESPONDENT_UNKNOWN_ACTOR: (p) =>
    `${q(p.value)} is not the id of an actor; the answer was skipped. Use an id from the actors file.`,
  RESPONDENT_DUPLICATE: (p) => `The same answer is already in row ${p.detail}; counted once.`,
  ROWS_ABOVE_HEADER: (p) =>
    `${q(p.value)} above the header (row ${p.detail}) read as a title, not as data. If it is the header, delete the rows above it.`,
  ROWS_BELOW_TABLE: (p) =>
    `${q(p.value)} below the table read as a note, not as data. If it is an actor or a tie, fill in the row.`,
  NAME_VARIANT: (p) =>
    `${q(p.value)} read as ${q(p.detail)} (written differently: case, spaces or punctuation).`,
  NAME_TYPO: (p) =>
    `${q(p.value)} read as ${q(p.detail)} (probably a typo). If it is another actor, add it to the actors list.`,
  ACTOR_ADDED: (p) =>
    `${q(p.value)} is not in the actors list; it was added as a new actor. Add it to the list (with district and sector) if it belongs, or correct the spelling.`,
  ACTORS_FROM_TIES: (p) =>
    `There is no actors list: the ${p.detail} names in this table are the actors. Add a sheet or file with one row per actor for districts, sectors and actors without ties.`,
  ACTOR_VALUE_CONFLICT: (p) =>
    `This row gives the actor another value (${q(p.value)}) than an earlier row (${q(p.detail)}); the earlier one is kept.`,
  TIE_ONE_ACTOR: (p) =>
    `Only one actor in this row: ${q(p.value)} is kept as an actor without a tie here. Fill in the partner if there is one.`,
  TIE_LIST_SPLIT: (p) => `${q(p.value)} names several actors: read as ${p.detail} ties.`,
  WAVE_FROM_DATE: (p) =>
    `There is no wave column: the waves are the years of the dates in this column (${p.detail}). Add a column "Welle" to choose them yourself.`,
  WAVE_FROM_SHEET_NAME: (p) =>
    `One sheet per year: the ${p.detail} sheets with the same columns are one list of ties; the year in the name (${p.value}) is this sheet's wave.`,
  WEIGHT_SCALE: (p) => `${q(p.value)} read as the weight ${p.detail}.`,
  // transfer projects (projects.csv)
  PROJECT_NAME_EMPTY: () => "The project name is empty; the row was skipped. Fill in the project's name.",
  PROJECT_DISTRICT_EMPTY: (p) =>
    `The district of project ${q(p.value)} is empty; the row was skipped. Fill in the district the project runs in.`,
  PROJECT_DUPLICATE: (p) =>
    `Project and district ${q(p.value)} are already in row ${p.detail}; this row was skipped. Merge the two rows.`,
  PROJECT_ROLE_UNKNOWN: (p) =>
    `Role ${q(p.value)} is neither origin nor adoption; the project's earliest district counts as its origin.`,
  PROJECT_ORIGIN_MULTIPLE: (p) =>
    `Project ${q(p.value)} already has an origin (row ${p.detail}); this row counts as an adoption. Give one origin only.`,
  PROJECT_WAVE_UNKNOWN: (p) =>
    `Wave ${q(p.value)} does not occur in the data (waves: ${p.detail}); it was ignored.`,
  CARRIER_UNKNOWN: (p) =>
    `Carrier ${q(p.value)} is not the id of an actor; it was ignored. Use an id from the actors file.`,
  YEAR_INVALID: (p) => `${q(p.value)} is not a year; it was ignored. Write e.g. 2024.`,
  // graph files of other tools
  NODE_UNDECLARED: (p) =>
    `The edge names node ${q(p.value)}, which the file does not declare as a <node>; it was added as an actor named by its id (as networkx and Gephi do). Check that the id is right.`,
  NODE_TIMES_IGNORED: () =>
    "The nodes have times (spells, timestamps); vernetzt does not keep them: every actor belongs to every wave. The ties are read per wave.",
  VALUE_OVER_TIME: (p) =>
    `The attribute has ${p.detail} values over time; vernetzt keeps one value per actor, the latest (here ${q(p.value)}).`,
};

/** Words of the human-readable report (`formatValidationReport`). */
export const VALIDATION_REPORT_TEXT_EN = {
  error: "error",
  warning: "warning",
  dataset: "dataset",
  column: "column",
  ok: "No problems found.",
  loaded: (
    name: string,
    counts: { actors: number; ties: number; waves: readonly string[]; directed: boolean },
  ) =>
    `${name}: ${counts.actors} actors, ${counts.ties} ties (${counts.directed ? "directed" : "undirected"}), ${counts.waves.length === 1 ? "wave" : "waves"} ${counts.waves.join(", ")}.`,
  unknownWave: (wave: string, waves: readonly string[]) =>
    `the dataset has no wave "${wave}"; its waves are: ${waves.join(", ")}.`,
  warningsHint: (count: number, path: string) =>
    `${count} ${count === 1 ? "warning" : "warnings"} in the data; see them with: vernetzt validate ${path}`,
  summary: (errors: number, warnings: number) =>
    `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}.`,
  skipHint:
    "the rows above were left out. Fix them, or run again with --skip-bad-rows to use the good rows without them.",
};

/** Words of the mapping report (`formatMappingReport`): what the loader understood. */
export const MAPPING_TEXT_EN = {
  heading: "Understood:",
  table: (file: string, kind: string, rows: number) =>
    `"${file}" → ${kind} (${rows} ${rows === 1 ? "row" : "rows"})`,
  unused: (file: string) => `"${file}": not used`,
  column: (header: string, field: string) => `"${header}" → ${field}`,
  endpoint: (field: string, end: "source" | "target") =>
    `${field} of the ${end === "source" ? "first" : "second"} actor`,
  duplicate: (header: string, field: string) =>
    `"${header}": a second column for ${field}, kept as an extra attribute`,
  extras: (headers: readonly string[]) =>
    `kept as extra attributes: ${headers.map((h) => `"${h}"`).join(", ")}`,
  asNamed: (headers: readonly string[]) => `as named: ${headers.map((h) => `"${h}"`).join(", ")}`,
  more: (count: number) => `… and ${count} more columns`,
  by: {
    alias: "",
    pattern: "by its header",
    weak: "fallback word",
    content: "by its values",
    override: "as you said",
  } as Record<string, string>,
  tableBy: { name: "", content: "by its columns", override: "as you said" } as Record<string, string>,
  actorsFromTies: "There is no actors list: the actors are the names in the ties.",
  waveFromDate: (file: string, column: string) => `Waves: the years of "${column}" in "${file}".`,
  names: (n: { ids: number; names: number; variants: number; typos: number; added: number }) =>
    `Actors named in the ties and other tables: ${n.ids + n.names} found as written, ${n.variants} written differently, ${n.typos} with a typo, ${n.added} added.`,
  reproduce: "To repeat this reading, or to correct it, add:",
  nothingGuessed: "Everything was recognised by its name; no --columns needed.",
};
