import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "vernetzt-projects-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("vernetzt projects", () => {
  it("on data without projects says what is missing and exits 0", () => {
    const { code, stdout } = runCli(["projects", "test/fixtures/minimal", "--lang", "en"]);
    expect(code).toBe(0);
    expect(stdout).toContain("The data have no transfer projects");
    const json = JSON.parse(runCli(["projects", "test/fixtures/minimal", "--json"]).stdout);
    expect(json).toMatchObject({ projects: [], districts: [], missing: ["projects"] });
  });

  it("follows a project from district to district along the ties before each adoption", () => {
    writeFileSync(
      join(dir, "akteure.csv"),
      "ID;Name;Stadtteil;Themen\nn1;Repair-Café Nord;Nord;Umwelt\nm1;Bürgerverein Mitte;Mitte;\ns1;Kirche Süd;Süd;Umwelt\nw1;Garten West;West;Umwelt\n",
    );
    writeFileSync(
      join(dir, "beziehungen.csv"),
      "Von;Zu;Welle\nn1;m1;2023\nm1;s1;2023\nn1;m1;2024\nm1;s1;2024\ns1;w1;2024\n",
    );
    writeFileSync(
      join(dir, "projekte.csv"),
      "Projekt;Thema;Stadtteil;Jahr;Träger\nRepair-Café;Umwelt;Nord;2022;n1\nRepair-Café;Umwelt;Süd;2024;s1\n",
    );
    const { code, stdout } = runCli(["projects", dir, "--json"]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    const [project] = result.projects;
    expect(project.origin).toMatchObject({ district: "Nord", year: 2022, carriers: ["n1"] });
    expect(project.adoptions[0]).toMatchObject({
      district: "Süd",
      from: "Nord",
      lag: 2,
      examinedWave: "2023",
      evidence: "before",
      connection: "through",
      paths: [["n1", "m1", "s1"]],
    });
    expect(project.candidates).toEqual([{ district: "West", topicActors: 1, ties: 1, tiedTo: ["Süd"] }]);
    expect(result.districts).toEqual([
      { district: "Nord", originated: 1, exported: 1, imported: 0 },
      { district: "Süd", originated: 0, exported: 0, imported: 1 },
    ]);
    const text = runCli(["projects", dir]).stdout;
    expect(text).toContain(
      "Beziehung vorher: über andere — Repair-Café Nord – Bürgerverein Mitte – Kirche Süd",
    );
    expect(text).toContain("könnte als Nächstes nach: West");
  });
});
