/**
 * Transfer projects on small hand-made datasets: the network before an adoption (by year, by wave, same wave,
 * undated), direct and indirect ties and none, chains A → B → C, exporters and importers, candidates.
 */

import { parseDataset } from "@vernetzt/core/io";
import { ProjectsOptionError, transferProjects, waveYears } from "@vernetzt/core/projects";
import { describe, expect, it } from "vitest";

const ACTORS =
  "id;name;district;topics\nn1;Repair-Café Nord;Nord;Umwelt\nn2;Kita Nord;Nord;\nm1;Bürgerverein Mitte;Mitte;\n" +
  "s1;Kirche Süd;Süd;Umwelt\nw1;Garten West;West;Umwelt\no1;Schule Ost;Ost;Umwelt\n";
const TIES = "source;target;wave\nn1;s1;1\nn1;m1;2\nm1;w1;2\nn1;s1;2\n";
const EVENTS = "id;date;wave\nt1;12.05.2023;1\nt2;03.04.2024;2\n";

async function load(projects: string, extra: Record<string, string> = {}) {
  const { dataset, report } = await parseDataset(
    Object.entries({
      "actors.csv": ACTORS,
      "ties.csv": TIES,
      "events.csv": EVENTS,
      "projects.csv": projects,
      ...extra,
    }).map(([name, data]) => ({ name, data })),
  );
  expect(report.issues).toEqual([]);
  return dataset!;
}

describe("transferProjects", () => {
  it("places waves in time by their meetings' dates, or by the waves themselves when they are years", async () => {
    expect(waveYears(await load("project;district\nX;Nord\n"))).toEqual({ "1": 2023, "2": 2024 });
    const years = await parseDataset([
      { name: "actors.csv", data: "id,name\na,A\nb,B" },
      { name: "ties.csv", data: "source,target,wave\na,b,2021\na,b,2023" },
    ]);
    expect(waveYears(years.dataset!)).toEqual({ "2021": 2021, "2023": 2023 });
  });

  it("looks at the wave before the adoption: a direct tie, one through an intermediary, none, and a chain", async () => {
    const dataset = await load(
      "project;topic;district;year;from;carriers\n" +
        "Repair-Café;Umwelt;Nord;2022;;n1\n" +
        "Repair-Café;Umwelt;Süd;2024;;s1\n" + // tie n1–s1 in wave 1 (2023): direct
        "Repair-Café;Umwelt;West;2025;Nord;w1\n" + // wave 2 (2024): n1–m1–w1, through m1
        "Repair-Café;Umwelt;Ost;2025;West;o1\n", // from West: no path from w1 to o1
    );
    const [project] = transferProjects(dataset).projects;
    expect(
      project!.adoptions.map((a) => [a.district, a.from, a.examinedWave, a.evidence, a.connection]),
    ).toEqual([
      ["Süd", "Nord", "1", "before", "direct"],
      ["West", "Nord", "2", "before", "through"],
      ["Ost", "West", "2", "before", "none"],
    ]);
    expect(project!.adoptions[1]!.paths).toEqual([["n1", "m1", "w1"]]);
    expect(project!.adoptions[1]!.lag).toBe(3);
    expect(transferProjects(dataset).districts.map((d) => [d.district, d.exported, d.imported])).toEqual([
      ["Nord", 2, 0],
      ["West", 1, 1],
      ["Ost", 0, 1],
      ["Süd", 0, 1],
    ]);
  });

  it("says when the evidence comes from the same wave or has no date, and falls back to all actors of a district", async () => {
    const dataset = await load(
      "project;district;year;wave\nLesepaten;Nord;2021;\nLesepaten;Süd;2023;\nLesepaten;West;;\n",
    );
    const [project] = transferProjects(dataset).projects;
    expect(project!.adoptions.map((a) => [a.district, a.examinedWave, a.evidence, a.connection])).toEqual([
      ["Süd", "1", "same-wave", "direct"], // no carriers: n1 and n2 against s1
      ["West", "2", "undated", "through"],
    ]);
    expect(transferProjects(dataset).missing).toEqual(["carriers", "topics"]);
  });

  it("suggests districts that share the topic and are tied to one running the project", async () => {
    const dataset = await load("project;topic;district;year;carriers\nGarten;Umwelt;Nord;2022;n1\n");
    const [project] = transferProjects(dataset).projects;
    // Süd (Umwelt, tied to Nord) qualifies; West works on Umwelt but has no tie to Nord; Mitte lacks the topic
    expect(project!.candidates).toEqual([{ district: "Süd", topicActors: 1, ties: 1, tiedTo: ["Nord"] }]);
  });

  it("without projects: nothing, and 'projects' missing; bad options are rejected", async () => {
    const { dataset } = await parseDataset([
      { name: "actors.csv", data: "id,name\na,A\nb,B" },
      { name: "ties.csv", data: "source,target\na,b" },
    ]);
    expect(transferProjects(dataset!)).toEqual({
      projects: [],
      maxPathLength: 3,
      districts: [],
      missing: ["projects"],
    });
    expect(() => transferProjects(dataset!, { maxPaths: 0 })).toThrow(ProjectsOptionError);
  });
});
