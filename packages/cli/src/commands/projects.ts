/**
 * `vernetzt projects <path> [--json] [--lang de|en]`: the transfer projects of a dataset (`projekte.csv`) —
 * where each began and spread, when, along which ties (a tie between the carriers before the adoption, direct
 * or through whom), which districts pass ideas on and which take them up, and where each could go next. What
 * the data lack is said first; without projects the command says so and exits 0. German by default.
 * `--json` prints core's `transferProjects` result (see docs/cli.md).
 */
import { projectsMessagesDe, projectsMessagesEn, transferProjects } from "@vernetzt/core/projects";
import type { Command } from "commander";
import { loadDatasetOrExit } from "../util/dataset.js";
import { contentLang } from "../util/flags.js";
import { writeJson } from "../util/json-out.js";
import { printText } from "../util/terminal.js";

interface ProjectsCommandOptions {
  pseudonymize?: boolean;
  json?: boolean;
  lang?: string;
}

export function register(program: Command): void {
  program
    .command("projects")
    .description("transfer projects: where each spread, when, along which ties, where it could go next")
    .argument("<path>", "dataset folder or file")
    .option("--json", "print the result as JSON")
    .option("--lang <lang>", "language: de or en (default: de)")
    .action(async (path: string, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<ProjectsCommandOptions>();
      const lang = contentLang(options.lang);
      const { dataset } = await loadDatasetOrExit(path, {
        lang,
        pseudonymize: options.pseudonymize === true,
      });
      const result = transferProjects(dataset);
      if (options.json) {
        await writeJson(result, process.stdout, 3);
        return;
      }
      const m = lang === "de" ? projectsMessagesDe : projectsMessagesEn;
      const districtName = new Map(dataset.districts.map((d) => [d.id, d.name]));
      const district = (id: string) => districtName.get(id) ?? id;
      const actorName = new Map(dataset.actors.map((a) => [a.id, a.name]));
      const path_ = (ids: string[]) => ids.map((id) => actorName.get(id) ?? id).join(" – ");
      const lines = result.missing.map((code) => `! ${m.missing[code]}`);
      if (lines.length > 0) lines.push("");
      if (result.projects.length > 0) lines.push(m.heading({ count: result.projects.length }), "");
      for (const p of result.projects) {
        lines.push(
          m.origin({
            project: p.project,
            topic: p.topic,
            district: district(p.origin.district),
            year: p.origin.year,
          }),
        );
        for (const a of p.adoptions) {
          lines.push(
            `  ${m.adoption({ district: district(a.district), from: district(a.from), year: a.year, lag: a.lag })}`,
          );
          const connection =
            a.connection === "none"
              ? m.connection.none({ length: result.maxPathLength })
              : m.connection[a.connection]({ paths: a.paths.map(path_).join("; ") });
          lines.push(`      ${connection} (${m.evidence[a.evidence]({ wave: a.examinedWave ?? "" })})`);
        }
        const candidates = p.candidates.map((c) => m.candidate({ ...c, district: district(c.district) }));
        lines.push(
          `  ${candidates.length > 0 ? m.candidates({ list: candidates.join("; ") }) : m.noCandidates}`,
          "",
        );
      }
      if (result.districts.length > 0) {
        lines.push(m.districtsHeading);
        for (const d of result.districts)
          lines.push(`  ${m.district({ ...d, district: district(d.district) })}`);
      }
      printText(`${lines.join("\n").trimEnd()}\n`);
    });
}
