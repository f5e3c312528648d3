/**
 * The projects table (`projects.csv` / `projekte.csv`) → transfer project sites (rules: `dataset-from-tables.ts`).
 *
 * One row per district running a project: `project`, `district` (required), `topic`, `year`, `wave`, `role`
 * (origin or adoption), `from` (the district it was taken from), `carriers` (actor ids, a list). The origin of
 * a project is the row whose role says so; without a role, its earliest row (by year, then wave, then row
 * order). A project with several origins keeps the earliest (PROJECT_ORIGIN_MULTIPLE); the others count as
 * adoptions. Documented for users in `docs/dataset-format.md`.
 */
import type { Actor, District, ProjectSite } from "../model/types.js";
import { projectRoleOf } from "./aliases.js";
import { type Columns, type RowReader, rowsOf } from "./columns.js";
import { matchDistrict } from "./row-values.js";
import type { IssueCollector } from "./validation-report.js";
import { parseDate, parseList, parseNumber } from "./values.js";

/** Years a project can plausibly start in. */
const YEARS = { min: 1900, max: 2200 };

interface Read {
  site: ProjectSite;
  reader: RowReader<"projects">;
  /** Position in the table: the tie-break of "earliest". */
  position: number;
  explicitRole: boolean;
}

export function readProjects(
  columns: Columns<"projects">,
  actors: Map<string, Actor>,
  districts: Map<string, District> | undefined,
  waves: readonly string[],
  issues: IssueCollector,
): ProjectSite[] {
  const read: Read[] = [];
  const seen = new Map<string, number | null>();
  for (const reader of rowsOf(columns)) {
    const project = reader.id("project");
    const districtText = reader.id("district");
    if (project === "") {
      issues.error("PROJECT_NAME_EMPTY", reader.at("project"));
      continue;
    }
    if (districtText === "") {
      issues.error("PROJECT_DISTRICT_EMPTY", reader.at("district"), { value: project });
      continue;
    }
    const district = districts ? matchDistrict(districtText, districts, reader, issues) : districtText;
    const key = JSON.stringify([project.toLowerCase(), district]);
    if (seen.has(key)) {
      issues.warning("PROJECT_DUPLICATE", reader.at("district"), {
        value: `${project} / ${districtText}`,
        detail: String(seen.get(key) ?? "?"),
      });
      continue;
    }
    seen.set(key, reader.row.row);
    const site: ProjectSite = {
      project,
      district,
      role: "adoption",
      carriers: carriersOf(reader, actors, issues),
      attributes: reader.attributes(),
    };
    const topic = reader.text("topic");
    if (topic !== "") site.topic = topic;
    const year = yearOf(reader, issues);
    if (year !== undefined) site.year = year;
    const wave = waveOf(reader, waves, issues);
    if (wave !== undefined) site.wave = wave;
    const from = reader.id("from");
    if (from !== "") site.from = districts ? matchDistrict(from, districts, reader, issues, "from") : from;
    const roleText = reader.text("role");
    const role = roleText === "" ? undefined : projectRoleOf(roleText);
    if (roleText !== "" && role === undefined)
      issues.warning("PROJECT_ROLE_UNKNOWN", reader.at("role"), { value: roleText });
    if (role !== undefined) site.role = role;
    read.push({ site, reader, position: read.length, explicitRole: role !== undefined });
  }
  markOrigins(read, waves, issues);
  return read.map((r) => r.site);
}

/** Exactly one origin per project: the one the data name (earliest of several), else the earliest site. */
function markOrigins(read: Read[], waves: readonly string[], issues: IssueCollector): void {
  const byProject = new Map<string, Read[]>();
  for (const r of read) {
    const key = r.site.project.toLowerCase();
    byProject.set(key, [...(byProject.get(key) ?? []), r]);
  }
  const order = (a: Read, b: Read) =>
    (a.site.year ?? Number.POSITIVE_INFINITY) - (b.site.year ?? Number.POSITIVE_INFINITY) ||
    waveIndex(a.site.wave, waves) - waveIndex(b.site.wave, waves) ||
    a.position - b.position;
  for (const sites of byProject.values()) {
    const named = sites.filter((r) => r.explicitRole && r.site.role === "origin").sort(order);
    const origin = named[0] ?? [...sites].sort(order)[0]!;
    for (const extra of named.slice(1)) {
      issues.warning("PROJECT_ORIGIN_MULTIPLE", extra.reader.at("role"), {
        value: extra.site.project,
        detail: String(origin.reader.row.row ?? "?"),
      });
    }
    for (const r of sites) r.site.role = r === origin ? "origin" : "adoption";
    delete origin.site.from;
  }
}

function waveIndex(wave: string | undefined, waves: readonly string[]): number {
  const i = wave === undefined ? -1 : waves.indexOf(wave);
  return i < 0 ? Number.POSITIVE_INFINITY : i;
}

function carriersOf(
  reader: RowReader<"projects">,
  actors: Map<string, Actor>,
  issues: IssueCollector,
): string[] {
  const carriers: string[] = [];
  for (const written of parseList(reader.cell("carriers"))) {
    const id = written.normalize("NFC"); // an id: compared in NFC like every id (#17)
    if (!actors.has(id)) issues.warning("CARRIER_UNKNOWN", reader.at("carriers"), { value: id });
    else if (!carriers.includes(id)) carriers.push(id);
  }
  return carriers;
}

/** A year from `2024`, `2024,0` or a date cell (`01.03.2024` → 2024); reported and dropped otherwise. */
function yearOf(reader: RowReader<"projects">, issues: IssueCollector): number | undefined {
  const text = reader.text("year");
  if (text === "") return undefined;
  const number = parseNumber(reader.cell("year"));
  const date = number === undefined ? parseDate(reader.cell("year")) : undefined;
  const year = number ?? (date === undefined ? undefined : Number(date.slice(0, 4)));
  if (year !== undefined && Number.isInteger(year) && year >= YEARS.min && year <= YEARS.max) return year;
  issues.warning("YEAR_INVALID", reader.at("year"), { value: text });
  return undefined;
}

/** A wave of the dataset (numbers normalised as in the other tables); reported and dropped otherwise. */
function waveOf(
  reader: RowReader<"projects">,
  waves: readonly string[],
  issues: IssueCollector,
): string | undefined {
  const text = reader.text("wave");
  if (text === "") return undefined;
  const number = parseNumber(text);
  const wave = number === undefined ? text : String(number);
  if (waves.includes(wave)) return wave;
  issues.warning("PROJECT_WAVE_UNKNOWN", reader.at("wave"), { value: text, detail: waves.join(", ") });
  return undefined;
}
