/**
 * Transfer projects (Transferprojekte): where each project spread, when, and along which ties.
 *
 * Input: the dataset's project sites (`projects.csv`: one row per district running a project, its origin
 * marked; see `io/read-projects.ts`). For every adoption — district B took the project up, from district A (its
 * `from`, else the origin) — we look at the network **before** the adoption: the graph (survey ties and
 * co-attendance at meetings, as `buildGraph` builds it) of the latest wave before the adoption year (`waveYears`)
 * or before the adoption's wave. When no wave lies before (adoption in the first wave) the adoption's own wave is
 * used (`evidence: "same-wave"`); when nothing places the adoption in time, the latest wave (`"undated"`).
 * In that graph, the shortest paths of at most `maxPathLength` ties (default 3) from A's carriers to B's
 * carriers (a district without carriers: all its actors), by breadth-first search from all of A's carriers at
 * once: `direct` (a tie between them), `through` (one or two actors in between: through whom), or `none`.
 * Up to `maxPaths` paths are listed (default 5), in actor order.
 *
 * Districts as **exporters** (projects taken from them) and **importers** (projects they took up), and for each
 * project the **candidates** for its next districts: districts that do not run it yet, where at least one actor
 * works on the project's topic (matched as offers and needs are, `normaliseItem`), and that have ties to a
 * district running it in the latest wave; ranked by (actors on the topic) × (those ties) — both make a
 * transfer likely, and neither alone does —, then by the ties, then by name.
 */
import { buildGraph } from "../model/build-graph.js";
import { definedOnly } from "../model/defined-only.js";
import type { Dataset, ProjectSite, VernetztGraph } from "../model/types.js";
import { normaliseItem } from "../recommend/normalise-item.js";
import { ProjectsOptionError } from "./errors.js";
import { waveYears } from "./wave-years.js";

export interface TransferProjectsOptions {
  /** Longest path (in ties) that counts as a connection. Default `3`. */
  maxPathLength: number;
  /** Paths listed per adoption. Default `5`. */
  maxPaths: number;
  /** Candidate districts per project. Default `3`. */
  candidates: number;
}

export const DEFAULT_TRANSFER_PROJECTS_OPTIONS: TransferProjectsOptions = {
  maxPathLength: 3,
  maxPaths: 5,
  candidates: 3,
};

/** How a project reached a district. */
export interface Adoption {
  district: string;
  /** The district it came from: `from` of the data, else the origin. */
  from: string;
  year: number | null;
  wave: string | null;
  carriers: string[];
  /** Years since the source district started it; null when a year is missing. */
  lag: number | null;
  /** The wave whose network was examined; null without waves. */
  examinedWave: string | null;
  evidence: "before" | "same-wave" | "undated";
  /** `direct`: a tie; `through`: via one or two actors; `none`: no path of at most `maxPathLength` ties. */
  connection: "direct" | "through" | "none";
  /** Shortest paths from a carrier in `from` to a carrier here (actor ids, both ends included). */
  paths: string[][];
}

export interface TransferProject {
  project: string;
  topic: string | null;
  origin: { district: string; year: number | null; wave: string | null; carriers: string[] };
  /** In order of year (then wave, then file order). */
  adoptions: Adoption[];
  /** Districts that could take it up next, best first. */
  candidates: Array<{ district: string; topicActors: number; ties: number; tiedTo: string[] }>;
}

export interface ProjectDistrict {
  district: string;
  /** Projects that began here. */
  originated: number;
  /** Adoptions elsewhere that came from here. */
  exported: number;
  /** Projects taken up here. */
  imported: number;
}

/** What the data lack for this view. */
export type ProjectsMissing = "projects" | "years" | "carriers" | "topics" | "waves";

export interface TransferProjectsResult {
  projects: TransferProject[];
  /** The longest path that counted as a connection (option `maxPathLength`). */
  maxPathLength: number;
  /** Districts with any project, most exports first (then imports, then name). */
  districts: ProjectDistrict[];
  missing: ProjectsMissing[];
}

/**
 * Resolves and validates the options; throws `ProjectsOptionError`.
 *
 * @example
 * ```ts
 * import { resolveTransferProjectsOptions } from "@vernetzt/core/projects";
 *
 * resolveTransferProjectsOptions({ maxPathLength: 2 }) //=> { maxPathLength: 2, maxPaths: 5, candidates: 3 }
 * ```
 */
export function resolveTransferProjectsOptions(
  options: Partial<TransferProjectsOptions> = {},
): TransferProjectsOptions {
  const o = { ...DEFAULT_TRANSFER_PROJECTS_OPTIONS, ...definedOnly(options) };
  for (const [name, min] of [
    ["maxPathLength", 1],
    ["maxPaths", 1],
    ["candidates", 0],
  ] as const) {
    if (!Number.isInteger(o[name]) || o[name] < min)
      throw new ProjectsOptionError(name, o[name], `an integer ≥ ${min}`);
  }
  return o;
}

