/**
 * Writes what the docs derive from core's measure registry: `docs/schemas/analyze.schema.json`
 * (`analyzeSchema()`) and the measure tables of `docs/metrics.md` and `docs/groups.md` (between
 * `<!-- registry:<scope> -->` and `<!-- /registry:<scope> -->`). `test/docs/registry-docs.test.ts` fails
 * when a file differs from what this script writes, so a descriptor and its docs cannot drift apart.
 *
 *     node --conditions=@vernetzt/source --import tsx scripts/registry-docs.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeSchema, MEASURES } from "@vernetzt/core/analysis";
import type { Measure, MeasureScope } from "@vernetzt/core/measures";

const REPO = join(import.meta.dirname, "..");

/** The files this script writes, with their content. */
export function registryDocs(measures: readonly Measure[] = MEASURES): Array<{ path: string; text: string }> {
  return [
    {
      path: "docs/schemas/analyze.schema.json",
      text: `${JSON.stringify(analyzeSchema(measures), null, 2)}\n`,
    },
    {
      path: "docs/metrics.md",
      text: withTables(read("docs/metrics.md"), measures, ["actor", "network", "tie"]),
    },
    { path: "docs/groups.md", text: withTables(read("docs/groups.md"), measures, ["group"]) },
  ];
}

function read(path: string): string {
  return readFileSync(join(REPO, path), "utf8");
}

/** What the field column says of a measure written for some runs only. */
const CONDITION = { directed: "directed data", weighted: "--weighted" } as const;

const cell = (text: string | null) => (text ?? "—").replace(/\|/g, "\\|");

/** The markdown table of one scope: field, German label, formula, reference, the tools' calls, our choice. */
export function measureTable(measures: readonly Measure[], scope: MeasureScope): string {
  const rows = measures
    .filter((m) => m.scope === scope)
    .map((m) => {
      const r = m.reference;
      const calls = [
        r.networkx && `networkx \`${r.networkx}\``,
        r.igraph && `igraph \`${r.igraph}\``,
        r.sna && `sna \`${r.sna}\``,
      ].filter(Boolean);
      const condition = m.when ?? (m.needs === "directed" || m.needs === "weighted" ? m.needs : null);
      const field = `\`${m.id}\`${condition === null ? "" : ` (${CONDITION[condition]})`}`;
      return `| ${field} | ${cell(m.label.de)} | ${cell(r.formula)} | ${cell(r.citation)} | ${cell(calls.join("; ") || null)} | ${cell(r.note)} |`;
    });
  return [
    "| Field | Label (German) | Formula | Reference | networkx / igraph / sna | Our choice |",
    "|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}

function withTables(text: string, measures: readonly Measure[], scopes: MeasureScope[]): string {
  let out = text;
  for (const scope of scopes) {
    const start = `<!-- registry:${scope} -->`;
    const end = `<!-- /registry:${scope} -->`;
    const from = out.indexOf(start);
    const to = out.indexOf(end);
    if (from === -1 || to < from) throw new Error(`registry-docs: no ${start} … ${end} section`);
    out = `${out.slice(0, from + start.length)}\n${measureTable(measures, scope)}\n${out.slice(to)}`;
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const { path, text } of registryDocs()) writeFileSync(join(REPO, path), text);
}
