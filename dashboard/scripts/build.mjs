#!/usr/bin/env node
/**
 * Builds the dashboard offline into `dashboard/dist`.
 *
 * 1. clears Framework's sticky caches (loader output, bundled node modules) and the old output;
 * 2. marks Framework's optional libraries as present, so a cold build does not ask the npm registry;
 * 3. bundles the browser code (core + sigma glue, `browser/index.ts`) into `src/lib/vernetzt.js`, and the
 *    upload worker into `src/lib/upload-worker.js`;
 * 4. computes the dashboard data once (`scripts/compute-parts.ts` in one process per core, at most 4, or
 *    `VERNETZT_BUILD_PROCESSES`; see `loaders/built-parts.ts`), then runs `observable build` with telemetry off
 *    and `--conditions=@vernetzt/source`: its TypeScript data loaders copy the computed parts;
 * 5. writes the report deck `bericht.pdf`, the self-contained `bericht.html` and `handouts/` (report-files.ts);
 * 6. sets `<html lang="de">` on every page (Framework 1.13 writes a bare `<html>`);
 * 7. replaces `'unsafe-inline'` in each page's `script-src` by the SHA-256 hashes of that page's inline scripts
 *    (Framework inlines each page's module script): markup that gets into a page cannot run a script.
 *
 * `VERNETZT_DASHBOARD_OUT=<folder>` builds elsewhere than `dashboard/dist` (the browser tests do).
 * `VERNETZT_DATA=<folder>` selects the dataset (default: `data/sample` of the repository, else the fixture
 * `dashboard/fixtures/mini`); it is resolved here so data loaders see an absolute path.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { resolveDataFolder } from "./data-folder.mjs";

const dashboard = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cache = join(dashboard, "src/.observablehq/cache");
const dist = resolve(dashboard, process.env.VERNETZT_DASHBOARD_OUT || "dist");

/**
 * Libraries Framework looks up on the npm registry during a cold build although no page uses them
 * (measured: the client bundle and stdlib reference them lazily). Pages import only `src/lib/vernetzt.js`
 * and node_modules packages, so these placeholder versions are never loaded.
 */
const OPTIONAL_LIBRARIES = [
  "@duckdb/duckdb-wasm",
  "@observablehq/duckdb",
  "@observablehq/plot",
  "@observablehq/sample-datasets",
  "@observablehq/sqlite",
  "apache-arrow",
  "arquero",
  "d3",
  "d3-dsv",
  "echarts",
  "htl",
  "katex",
  "leaflet",
  "lodash",
  "mapbox-gl",
  "mermaid",
  "parquet-wasm",
  "react",
  "react-dom",
  "topojson-client",
];
const OFFLINE = "0.0.0-offline";

const started = performance.now();
const data = resolveDataFolder();
if (!existsSync(data)) {
  process.stderr.write(
    `vernetzt dashboard: the dataset ${data} does not exist (VERNETZT_DATA=${process.env.VERNETZT_DATA}). ` +
      "Give a folder with akteure.csv and beziehungen.csv, or an .xlsx or .json file.\n",
  );
  process.exit(2);
}
process.stderr.write(`vernetzt dashboard: dataset ${data}\n`);

// One build at a time: every build uses (and first deletes) the same Framework cache under src/, so a
// second build started meanwhile (another terminal, a parallel browser test) would break this one.
const lock = join(dashboard, "src/.observablehq/build.lock");
mkdirSync(dirname(lock), { recursive: true });
const STALE_LOCK_MS = 60 * 60 * 1000;
for (let waited = 0; ; waited += 500) {
  try {
    mkdirSync(lock);
    break;
  } catch (error) {
    if (error.code !== "EEXIST") throw error;
    if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
    if (waited === 0) process.stderr.write("vernetzt dashboard: waiting for another build to finish …\n");
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
  }
}
process.on("exit", () => rmSync(lock, { recursive: true, force: true }));
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => process.exit(130));

// The whole cache goes: stale loader output and stale bundles of workspace packages are reused otherwise.
rmSync(cache, { recursive: true, force: true });
rmSync(dist, { recursive: true, force: true });
for (const name of OPTIONAL_LIBRARIES)
  mkdirSync(join(cache, "_npm", `${name}@${OFFLINE}`), { recursive: true });

await esbuild.build({
  // The page module and the upload page's web worker (a module worker, loaded by URL).
  entryPoints: {
    vernetzt: join(dashboard, "browser/index.ts"),
    "upload-worker": join(dashboard, "browser/upload-worker.ts"),
  },
  outdir: join(dashboard, "src/lib"),
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  conditions: ["@vernetzt/source"],
  minify: true,
  legalComments: "eof",
  logLevel: "warning",
});

