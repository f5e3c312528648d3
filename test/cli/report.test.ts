import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectStandaloneSvg, pngSize } from "../figures/standalone.js";
import { runCli } from "./run-cli.js";

const out = (name: string) => mkdtempSync(join(tmpdir(), `vernetzt-report-${name}-`));
/** Pages of a PDF, counted by pdfinfo when present, else by its page objects. */
function pdfPages(file: string): number {
  const info = spawnSync("pdfinfo", [file], { encoding: "utf8" });
  if (info.status === 0) return Number(/Pages:\s+(\d+)/.exec(info.stdout)![1]);
  return readFileSync(file, "latin1").match(/\/Type \/Page\b/g)?.length ?? 0;
}
const FIXED_DATE = { SOURCE_DATE_EPOCH: "1767225600" }; // 2026-01-01
/** Generous: the sample's report (999 gap permutations, a layout, PNGs, a PDF) on a shared 2-core machine. */
const SLOW = 300_000;

describe("vernetzt report", () => {
  it(
    "report data/sample writes six figures as SVG and 1920-px PNG, a 7-page deck and an HTML report",
    () => {
      const dir = out("sample");
      const result = runCli(["report", "data/sample", "--out", dir], FIXED_DATE);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("6 Abbildungen (SVG und PNG), deck.pdf und report.html");
      const names = [
        "indicator-over-waves",
        "gap-map",
        "gap-matrix-district",
        "network-by-district",
        "what-changed",
        "top-introductions",
      ];
      expect(readdirSync(dir).sort()).toEqual(
        [...names.flatMap((n) => [`${n}.svg`, `${n}.png`]), "deck.pdf", "report.html"].sort(),
      );
      for (const name of names) {
        const svg = readFileSync(join(dir, `${name}.svg`), "utf8");
        expectStandaloneSvg(svg);
        expect(svg).toContain("Weidenbrunn");
        expect(svg).toContain("Stand 01.01.2026");
        expect(pngSize(readFileSync(join(dir, `${name}.png`))).width).toBe(1920);
      }
      // Waves named as the dashboard names them (the sample's dataset.json: 1 → 2023, …, 3 → 2025).
      const changes = readFileSync(join(dir, "what-changed.svg"), "utf8");
      expect(changes).toContain("Was sich von Welle 2024 zu Welle 2025 geändert hat");
      expect(readFileSync(join(dir, "network-by-district.svg"), "utf8")).toContain("Welle 2025");
      expect(pdfPages(join(dir, "deck.pdf"))).toBe(7);
      const html = readFileSync(join(dir, "report.html"), "utf8");
      expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)|<link|src=/);
      expect(html.match(/<section>/g)?.length).toBe(7);
    },
    SLOW,
  );

  it(
    "report on a dataset without coordinates, districts or waves leaves out what does not apply and says why",
    () => {
      const dir = out("minimal");
      const result = runCli(["report", "test/fixtures/minimal", "--out", dir, "--lang", "en"], FIXED_DATE);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("Wrote 3 figures");
      expect(result.stdout).toContain("gap map and gap matrix: the actors have no district or sector");
      expect(result.stdout).toContain("what changed: the dataset has one survey wave");
      for (const file of readdirSync(dir).filter((f) => f.endsWith(".svg")))
        expectStandaloneSvg(readFileSync(join(dir, file), "utf8"));
      expect(pdfPages(join(dir, "deck.pdf"))).toBe(4);
    },
    SLOW,
  );

  it(
    "report on districts without coordinates draws the schematic gap map, the cut-off district set apart",
    () => {
      const dir = out("no-coordinates");
      const result = runCli(["report", "test/fixtures/ohne-koordinaten", "--out", dir], FIXED_DATE);
      expect(result.code).toBe(0);
      expect(readdirSync(dir)).toContain("schematic-gap-map-district.svg");
      expect(readdirSync(dir)).not.toContain("gap-map.svg");
      const svg = readFileSync(join(dir, "schematic-gap-map-district.svg"), "utf8");
      expectStandaloneSvg(svg);
      expect(svg).toContain("Weidenau hat keine Verbindung in einen anderen Stadtteil.");
    },
    SLOW,
  );

  it(
    "two runs with the same date write the same bytes",
    () => {
      const [a, b] = [out("a"), out("b")];
      for (const dir of [a, b])
        expect(runCli(["report", "test/fixtures/minimal", "--out", dir], FIXED_DATE).code).toBe(0);
      for (const file of readdirSync(a))
        expect(readFileSync(join(b, file)).equals(readFileSync(join(a, file))), file).toBe(true);
    },
    SLOW,
  );

  it(
    "an unknown wave or --from after --to is a usage error (exit 2) with the waves to choose from",
    () => {
      const unknown = runCli(["report", "data/sample", "--out", out("bad"), "--wave", "9"]);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('no wave "9"; its waves are: 1, 2, 3');
      const reversed = runCli(["report", "data/sample", "--out", out("bad2"), "--from", "3", "--to", "1"]);
      expect(reversed.code).toBe(2);
      expect(reversed.stderr).toContain("--from 3 liegt nach --to 1");
      expect(reversed.stderr).not.toMatch(/at \w+ \(/);
    },
    SLOW,
  );
});
