/** LibreOffice for the tests that check files against a real spreadsheet program (skipped where it is missing). */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Whether `soffice` (LibreOffice) runs on this machine. */
export const hasLibreOffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;

/**
 * The bytes LibreOffice writes when it opens `bytes` (named `name`) and saves it as `format` (headless, own
 * profile in a temporary folder); throws with LibreOffice's message when the conversion fails.
 */
export function convertWithLibreOffice(bytes: Uint8Array, name: string, format: string): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "vernetzt-libreoffice-"));
  writeFileSync(join(dir, name), bytes);
  const run = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${dir}/profile`,
      "--headless",
      "--convert-to",
      format,
      "--outdir",
      join(dir, "out"),
      join(dir, name),
    ],
    { encoding: "utf8", timeout: 120_000, env: { ...process.env, HOME: dir } },
  );
  if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
  return new Uint8Array(readFileSync(join(dir, "out", name.replace(/\.[^.]+$/, `.${format}`))));
}
