/**
 * `node --conditions=@vernetzt/source --import tsx scripts/bench-upload.ts [--actors 1000,4000,16000]`: what an
 * upload on the „Eigene Daten“ page costs, step by step, for generated cities (`vernetzt generate`, seed 1): the
 * bytes of its CSV files, the seconds to read and check them (`parseAnyDataset`), and the seconds of each part of
 * the dashboard (`dashboardPart`, the functions the upload worker runs), with the heap in use after each step.
 * A script, not a test: the machine is shared, so it prints figures (and the load average) and asserts nothing.
 * The constants of `dashboard/browser/upload-estimate.ts` come from its output (see docs/dashboard.md).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { DASHBOARD_PARTS, dashboardPart } from "../dashboard/loaders/dashboard-data.js";
import { parseAnyDataset } from "../packages/core/src/interop/parse-any.js";
import { pseudonymize } from "../packages/core/src/privacy/index.js";

const flag = process.argv.indexOf("--actors");
const sizes = (flag >= 0 ? process.argv[flag + 1]! : "1000,4000,16000").split(",").map(Number);

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const heap = () => mb(process.memoryUsage().heapUsed);

console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
console.log("actors\tties\tMB\tcheck s\t" + DASHBOARD_PARTS.map((p) => `${p} s`).join("\t") + "\theap MB");
for (const actors of sizes) {
  const folder = join(tmpdir(), "vernetzt-bench-upload", `city-${actors}`);
  if (!existsSync(join(folder, "actors.csv"))) {
    const cli = ["--conditions=@vernetzt/source", "--import", "tsx", "packages/cli/src/main.ts"];
    const args = [...cli, "generate", "--actors", String(actors), "--seed", "1", "--out", folder, "--force"];
    spawnSync(process.execPath, args, { stdio: "inherit" });
  }
  const files = readdirSync(folder).map((name) => ({
    name,
    data: new Uint8Array(readFileSync(join(folder, name))),
  }));
  const bytes = files.reduce((sum, file) => sum + file.data.byteLength, 0);
  let started = performance.now();
  const { dataset } = await parseAnyDataset(files, { lang: "de" });
  const check = (performance.now() - started) / 1000;
  const shown = pseudonymize(dataset!);
  const times: string[] = [];
  for (const part of DASHBOARD_PARTS) {
    started = performance.now();
    dashboardPart(shown, part);
    times.push(((performance.now() - started) / 1000).toFixed(1));
  }
  console.log(
    `${actors}\t${dataset!.ties.length}\t${mb(bytes)}\t${check.toFixed(1)}\t${times.join("\t")}\t${heap()}`,
  );
}