/**
 * The transfer projects of a dataset (see the module comment).
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 * import { transferProjects } from "@vernetzt/core/projects";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name,district,topics\na,Repair-Café Nord,Nord,Umwelt\nb,Bürgerverein Süd,Süd,\nc,Kirche West,West,Umwelt" },
 *   { name: "ties.csv", data: "source,target,wave\na,b,2023\nb,c,2023\na,b,2024\nb,c,2024" },
 *   { name: "projects.csv", data: "project,topic,district,year,carriers\nRepair-Café,Umwelt,Nord,2022,a\nRepair-Café,Umwelt,Süd,2024,b" },
 * ]);
 * const [project] = transferProjects(dataset!).projects;
 * project?.adoptions[0]?.connection //=> "direct"
 * project?.adoptions[0]?.examinedWave //=> "2023"
 * project?.candidates.map((c) => c.district) //=> ["West"]
 * ```
 */
export function transferProjects(
  dataset: Dataset,
  options: Partial<TransferProjectsOptions> = {},
): TransferProjectsResult {
  const o = resolveTransferProjectsOptions(options);
  const sites = dataset.projects ?? [];
  if (sites.length === 0)
    return { projects: [], maxPathLength: o.maxPathLength, districts: [], missing: ["projects"] };
  const timeline = new Timeline(dataset);
  const byProject = new Map<string, ProjectSite[]>();
  for (const site of sites) {
    const key = site.project.toLowerCase();
    byProject.set(key, [...(byProject.get(key) ?? []), site]);
  }
  const latest = buildGraph(dataset);
  const projects = [...byProject.values()].map((group) =>
    describeProject(group, dataset, timeline, latest, o),
  );
  projects.sort((a, b) => a.project.localeCompare(b.project, "de"));
  return {
    projects,
    maxPathLength: o.maxPathLength,
    districts: districtRoles(projects),
    missing: missingOf(dataset, sites),
  };
}

/** Waves in time, and the graph of each wave built once. */
class Timeline {
  private readonly years: Record<string, number | null>;
  private readonly graphs = new Map<string, VernetztGraph>();
  constructor(private readonly dataset: Dataset) {
    this.years = waveYears(dataset);
  }
  graph(wave: string): VernetztGraph {
    if (!this.graphs.has(wave)) this.graphs.set(wave, buildGraph(this.dataset, { wave }));
    return this.graphs.get(wave)!;
  }
  /** The wave to examine for an adoption in `year` / `wave`, and how good that evidence is. */
  before(year: number | null, wave: string | null): { wave: string; evidence: Adoption["evidence"] } {
    const waves = this.dataset.waves;
    if (wave !== null && waves.includes(wave)) {
      const i = waves.indexOf(wave);
      return i > 0 ? { wave: waves[i - 1]!, evidence: "before" } : { wave, evidence: "same-wave" };
    }
    if (year !== null) {
      const dated = waves.filter((w) => this.years[w] !== null);
      const earlier = dated.filter((w) => this.years[w]! < year);
      if (earlier.length > 0) return { wave: earlier[earlier.length - 1]!, evidence: "before" };
      const same = dated.find((w) => this.years[w] === year);
      if (same !== undefined) return { wave: same, evidence: "same-wave" };
    }
    return { wave: waves[waves.length - 1]!, evidence: "undated" };
  }
}

function describeProject(
  sites: ProjectSite[],
  dataset: Dataset,
  timeline: Timeline,
  latest: VernetztGraph,
  o: TransferProjectsOptions,
): TransferProject {
  const origin = sites.find((s) => s.role === "origin") ?? sites[0]!;
  const byDistrict = new Map(sites.map((s) => [s.district, s]));
  const order = (s: ProjectSite) => [
    s.year ?? Number.POSITIVE_INFINITY,
    waveIndex(dataset, s.wave),
    sites.indexOf(s),
  ];
  const adoptions = sites
    .filter((s) => s !== origin)
    .sort((a, b) => compareTuples(order(a), order(b)))
    .map((site) => {
      const from =
        site.from !== undefined && byDistrict.has(site.from) ? site.from : (site.from ?? origin.district);
      const source = byDistrict.get(from);
      const examined = timeline.before(site.year ?? null, site.wave ?? null);
      const graph = timeline.graph(examined.wave);
      const paths = shortestPaths(
        graph,
        carriersOf(source, from, graph),
        carriersOf(site, site.district, graph),
        o.maxPathLength,
        o.maxPaths,
      );
      const sourceYear = source?.year ?? null;
      const adoption: Adoption = {
        district: site.district,
        from,
        year: site.year ?? null,
        wave: site.wave ?? null,
        carriers: site.carriers,
        lag: site.year !== undefined && sourceYear !== null ? site.year - sourceYear : null,
        examinedWave: examined.wave,
        evidence: examined.evidence,
        connection: paths.length === 0 ? "none" : paths[0]!.length === 2 ? "direct" : "through",
        paths,
      };
      return adoption;
    });
  return {
    project: origin.project,
    topic: origin.topic ?? sites.find((s) => s.topic !== undefined)?.topic ?? null,
    origin: {
      district: origin.district,
      year: origin.year ?? null,
      wave: origin.wave ?? null,
      carriers: origin.carriers,
    },
    adoptions,
    candidates: candidatesOf(
      sites,
      origin.topic ?? sites.find((s) => s.topic)?.topic,
      dataset,
      latest,
      o.candidates,
    ),
  };
}

