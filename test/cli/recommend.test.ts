import { describe, expect, it } from "vitest";
import { FIXTURE, runCli } from "../fixtures/gaps/run-cli.js";

describe("vernetzt recommend", () => {
  it("vernetzt recommend <path> --json finds the planted offer and need for both actors", () => {
    const { code, stdout } = runCli(["recommend", FIXTURE, "--json", "--top", "3"]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(["wave", "recommendations"]);
    expect(result.wave).toBe("2");
    const top = (actor: string) =>
      result.recommendations
        .filter((r: { actor: string }) => r.actor === actor)
        .map((r: { candidate: string }) => r.candidate);
    expect(top("n3")).toContain("s1"); // Jugendtreff Nord seeks Räume, Kirchengemeinde am Hang offers them
    expect(top("s1")).toContain("n3");
    const pair = result.recommendations.find(
      (r: { actor: string; candidate: string }) => r.actor === "n3" && r.candidate === "s1",
    );
    expect(Object.keys(pair)).toEqual(["actor", "candidate", "score", "reasons", "reasonCodes"]);
    expect(pair.reasons).toContain("Kirchengemeinde am Hang bietet, was Jugendtreff Nord sucht: Räume");
    // the same reasons as codes, one per sentence, for programs
    expect(pair.reasonCodes).toHaveLength(pair.reasons.length);
    expect(pair.reasonCodes).toContainEqual({
      code: "offer-sought",
      params: {
        offerer: { id: "s1", name: "Kirchengemeinde am Hang" },
        seeker: { id: "n3", name: "Jugendtreff Nord" },
        items: ["Räume"],
      },
    });
  });

  it("vernetzt recommend <path> --actor ID --wave 1 prints that actor's contacts in German", () => {
    const { code, stdout } = runCli(["recommend", FIXTURE, "--actor", "n3", "--wave", "1", "--top", "2"]);
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toBe("Empfohlene Kontakte für Jugendtreff Nord:");
    expect(stdout).toContain("1. Kirchengemeinde am Hang");
  });

  it("vernetzt recommend --actor with an unknown id or --top 0 exits 2", () => {
    expect(runCli(["recommend", FIXTURE, "--actor", "niemand"]).code).toBe(2);
    expect(runCli(["recommend", FIXTURE, "--top", "0"]).code).toBe(2);
  });
});

describe("vernetzt recommend on the sample city", () => {
  it("vernetzt recommend data/sample --json never shows a person without consent by name or id", async () => {
    const { loadDataset } = await import("@vernetzt/core/node");
    const { dataset } = await loadDataset("data/sample");
    const hidden = dataset!.actors.filter((a) => a.kind === "person" && a.consent === false);
    expect(hidden.length).toBeGreaterThan(0);
    const { code, stdout } = runCli(["recommend", "data/sample", "--json", "--top", "3"]);
    expect(code).toBe(0);
    for (const person of hidden) {
      expect(stdout).not.toContain(person.name);
      expect(stdout).not.toContain(`"${person.id}"`);
    }
    expect(stdout).toContain("Person 1");
  });
});
