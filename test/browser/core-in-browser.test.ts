/**
 * `@vernetzt/core` runs in the browser as it runs in Node: core is bundled with esbuild for the browser
 * (`platform: "browser"`, the bundler the dashboard already uses), loaded into headless Chromium, and the
 * calls of `core-scenario.ts` (parseDataset on in-memory CSV bytes, buildGraph, analyze, louvainCommunities,
 * recommend, layout, indicator, gaps) give the same JSON, byte for byte, as in Node; so does `portableLog`,
 * core's logarithm. The bundle may not pull in a Node built-in. Skips without Chromium, like the other
 * browser tests.
 */
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules, createRequire } from "node:module";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { portableCbrt } from "../../packages/core/src/numeric/portable-cbrt.js";
import { portableLog } from "../../packages/core/src/numeric/portable-log.js";
import { runCoreScenario, type ScenarioFile } from "./core-scenario.js";
import { chromiumPath, launchChromium, repository } from "./harness.js";

/** The part of esbuild's API used here (esbuild is a dependency of the dashboard, not of the root). */
interface Esbuild {
  build(options: Record<string, unknown>): Promise<{
    outputFiles: Array<{ path: string; text: string }>;
    metafile: { inputs: Record<string, { imports: Array<{ path: string; external?: boolean }> }> };
  }>;
}
const esbuild = createRequire(join(repository, "dashboard/package.json"))("esbuild") as Esbuild;

/** Bundles `source` (an ES module importing core) for the browser, as the dashboard's build does. */
function bundleForBrowser(source: string) {
  return esbuild.build({
    stdin: { contents: source, resolveDir: join(repository, "test/browser"), loader: "ts" },
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    conditions: ["@vernetzt/source"],
    outfile: "core-in-browser.js",
    logLevel: "silent",
  });
}

const SCENARIO_ENTRY = `import { runCoreScenario } from "./core-scenario.js";
import { portableLog } from "../../packages/core/src/numeric/portable-log.js";
import { portableCbrt } from "../../packages/core/src/numeric/portable-cbrt.js";
globalThis.vernetztCoreScenario = runCoreScenario;
globalThis.vernetztPortableLog = portableLog;
globalThis.vernetztPortableCbrt = portableCbrt;`;

/** Arguments for the logarithm check: counts, their reciprocals and shares i/7 (where Math.log differs). */
const LOG_ARGUMENTS = Array.from({ length: 5000 }, (_, i) => [i + 1, 1 / (i + 1), (i + 1) / 7]).flat();

/** The CSV files of a dataset folder as bytes. */
function datasetFiles(folder: string): ScenarioFile[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".csv"))
    .sort()
    .map((name) => ({ name, bytes: [...readFileSync(join(folder, name))] }));
}

/**
 * A made-up circulant graph (ties i–i+1 and i–i+5) of 74 actors: `1 + Math.log(74)` differs in its last bit
 * between Chromium 156 and Node 20 (so do 3, 185, 196, …). `layout` uses it as ForceAtlas2's slow-down and
 * takes it from `portableLog` (ForceAtlas2's Float32 positions hid the difference here anyway, measured).
 */
function circulantFiles(order: number): ScenarioFile[] {
  const id = (i: number) => `a${String(i % order).padStart(2, "0")}`;
  const actors = ["id,name", ...Array.from({ length: order }, (_, i) => `${id(i)},Akteur ${i}`)];
  const ties = [
    "source,target",
    ...Array.from({ length: order }, (_, i) => [`${id(i)},${id(i + 1)}`, `${id(i)},${id(i + 5)}`]).flat(),
  ];
  const bytes = (lines: string[]) => [...new TextEncoder().encode(`${lines.join("\n")}\n`)];
  return [
    { name: "actors.csv", bytes: bytes(actors) },
    { name: "ties.csv", bytes: bytes(ties) },
  ];
}

/**
 * Data sets: Padgett's Florentine marriages (English headers, data/florentine), the dashboard's German mini
 * fixture (semicolons, decimal commas, districts, waves) and the circulant graph above.
 */
const DATASETS = [
  { name: "florentine", files: () => datasetFiles(join(repository, "data/florentine")), actors: 16 },
  { name: "mini", files: () => datasetFiles(join(repository, "dashboard/fixtures/mini")), actors: 14 },
  { name: "circulant-74", files: () => circulantFiles(74), actors: 74 },
];

