/**
 * Nothing is overwritten without consent (issue #17): `export` refuses an existing file without `--force`, never
 * writes into the dataset's own folder or beside files a load would read; `handouts` run again into its folder
 * needs `--force` and then leaves no page of the earlier run behind (a person who withdrew consent keeps no
 * page with the full name); `report` refuses to overwrite an earlier report without `--force`.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli, vernetzt } from "../cli/run-cli.js";

const PRIVACY = fileURLToPath(new URL("../privacy/fixture", import.meta.url));

/** A copy of the privacy fixture in a fresh folder, so that a test may change it. */
function copyFixture(): { root: string; data: string } {
  const root = mkdtempSync(join(tmpdir(), "vernetzt-overwrite-"));
  const data = join(root, "daten");
  cpSync(PRIVACY, data, { recursive: true });
  return { root, data };
}

/** Every file of a folder with its bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), "latin1")]));
}

describe("export never overwrites without consent", () => {
  it("export --out onto an existing file is a usage error without --force and leaves the file as it was", () => {
    const { root, data } = copyFixture();
    const target = join(root, "akteure-liste.csv");
    writeFileSync(target, "ID;Name\nx;Meine Liste\n");
    const refused = vernetzt("export", data, "--format", "json", "--out", target);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--force");
    expect(refused.stderr).toContain(target);
    expect(readFileSync(target, "utf8")).toBe("ID;Name\nx;Meine Liste\n");
    const forced = vernetzt("export", data, "--format", "json", "--out", target, "--force");
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(target, "utf8")).actors.length).toBeGreaterThan(10);
  });

  it("export into the dataset's own folder is refused even with --force, so the next load reads what it read before", () => {
    const { data } = copyFixture();
    const before = snapshot(data);
    for (const args of [
      ["--format", "csv", "--out", data, "--force"],
      ["--format", "json", "--out", join(data, "dataset.json"), "--force"],
      ["--format", "nodes-edges-csv", "--out", `${data}/`, "--pseudonymize", "--force"],
    ]) {
      const { code, stderr } = runCli(["export", data, ...args], { LANG: "de_DE.UTF-8" });
      expect(code).toBe(2);
      expect(stderr).toContain("Ordner des Datensatzes");
    }
    expect(snapshot(data)).toEqual(before);
  });

  it("a folder export beside other files is refused; into an empty or its own earlier folder it is written (again only with --force)", () => {
    const { root, data } = copyFixture();
    const other = join(root, "andere");
    mkdirSync(other);
    writeFileSync(join(other, "akteure.csv"), "ID;Name\nx;X\n");
    const beside = vernetzt("export", data, "--format", "csv", "--out", other, "--force");
    expect(beside.code).toBe(2);
    expect(beside.stderr).toContain("akteure.csv");
    expect(readdirSync(other)).toEqual(["akteure.csv"]);
    const fresh = join(root, "export");
    expect(vernetzt("export", data, "--format", "csv", "--out", fresh).code).toBe(0);
    expect(vernetzt("export", data, "--format", "csv", "--out", fresh).code).toBe(2);
    expect(vernetzt("export", data, "--format", "csv", "--out", fresh, "--force").code).toBe(0);
    expect(vernetzt("validate", fresh).code).toBe(0);
  });
});

describe("handouts run again leave no page of the earlier run", () => {
  it("after a person withdraws consent, handouts --force into the same folder keep no page with her name, and the user's own files stay", () => {
    const { root, data } = copyFixture();
    const out = join(root, "handzettel");
    expect(vernetzt("handouts", data, "--out", out).code).toBe(0);
    const all = () =>
      readdirSync(out)
        .map((name) => readFileSync(join(out, name), "utf8"))
        .join("\n");
    expect(all()).toContain("Konrad Genannt");
    writeFileSync(join(out, "notizen.txt"), "Konrad Genannt anrufen\n");
    // Konrad withdraws consent.
    const actors = readFileSync(join(data, "akteure.csv"), "utf8");
    writeFileSync(join(data, "akteure.csv"), actors.replace(/(pz-konrad;[^\n]*);ja;/, "$1;nein;"));
    expect(readFileSync(join(data, "akteure.csv"), "utf8")).toMatch(/pz-konrad;[^\n]*;nein;/);

    const again = vernetzt("handouts", data, "--out", out);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("--force");
    const forced = vernetzt("handouts", data, "--out", out, "--force");
    expect(forced.code).toBe(0);
    const pages = readdirSync(out).filter((name) => name.endsWith(".html"));
    for (const page of pages) expect(readFileSync(join(out, page), "utf8")).not.toContain("Konrad Genannt");
    expect(pages.some((page) => page.includes("konrad"))).toBe(false);
    // the user's own note is not ours to delete
    expect(readFileSync(join(out, "notizen.txt"), "utf8")).toBe("Konrad Genannt anrufen\n");
  });

  it("handouts into the dataset's own folder are refused", () => {
    const { data } = copyFixture();
    const { code } = vernetzt("handouts", data, "--out", data, "--force");
    expect(code).toBe(2);
    expect(existsSync(join(data, "index.html"))).toBe(false);
  });
});
