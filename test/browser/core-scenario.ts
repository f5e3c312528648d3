/**
 * The calls a researcher makes with `@vernetzt/core`, as one function that returns their results as JSON:
 * `core-in-browser.test.ts` runs it in Node and, bundled for the browser, in Chromium, and compares the two
 * strings byte for byte. Files come in as bytes, so the browser also decodes them (`TextDecoder`) itself.
 */
import { analyze, buildGraph, gaps, indicator, layout, louvainCommunities, recommend } from "@vernetzt/core";
import { type InputFile, parseDataset } from "@vernetzt/core/io";

/** A file as plain numbers: what `page.evaluate` can hand over to the browser. */
export interface ScenarioFile {
  name: string;
  bytes: number[];
}

/** Loads the files, builds the graph, runs analyze, Louvain, recommend, layout, indicator and gaps: one JSON. */
export async function runCoreScenario(files: readonly ScenarioFile[], name: string): Promise<string> {
  const input: InputFile[] = files.map((file) => ({ name: file.name, data: new Uint8Array(file.bytes) }));
  const { dataset, report } = await parseDataset(input, { name, lang: "de" });
  if (!dataset) return JSON.stringify({ report });
  const graph = buildGraph(dataset);
  return JSON.stringify({
    report,
    dataset,
    analysis: analyze(graph, { seed: 7, permutations: 199 }),
    communities: louvainCommunities(graph, { seed: 7 }),
    recommendations: recommend(graph, { top: 3, seed: 7, districts: dataset.districts }),
    layout: layout(graph, { seed: 7 }),
    indicator: indicator(dataset, { seed: 7, level: 0.99 }),
    gaps: dataset.actors.some((actor) => actor.district)
      ? gaps(graph, { by: "district", seed: 7, permutations: 199 })
      : null,
  });
}