const isNodeBuiltin = (path: string) =>
  path.startsWith("node:") || builtinModules.includes(path.split("/")[0] ?? "");

describe("the browser bundle of @vernetzt/core", () => {
  it("builds for platform browser with no Node built-in and nothing left external", async () => {
    const { metafile, outputFiles } = await bundleForBrowser(SCENARIO_ENTRY);
    const imports = Object.values(metafile.inputs).flatMap((input) => input.imports);
    expect(imports.filter((entry) => isNodeBuiltin(entry.path))).toEqual([]);
    expect(imports.filter((entry) => entry.external)).toEqual([]);
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.some((path) => path.includes("packages/core/src/io/"))).toBe(true);
    expect(inputs.filter((path) => path.includes("packages/core/src/node/"))).toEqual([]);
    expect(outputFiles[0]!.text).not.toMatch(/\bfrom\s*["']node:|\brequire\(["']node:/);
  });

  it("refuses the Node-only subpath @vernetzt/core/node, so the check above can fail", async () => {
    await expect(bundleForBrowser(`export { loadDataset } from "@vernetzt/core/node";`)).rejects.toThrow(
      /node:fs|node:path/,
    );
  });
});

describe.skipIf(!chromiumPath)("@vernetzt/core in headless Chromium", () => {
  let browser: Browser;
  let bundle: string;

  beforeAll(async () => {
    [browser, bundle] = await Promise.all([
      launchChromium(),
      bundleForBrowser(SCENARIO_ENTRY).then((result) => result.outputFiles[0]!.text),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("computes portableLog with the same bits as Node (Math.log need not: the NMI used to differ)", async () => {
    const page = await browser.newPage();
    await page.setContent("<!doctype html><title>vernetzt core</title>");
    await page.addScriptTag({ content: bundle, type: "module" });
    await page.waitForFunction(() => "vernetztPortableLog" in globalThis);
    const inBrowser = await page.evaluate(
      (xs) =>
        xs.map((globalThis as unknown as { vernetztPortableLog: (x: number) => number }).vernetztPortableLog),
      LOG_ARGUMENTS,
    );
    await page.close();
    expect(inBrowser).toEqual(LOG_ARGUMENTS.map(portableLog));
  });

  it("computes portableCbrt with the same bits as Node (the weighted clustering's cube roots)", async () => {
    const page = await browser.newPage();
    await page.setContent("<!doctype html><title>vernetzt core</title>");
    await page.addScriptTag({ content: bundle, type: "module" });
    await page.waitForFunction(() => "vernetztPortableCbrt" in globalThis);
    const inBrowser = await page.evaluate(
      (xs) =>
        xs.map(
          (globalThis as unknown as { vernetztPortableCbrt: (x: number) => number }).vernetztPortableCbrt,
        ),
      LOG_ARGUMENTS,
    );
    await page.close();
    expect(inBrowser).toEqual(LOG_ARGUMENTS.map(portableCbrt));
  });

  for (const { name, files: filesOf, actors } of DATASETS) {
    it(`gives the same JSON as Node, byte for byte, on ${name}`, async () => {
      const files = filesOf();
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(message.text());
      });
      page.on("request", (request) => problems.push(`request: ${request.url()}`));
      await page.setContent("<!doctype html><title>vernetzt core</title>");
      await page.addScriptTag({ content: bundle, type: "module" });
      await page.waitForFunction(() => "vernetztCoreScenario" in globalThis);
      const inBrowser = await page.evaluate(
        ([files, name]) =>
          (
            globalThis as unknown as {
              vernetztCoreScenario: (files: ScenarioFile[], name: string) => Promise<string>;
            }
          ).vernetztCoreScenario(files, name),
        [files, name] as const,
      );
      await page.close();
      const inNode = await runCoreScenario(files, name);

      const result = JSON.parse(inNode) as { report: { ok: boolean }; dataset: { actors: unknown[] } };
      expect(result.report.ok).toBe(true);
      expect(result.dataset.actors).toHaveLength(actors);
      expect(inNode).toMatch(/"analysis":.*"communities":.*"recommendations":.*"layout":.*"indicator":/s);
      expect(problems).toEqual([]);
      expect(inBrowser).toBe(inNode);
    });
  }
});
