/** Typed errors of the transfer-projects view; tests check the class, people read the message. */

import { VernetztError } from "../model/vernetzt-error.js";

/**
 * An option of `transferProjects` has a value it cannot use.
 *
 * @example
 * ```ts
 * import { ProjectsOptionError, resolveTransferProjectsOptions } from "@vernetzt/core/projects";
 *
 * try {
 *   resolveTransferProjectsOptions({ maxPathLength: 0 });
 * } catch (error) {
 *   error instanceof ProjectsOptionError //=> true
 *   String((error as ProjectsOptionError).params.option) //=> "maxPathLength"
 * }
 * ```
 */
export class ProjectsOptionError extends VernetztError {
  override readonly name = "ProjectsOptionError";
  readonly params: { option: string; value: string; expected: string };
  constructor(option: string, value: unknown, expected: string) {
    const shown =
      typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
    super(`vernetzt/projects: option ${option} must be ${expected}, got ${shown}.`, {
      code: "PROJECTS_OPTION",
      usage: true,
    });
    this.params = { option, value: shown, expected };
  }
}
