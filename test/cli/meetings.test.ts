import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const FIXTURE = "test/fixtures/meetings";

describe("vernetzt meetings", () => {
  it("vernetzt meetings <path> --json prints the working groups with the contract's fields", () => {
    const { code, stdout } = runCli(["meetings", FIXTURE, "--json"]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(["groups", "missing"]);
    expect(result.missing).toEqual([]);
    const ak = result.groups.find((g: { group: string }) => g.group === "AK Soziales Nord");
    for (const field of ["group", "meetings", "attendance", "hosts", "firstTimers", "returning"]) {
      expect(ak).toHaveProperty(field);
    }
    expect(ak.meetings).toBe(7);
    expect(ak.hosts).toEqual({ sb: 3, kg: 2, fz: 2 });
    expect(Object.keys(ak.attendance[0])).toEqual(expect.arrayContaining(["event", "date", "count"]));
    expect(ak.attendance[0]).toMatchObject({ event: "n1", date: "2023-03-14", count: 5 });
    expect(ak.firstTimers).toEqual(["p1"]);
  });

  it("vernetzt meetings <path> prints each group in German: hosts, regulars who never hosted, who never came back", () => {
    const { code, stdout } = runCli(["meetings", FIXTURE]);
    expect(code).toBe(0);
    expect(stdout).toContain("AK Soziales Nord — aktiv, 7 Treffen (14.03.2023 – 11.03.2025)");
    expect(stdout).toContain(
      "Gastgeber: Stadtteilbüro Nord 3× · Ev. Kirchengemeinde Nord 2× · Familienzentrum Nord 2×",
    );
    expect(stdout).toContain(
      "waren nie Gastgeber: Sportverein Nord, Kulturverein Anadolu Nord, Jonas Muster",
    );
    expect(stdout).toContain("nicht wiedergekommen: Erika Beispiel");
    expect(stdout).toContain("Südviertel — im Aufbau, 2 Treffen");
    expect(stdout).toContain("Runde Senioren — zuletzt kein Treffen");
  });

  it("vernetzt meetings on data without meetings says so and exits 0", () => {
    const { code, stdout } = runCli(["meetings", "test/fixtures/minimal", "--lang", "en"]);
    expect(code).toBe(0);
    expect(stdout).toContain("The data have no meetings");
    const json = JSON.parse(runCli(["meetings", "test/fixtures/minimal", "--json"]).stdout);
    expect(json).toEqual({ groups: [], missing: ["meetings"] });
  });

  it("vernetzt meetings --established-from 0 is a usage error (exit 2)", () => {
    expect(runCli(["meetings", FIXTURE, "--established-from", "0"]).code).toBe(2);
  });
});