/** The carriers of a site that are in the graph, else every actor of its district. */
function carriersOf(site: ProjectSite | undefined, district: string, graph: VernetztGraph): string[] {
  const carriers = (site?.carriers ?? []).filter((id) => graph.hasNode(id));
  if (carriers.length > 0) return carriers;
  return graph.filterNodes((_node, actor) => actor.district === district);
}

/**
 * Shortest paths (at most `maxLength` ties) from any of `sources` to any of `targets`: breadth-first from all
 * sources at once, neighbours in graph order; one path per target reached at the shortest distance.
 */
function shortestPaths(
  graph: VernetztGraph,
  sources: string[],
  targets: string[],
  maxLength: number,
  maxPaths: number,
): string[][] {
  const goal = new Set(targets);
  const parent = new Map<string, string | null>(sources.map((s) => [s, null]));
  let frontier = [...sources];
  const found: string[] = [];
  for (let depth = 1; depth <= maxLength && found.length === 0 && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const neighbour of graph.neighbors(node)) {
        if (parent.has(neighbour)) continue;
        parent.set(neighbour, node);
        next.push(neighbour);
        if (goal.has(neighbour) && !sources.includes(neighbour)) found.push(neighbour);
      }
    }
    frontier = next;
  }
  return found.slice(0, maxPaths).map((end) => {
    const path = [end];
    for (let at = parent.get(end); at !== null && at !== undefined; at = parent.get(at)) path.unshift(at);
    return path;
  });
}

function candidatesOf(
  sites: ProjectSite[],
  topic: string | undefined,
  dataset: Dataset,
  latest: VernetztGraph,
  count: number,
): TransferProject["candidates"] {
  if (topic === undefined || count === 0) return [];
  const key = normaliseItem(topic);
  const running = new Set(sites.map((s) => s.district));
  const districts =
    dataset.districts.length > 0
      ? dataset.districts.map((d) => d.id)
      : [...new Set(dataset.actors.flatMap((a) => (a.district ? [a.district] : [])))];
  const topicActors = new Map<string, number>();
  for (const actor of dataset.actors) {
    if (actor.district && actor.topics.some((t) => normaliseItem(t) === key)) {
      topicActors.set(actor.district, (topicActors.get(actor.district) ?? 0) + 1);
    }
  }
  const ties = new Map<string, { count: number; to: Set<string> }>();
  latest.forEachEdge((_edge, _attributes, _source, _target, a, b) => {
    for (const [here, there] of [
      [a.district, b.district],
      [b.district, a.district],
    ]) {
      if (here === undefined || there === undefined || running.has(here) || !running.has(there)) continue;
      const entry = ties.get(here) ?? { count: 0, to: new Set<string>() };
      entry.count++;
      entry.to.add(there);
      ties.set(here, entry);
    }
  });
  return districts
    .filter((d) => !running.has(d) && (topicActors.get(d) ?? 0) > 0 && (ties.get(d)?.count ?? 0) > 0)
    .map((d) => ({
      district: d,
      topicActors: topicActors.get(d)!,
      ties: ties.get(d)!.count,
      tiedTo: [...ties.get(d)!.to].sort((x, y) => x.localeCompare(y, "de")),
    }))
    .sort(
      (x, y) =>
        y.ties * y.topicActors - x.ties * x.topicActors ||
        y.ties - x.ties ||
        x.district.localeCompare(y.district, "de"),
    )
    .slice(0, count);
}

function districtRoles(projects: TransferProject[]): ProjectDistrict[] {
  const roles = new Map<string, ProjectDistrict>();
  const entry = (district: string) => {
    if (!roles.has(district)) roles.set(district, { district, originated: 0, exported: 0, imported: 0 });
    return roles.get(district)!;
  };
  for (const project of projects) {
    entry(project.origin.district).originated++;
    for (const adoption of project.adoptions) {
      entry(adoption.from).exported++;
      entry(adoption.district).imported++;
    }
  }
  return [...roles.values()].sort(
    (a, b) =>
      b.exported - a.exported || b.imported - a.imported || a.district.localeCompare(b.district, "de"),
  );
}

function missingOf(dataset: Dataset, sites: ProjectSite[]): ProjectsMissing[] {
  const missing: ProjectsMissing[] = [];
  if (sites.every((s) => s.year === undefined && s.wave === undefined)) missing.push("years");
  if (sites.every((s) => s.carriers.length === 0)) missing.push("carriers");
  if (sites.every((s) => s.topic === undefined)) missing.push("topics");
  if (dataset.waves.length < 2) missing.push("waves");
  return missing;
}

function waveIndex(dataset: Dataset, wave: string | undefined): number {
  const i = wave === undefined ? -1 : dataset.waves.indexOf(wave);
  return i < 0 ? Number.POSITIVE_INFINITY : i;
}

function compareTuples(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}
