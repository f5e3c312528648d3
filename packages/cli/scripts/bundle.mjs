#!/usr/bin/env node
/**
 * Bundles the `vernetzt` command into `dist/bin/` (esbuild), after `tsc` has written `dist/`.
 *
 * Why: a start of the unbundled command resolves and reads ~250 module files (core, commander, the XML and
 * XLSX readers) before it does any work; one bundle per command (code splitting: each command is a chunk
 * loaded when it runs) starts in about half the CPU time (docs/benchmarks.md, "Start of the command").
 * esbuild is the bundler the dashboard already uses for its browser code.
 *
 * - `dist/bin/vernetzt.js` — the package's `bin` (keeps its `#!/usr/bin/env node` line);
 * - `dist/bin/path-sweep-worker.js` — core's worker for parallel betweenness, next to the chunks that start it
 *   (`new URL("./path-sweep-worker.js", import.meta.url)`);
 * - `@vernetzt/figures/node` stays outside: PNG and PDF need native code (resvg), pdfkit's font data and the
 *   DejaVu font files, found through the installed packages. Only `vernetzt report` loads it.
 *
 * The library entry (`dist/main.js`, for `import { main } from "@vernetzt/cli"`) is tsc's output, unchanged.
 */
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const cli = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outdir = process.argv[2] ? resolve(process.argv[2]) : join(cli, "dist/bin");
const core = dirname(createRequire(join(cli, "package.json")).resolve("@vernetzt/core"));

rmSync(outdir, { recursive: true, force: true });
await esbuild.build({
  entryPoints: [
    { in: join(cli, "dist/main.js"), out: "vernetzt" },
    { in: join(core, "graph/path-sweep-worker.js"), out: "path-sweep-worker" },
  ],
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: ["@vernetzt/figures/node"],
  chunkNames: "chunk-[hash]",
  // CommonJS dependencies bundled into ES modules call require() for Node's own modules.
  banner: {
    js: 'import { createRequire as __vernetztRequire } from "node:module";\nconst require = __vernetztRequire(import.meta.url);',
  },
  legalComments: "linked",
  logLevel: "warning",
});
