/**
 * Participant lists as coordinators write them: ids or names, one per line or in a column of a registration
 * list (person, organisation, e-mail); names misspelt, names the dataset does not know (guests).
 */

import {
  pairValues,
  planTables,
  readParticipantList,
  type SeatingContext,
  withGuests,
} from "@vernetzt/core/seating";
import { describe, expect, it } from "vitest";

const actors = [
  { id: "A1", name: "Kita Sonnenschein" },
  { id: "A2", name: "Sportverein Nordstadt" },
  { id: "A3", name: "Stadtteilbüro" },
  { id: "A4", name: "Stadtteilbüro" },
  { id: "A5", name: "Familienzentrum Süd" },
];

describe("readParticipantList", () => {
  it("reads a registration list by the column that names actors, not by the person's name", async () => {
    const list = await readParticipantList(
      {
        name: "anmeldungen.csv",
        data: "Vorname;Nachname;Organisation;E-Mail\nErika;Beispiel;Kita Sonnenschein;e@example.org\nMax;Muster;Sportverein Nordstadt;m@example.org\nJonas;Test;Familienzentrum Süd;j@example.org\n",
      },
      actors,
    );
    expect(list.participants).toEqual(["A1", "A2", "A5"]);
    expect(list.guests).toEqual([]);
    expect(list.problems).toEqual([]);
  });

  it("seats names the data do not know as guests, and says which row each came from", async () => {
    const list = await readParticipantList(
      { name: "liste.txt", data: "A1\nNeue Initiative Ost\nStadtteilbüro\nNeue Initiative Ost\nA2\n" },
      actors,
    );
    expect(list.participants).toEqual(["A1", "A2"]);
    expect(list.guests).toEqual(["Neue Initiative Ost", "Stadtteilbüro"]);
    expect(list.problems).toEqual([
      { row: 2, value: "Neue Initiative Ost", problem: "unknown" },
      { row: 3, value: "Stadtteilbüro", problem: "ambiguous" },
      { row: 4, value: "Neue Initiative Ost", problem: "duplicate" },
    ]);
  });

  it("reads a name written differently or misspelt as the actor, and reports what it read", async () => {
    const list = await readParticipantList(
      { name: "liste.csv", data: "Name\nkita  sonnenschein\nSportverien Nordstadt\n" },
      actors,
    );
    expect(list.participants).toEqual(["A1", "A2"]);
    expect(list.problems).toEqual([
      { row: 2, value: "kita  sonnenschein", problem: "variant", actor: "Kita Sonnenschein" },
      { row: 3, value: "Sportverien Nordstadt", problem: "typo", actor: "Sportverein Nordstadt" },
    ]);
  });

  it("reads a list without a header from its first line", async () => {
    const list = await readParticipantList({ name: "ids.csv", data: "A5\nA1\n" }, actors);
    expect(list.participants).toEqual(["A5", "A1"]);
  });
});

describe("withGuests", () => {
  it("adds each guest once, never under an actor's id, with nothing valuable to anyone", () => {
    const context: SeatingContext = {
      wave: "1",
      actors: [
        { id: "a", name: "a", organisation: "a", offers: ["Räume"], needs: [] },
        { id: "b", name: "b", organisation: "b", offers: [], needs: ["Räume"] },
      ],
      tied: [],
      recommended: [],
      gaps: [],
      districtNames: {},
    };
    const seated = withGuests(context, ["Gast", "a", " Gast "]);
    expect(seated.guests).toEqual(["Gast", "a (2)"]);
    const values = pairValues(seated.context, ["a", "b", ...seated.guests]);
    expect([...values.values].filter((v) => v > 0)).toEqual([3, 3]); // only a–b, both directions
    const plan = planTables(values, { tables: 2, draws: 0 });
    expect(plan.rounds[0]!.flat().sort()).toEqual(["Gast", "a", "a (2)", "b"]);
  });
});