const buildEnv = {
  ...process.env,
  VERNETZT_DATA: data,
  VERNETZT_DASHBOARD_OUT: dist,
  OBSERVABLE_TELEMETRY_DISABLE: "true",
  // Every part of the dashboard data is computed once per build, into this folder (loaders/built-parts.ts).
  VERNETZT_PART_CACHE: join(cache, "vernetzt-parts"),
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --conditions=@vernetzt/source`.trim(),
  // Framework runs TypeScript data loaders with the `tsx` command.
  PATH: `${join(dashboard, "node_modules/.bin")}${delimiter}${process.env.PATH ?? ""}`,
};

// The parts first, in one process per core (Framework runs its loaders one after the other, each in a
// process of its own): each reads the dataset once and takes the parts the others have not taken.
const partProcesses = Math.max(
  1,
  Number(process.env.VERNETZT_BUILD_PROCESSES) || Math.min(availableParallelism(), 4),
);
const partsStarted = performance.now();
const partResults = await Promise.all(
  Array.from(
    { length: partProcesses },
    (_, i) =>
      new Promise((done) => {
        const child = spawn(
          process.execPath,
          ["--import", "tsx", join(dashboard, "scripts/compute-parts.ts"), ...(i > 0 ? ["--quiet"] : [])],
          { cwd: dashboard, stdio: "inherit", env: buildEnv },
        );
        child.on("exit", (code) => done(code ?? 2));
        child.on("error", () => done(2));
      }),
  ),
);
const partsFailed = partResults.find((code) => code !== 0);
if (partsFailed !== undefined) {
  process.stderr.write("vernetzt dashboard: the build failed (see the messages above).\n");
  process.exit(partsFailed);
}
process.stderr.write(
  `vernetzt dashboard: data computed in ${((performance.now() - partsStarted) / 1000).toFixed(1)} s ` +
    `(${partProcesses} processes)\n`,
);

const result = spawnSync(join(dashboard, "node_modules/.bin/observable"), ["build"], {
  cwd: dashboard,
  stdio: "inherit",
  env: buildEnv,
});
if (result.status !== 0) {
  process.stderr.write("vernetzt dashboard: the build failed (see the messages above).\n");
  process.exit(result.status ?? 2);
}

// The report deck, the self-contained report page and the handouts (scripts/report-files.ts).
const files = spawnSync(
  process.execPath,
  ["--conditions=@vernetzt/source", "--import", "tsx", join(dashboard, "scripts/report-files.ts"), dist],
  { cwd: dashboard, stdio: "inherit", env: { ...process.env, VERNETZT_DATA: data } },
);
if (files.status !== 0) {
  process.stderr.write(
    "vernetzt dashboard: writing bericht.pdf, bericht.html and handouts/ failed (see above).\n",
  );
  process.exit(files.status ?? 2);
}

// Anything else under `_npm` was looked up on the registry: the build would fail without a network.
const npm = join(cache, "_npm");
const fetched = readdirSync(npm)
  .flatMap((entry) =>
    entry.startsWith("@") ? readdirSync(join(npm, entry)).map((name) => `${entry}/${name}`) : [entry],
  )
  .filter((entry) => !entry.endsWith(`@${OFFLINE}`));
if (fetched.length > 0) {
  process.stderr.write(
    `vernetzt dashboard: the build asked the npm registry for ${fetched.join(", ")}; it must work offline. ` +
      "Import the package from node_modules with a bare specifier, or add it to OPTIONAL_LIBRARIES.\n",
  );
  process.exit(2);
}

/** Accessibility fixes of Framework's page frame (axe-core: html-has-lang, label-title-only, list). */
const FRAME_FIXES = [
  [/^<!DOCTYPE html>\n<html>/i, '<!DOCTYPE html>\n<html lang="de">'],
  [
    '<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar">',
    '<input id="observablehq-sidebar-toggle" type="checkbox" title="Seitenleiste ein- oder ausblenden" ' +
      'aria-label="Seitenleiste ein- oder ausblenden">',
  ],
  [
    '<label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"></label>',
    '<li><label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"></label></li>',
  ],
];

/** The `script-src` of `observablehq.config.js` (for `observable preview`); a built page gets hashes instead. */
const INLINE_SCRIPT_SOURCE = "script-src 'self' 'unsafe-inline'";

/**
 * A page's CSP with the SHA-256 hash of each of its inline scripts instead of `'unsafe-inline'`. A file the
 * build writes itself (`bericht.html`, the handouts) has its own CSP without scripts and is left as it is; one
 * with neither Framework's CSP nor that promise (an inline script) stops the build.
 */
function hashInlineScripts(html, file) {
  const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)];
  if (!html.includes(INLINE_SCRIPT_SOURCE)) {
    if (!/<script\b/i.test(html)) return html;
    process.stderr.write(
      `vernetzt dashboard: ${file} has scripts but no "${INLINE_SCRIPT_SOURCE}" to replace by hashes.\n`,
    );
    process.exit(2);
  }
  const hashes = scripts.map(
    ([, body]) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`,
  );
  return html.replace(INLINE_SCRIPT_SOURCE, ["script-src 'self'", ...new Set(hashes)].join(" "));
}

for (const file of readdirSync(dist, { recursive: true, encoding: "utf8" })) {
  if (!file.endsWith(".html")) continue;
  const path = join(dist, file);
  let html = readFileSync(path, "utf8");
  for (const [pattern, replacement] of FRAME_FIXES) html = html.replace(pattern, replacement);
  writeFileSync(path, hashInlineScripts(html, file));
}
process.stderr.write(
  `vernetzt dashboard: built ${dist} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
);
