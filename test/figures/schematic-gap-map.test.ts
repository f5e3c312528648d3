import { type GapGridData, schematicGapMapFigure } from "@vernetzt/figures";
import { describe, expect, it } from "vitest";
import { expectStandalone } from "./standalone.js";

// Hand-made: five districts of a fictional town without coordinates. Weide has no tie to any other district,
// Nord – Süd is a gap that is hardly chance, Ost has fewer than 5 actors (its figures withheld by core).
const GAPS: GapGridData = {
  by: "district",
  wave: "2024",
  categories: ["Nord", "Ost", "Süd", "Weide", "Au"].sort((a, b) => a.localeCompare(b, "de")),
  observed: [],
  expected: [],
  gaps: [{ a: "Nord", b: "Süd", observed: 0, expected: 4.2, pValue: 0.01, suppressed: false }],
  minGroupSize: 5,
  suppressedCategories: ["Ost"],
};
// Order: Au, Nord, Ost, Süd, Weide. Ties: Au–Nord 3, Au–Süd 2, Nord–Nord 5, Ost hidden, Weide only inside.
const OBSERVED = [
  [4, 3, null, 2, 0],
  [3, 5, null, 0, 0],
  [null, null, null, null, null],
  [2, 0, null, 6, 0],
  [0, 0, null, 0, 7],
];
const DATA = {
  gaps: { ...GAPS, observed: OBSERVED, expected: OBSERVED },
  groupSizes: [8, 12, 3, 10, 6],
  isolated: ["Weide"],
};

/** The figure's words, lines joined (wrapping depends on the type size). */
const textOf = (svg: string) => svg.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("schematicGapMapFigure", () => {
  it("schematicGapMapFigure(data) is standalone and says first which district is cut off", () => {
    const figure = schematicGapMapFigure(DATA, { dataset: "Beispielstadt", width: 760 });
    expectStandalone(figure);
    expect(figure.name).toBe("schematic-gap-map-district");
    expect(figure.title).toBe("Verbindungen und Lücken zwischen Stadtteilen (schematisch)");
    expect(figure.message).toBe("Weide hat keine Verbindung in einen anderen Stadtteil.");
    expect(textOf(figure.svg)).toMatch(/ Ohne Verbindung in einen /); // the column's heading, wrapped
    expect(figure.svg).toMatch(/Schematisch: die Stadtteile haben keine Koordinaten/);
  });

  it("draws a grey line per tied pair, the significant gap dashed, and rings the cut-off district", () => {
    const figure = schematicGapMapFigure(DATA);
    expect(figure.svg.match(/stroke="#8A8A8A"/g)?.length).toBe(2 + 1); // Au–Nord, Au–Süd, the key
    expect(figure.svg.match(/stroke-dasharray="8 5"/g)?.length).toBe(2); // the key and Nord–Süd
    expect(figure.svg.match(/<circle[^>]*stroke="#D55E00"[^>]*stroke-width="4"/g)?.length).toBe(1);
    expect(figure.svg).toContain(">Ost (&lt; 5)<");
    expect(textOf(figure.svg)).toContain(
      "Weniger als 5 Akteure, darunter Privatpersonen (aus Datenschutzgründen nicht gezeigt): Ost.",
    );
  });

  it("puts every other district on one circle, clockwise from the top in alphabetical order", () => {
    const figure = schematicGapMapFigure({ ...DATA, isolated: [] });
    const centres = [
      ...figure.svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="[\d.]+" fill="#0072B2" fill-opacity/g),
    ].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(centres).toHaveLength(5);
    const mid = centres.reduce(([x, y], [a, b]) => [x + a / 5, y + b / 5], [0, 0]);
    const distance = centres.map(([x, y]) => Math.hypot(x - mid[0], y - mid[1]));
    for (const d of distance) expect(d).toBeCloseTo(distance[0]!, 0);
    // Au (first) stands at the top.
    expect(Math.min(...centres.map(([, y]) => y))).toBe(centres[0]![1]);
    expect(figure.message).toBe(
      "Die größte Lücke, die kaum Zufall ist: Nord und Süd (0 statt 4,2 erwarteter Verbindungen).",
    );
  });

  it("speaks of sectors for sectors, and English", () => {
    const figure = schematicGapMapFigure(
      { ...DATA, gaps: { ...DATA.gaps, by: "sector" }, isolated: ["Weide"] },
      { lang: "en" },
    );
    expect(figure.title).toBe("Ties and gaps between sectors (schematic)");
    expect(figure.message).toBe("Weide has no tie to another sector.");
  });
});
