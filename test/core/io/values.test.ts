/** Cell values as German spreadsheets write them: numbers, dates, lists, yes/no, kinds, headers. */

import {
  booleanOf,
  encodeList,
  fieldOf,
  kindOf,
  normalizeKey,
  parseDate,
  parseList,
  parseNumber,
  tableKindOf,
} from "@vernetzt/core/io";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("parseNumber", () => {
  it("reads decimal points, decimal commas and thousands separators", () => {
    expect(parseNumber("4.5")).toBe(4.5);
    expect(parseNumber("4,5")).toBe(4.5);
    expect(parseNumber("1.234,5")).toBe(1234.5);
    expect(parseNumber("1,234.5")).toBe(1234.5);
    expect(parseNumber("12 500")).toBe(12500);
    expect(parseNumber(" -3 ")).toBe(-3);
    expect(parseNumber("1e3")).toBe(1000);
    expect(parseNumber(7)).toBe(7);
  });
  it("refuses what is not a number", () => {
    for (const text of ["", "viel", "4,5,6", "1..2", "NaN", "Infinity", "0x10", "4 Std."]) {
      expect(parseNumber(text)).toBeUndefined();
    }
  });
  it("reads back every finite number written with String()", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(parseNumber(String(x))).toBe(x + 0);
      }),
      { seed: 1 },
    );
  });
});

describe("parseDate", () => {
  it("reads German and ISO dates and checks the calendar", () => {
    expect(parseDate("31.12.2024")).toBe("2024-12-31");
    expect(parseDate("1.3.2025")).toBe("2025-03-01");
    expect(parseDate("01.03.25")).toBe("2025-03-01");
    expect(parseDate("2024-02-29")).toBe("2024-02-29");
    expect(parseDate("2024-02-29T10:00:00Z")).toBe("2024-02-29");
    expect(parseDate(new Date(Date.UTC(2020, 0, 2)))).toBe("2020-01-02");
    for (const bad of ["2023-02-29", "32.01.2024", "12/31/2024", "gestern", ""])
      expect(parseDate(bad)).toBeUndefined();
  });
});

describe("parseList and encodeList", () => {
  it("splits on ';' when the cell has one, else on ','; trims and drops empty items", () => {
    expect(parseList("Kinder; Jugend, Familie;;")).toEqual(["Kinder", "Jugend, Familie"]);
    expect(parseList("Sport, Musik ,")).toEqual(["Sport", "Musik"]);
    expect(parseList("")).toEqual([]);
    expect(parseList(["a ", "", "b"])).toEqual(["a", "b"]);
  });
  it("round-trips every list of trimmed items without ';'", () => {
    const item = fc
      .string({ minLength: 1, maxLength: 8 })
      .map((s) => s.replace(/;/g, "").trim())
      .filter((s) => s !== "");
    fc.assert(
      fc.property(fc.array(item, { maxLength: 5 }), (items) => {
        expect(parseList(encodeList(items))).toEqual(items);
      }),
      { seed: 2 },
    );
  });
});

describe("aliases", () => {
  it("normalises headers: case, accents, spaces and underscores do not matter", () => {
    expect(normalizeKey("Mitglied_von")).toBe(normalizeKey("mitglied von"));
    expect(normalizeKey("Intensität")).toBe("intensitat");
    expect(normalizeKey("Längengrad")).toBe(normalizeKey("LANGENGRAD"));
  });
  it("finds fields from German and English headers", () => {
    expect(fieldOf("actors", "Mitglied von")).toBe("memberOf");
    expect(fieldOf("actors", "gehört zu")).toBe("memberOf");
    expect(fieldOf("actors", "member_of")).toBe("memberOf");
    expect(fieldOf("actors", "Bereich")).toBe("sector");
    expect(fieldOf("ties", "Art der Beziehung")).toBe("type");
    expect(fieldOf("ties", "INTENSITÄT")).toBe("weight");
    expect(fieldOf("ties", "Von")).toBe("source");
    expect(fieldOf("actors", "Webseite")).toBeUndefined();
  });
  it("finds tables from German and English file names", () => {
    expect(tableKindOf("Akteure.CSV")).toBe("actors");
    expect(tableKindOf("sub/beziehungen.csv")).toBe("ties");
    expect(tableKindOf("Teilnahme")).toBe("attendance");
    expect(tableKindOf("antworten.csv")).toBe("respondents");
    expect(tableKindOf("notes.csv")).toBeUndefined();
  });
  it("reads yes/no and kind values", () => {
    expect(["ja", "Ja", "x", "wahr", "true", "1", "yes"].map(booleanOf)).toEqual(Array(7).fill(true));
    expect(["nein", "falsch", "false", "0", "no"].map(booleanOf)).toEqual(Array(5).fill(false));
    expect(booleanOf("vielleicht")).toBeUndefined();
    expect(["Organisation", "Person", "Gruppe", "group"].map(kindOf)).toEqual([
      "organisation",
      "person",
      "group",
      "group",
    ]);
  });
});
