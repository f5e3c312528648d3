/** English texts of the transfer-projects view (`vernetzt projects`). */
import type { Adoption, ProjectsMissing } from "../../projects/transfer-projects.js";

export const projectsMessagesEn = {
  heading: (p: { count: number }) => `Transfer projects (${p.count})`,
  missing: {
    projects:
      "The data have no transfer projects (projects.csv / projekte.csv: project, district, year, carriers): there is nothing to show.",
    years:
      "The projects have no year or wave: the network before an adoption cannot be told from the network after it.",
    carriers: "The projects name no carriers: ties are looked for between all actors of the two districts.",
    topics: "The projects have no topic: no district can be suggested as the next one.",
    waves: "The ties have only one wave: the network before an adoption is the network of today.",
  } satisfies Record<ProjectsMissing, string>,
  origin: (p: { project: string; topic: string | null; district: string; year: number | null }) =>
    `${p.project}${p.topic ? ` (${p.topic})` : ""} — began in ${p.district}${p.year !== null ? ` ${p.year}` : ""}`,
  adoption: (p: { district: string; from: string; year: number | null; lag: number | null }) =>
    `→ ${p.district}${p.year !== null ? ` ${p.year}` : ""}, from ${p.from}${p.lag !== null ? ` (${p.lag} ${p.lag === 1 ? "year" : "years"} later)` : ""}`,
  connection: {
    direct: (p: { paths: string }) => `tie before: direct — ${p.paths}`,
    through: (p: { paths: string }) => `tie before: through others — ${p.paths}`,
    none: (p: { length: number }) => `no tie before (no path of at most ${p.length} ties)`,
  },
  evidence: {
    before: (p: { wave: string }) => `network of wave ${p.wave}`,
    "same-wave": (p: { wave: string }) =>
      `network of wave ${p.wave}, the same period: the tie may be younger`,
    undated: (p: { wave: string }) => `no date: network of the latest wave ${p.wave}`,
  } satisfies Record<Adoption["evidence"], (p: { wave: string }) => string>,
  candidates: (p: { list: string }) => `could go next to: ${p.list}`,
  candidate: (p: { district: string; topicActors: number; ties: number }) =>
    `${p.district} (${p.topicActors} on the topic, ${p.ties} ${p.ties === 1 ? "tie" : "ties"} to districts running it)`,
  noCandidates: "no district yet shares the topic and has ties to one running it",
  districtsHeading: "Districts: exporters and importers",
  district: (p: { district: string; originated: number; exported: number; imported: number }) =>
    `${p.district}: began ${p.originated}, passed on ${p.exported}, took up ${p.imported}`,
};

export type ProjectsMessages = typeof projectsMessagesEn;
