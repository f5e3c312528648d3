/**
 * The Transferprojekte JSON (`projects.json`): core's `transferProjects` of the dataset, with the names of the
 * actors and districts it mentions. Pure: the data loader and the upload worker both call {@link projectsData}.
 */
import { type Dataset, type TransferProjectsResult, transferProjects } from "@vernetzt/core";

/** The `projects.json` contract. */
export interface ProjectsData {
  result: TransferProjectsResult;
  /** Actor id → name (carriers and the actors on the paths). */
  actors: Record<string, string>;
  /** District id → name. */
  districts: Record<string, string>;
}

/** The transfer projects of `dataset` (already pseudonymised) and the names they need. */
export function projectsData(dataset: Dataset): ProjectsData {
  const result = transferProjects(dataset);
  const mentioned = new Set(
    result.projects.flatMap((p) => [
      ...p.origin.carriers,
      ...p.adoptions.flatMap((a) => [...a.carriers, ...a.paths.flat()]),
    ]),
  );
  return {
    result,
    actors: Object.fromEntries(dataset.actors.filter((a) => mentioned.has(a.id)).map((a) => [a.id, a.name])),
    districts: Object.fromEntries(dataset.districts.map((d) => [d.id, d.name])),
  };
}
