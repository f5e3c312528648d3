import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURE, runCli } from "../fixtures/gaps/run-cli.js";

const out = mkdtempSync(join(tmpdir(), "vernetzt-handouts-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("vernetzt handouts", () => {
  it("vernetzt handouts <path> --out DIR writes index.html and one escaped A4 page per actor", () => {
    const { code, stdout } = runCli(["handouts", FIXTURE, "--out", out]);
    expect(code).toBe(0);
    expect(stdout).toContain("15 Handzettel");
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(16);
    expect(files[0]).toBe("001-n1.html");
    expect(files).toContain("index.html");
    const cafe = readFileSync(join(out, "012-m2.html"), "utf8");
    expect(cafe).toContain("<h1>Café &lt;b&gt;Treff&lt;/b&gt; &amp; Co</h1>");
    expect(cafe).not.toContain("<b>Treff</b>");
    expect(cafe).toContain("size: A4");
    const jugendtreff = readFileSync(join(out, "003-n3.html"), "utf8");
    expect(jugendtreff).toContain("Kirchengemeinde am Hang bietet, was Jugendtreff Nord sucht: Räume");
  });

  it("vernetzt handouts <path> --out DIR --lang en writes English pages", () => {
    const dir = join(out, "en");
    expect(runCli(["handouts", FIXTURE, "--out", dir, "--lang", "en"]).code).toBe(0);
    expect(readFileSync(join(dir, "index.html"), "utf8")).toContain('<html lang="en">');
    expect(readFileSync(join(dir, "003-n3.html"), "utf8")).toContain("Who you might meet");
  });

  it("vernetzt handouts without --out is a usage error (exit 2)", () => {
    expect(runCli(["handouts", FIXTURE]).code).toBe(2);
  });
});
