import { type GapGridData, gapMapFigure, gapMatrixFigure, ratioStep } from "@vernetzt/figures";
import { describe, expect, it } from "vitest";
import { expectStandalone } from "./standalone.js";

// Hand-made: three districts of a fictional city; Ost has fewer than 5 actors (suppressed by core).
const GAPS: GapGridData = {
  by: "district",
  wave: "2",
  categories: ["Nord", "Ost", "Süd"],
  observed: [
    [12, null, 1],
    [null, null, null],
    [1, null, 9],
  ],
  expected: [
    [8, null, 6.4],
    [null, null, null],
    [6.4, null, 5],
  ],
  gaps: [
    { a: "Nord", b: "Süd", observed: 1, expected: 6.4, pValue: 0.03, suppressed: false },
    { a: "Nord", b: "Ost", observed: null, expected: null, pValue: null, suppressed: true },
  ],
  minGroupSize: 5,
  suppressedCategories: ["Ost"],
};
const PLACES = [
  { name: "Nord", lat: 48.92, lon: 9.3, actors: 20 },
  { name: "Ost", lat: 48.9, lon: 9.33, actors: 3 },
  { name: "Süd", lat: 48.88, lon: 9.3, actors: 15 },
];

describe("gapMatrixFigure", () => {
  it("gapMatrixFigure(gaps) is standalone, names the biggest gap and keys the colours", () => {
    const figure = gapMatrixFigure(GAPS, { dataset: "Beispielstadt" });
    expectStandalone(figure);
    expect(figure.name).toBe("gap-matrix-district");
    expect(figure.message).toBe("Die größte Lücke: Nord und Süd haben 1 Verbindung, erwartet wären 6,4.");
    expect(figure.svg).toContain(">beobachtet ÷ erwartet<");
    expect(figure.svg).toContain(">0,8–1,25<");
  });

  it("shows a suppressed group as '< 5', never a number", () => {
    const figure = gapMatrixFigure(GAPS);
    expect(figure.svg).toContain(">Ost (&lt; 5)<");
    expect(figure.svg.match(/>&lt; 5</g)?.length).toBe(3); // Ost's row: with Nord, itself; Süd with Ost
  });

  it("colours each cell by its step of observed ÷ expected", () => {
    expect(ratioStep(1 / 6.4).fill).toBe("#B35806");
    expect(ratioStep(1).fill).toBe("#F7F7F7");
    expect(ratioStep(3).fill).toBe("#542788");
    expect(gapMatrixFigure(GAPS).svg).toContain('fill="#B35806"');
  });

  it("names sectors as sectors and works in English", () => {
    const figure = gapMatrixFigure({ ...GAPS, by: "sector", gaps: [] }, { lang: "en" });
    expect(figure.title).toBe("Ties between sectors compared with what chance would give");
    expect(figure.message).toBe("No pair of sectors has clearly fewer ties than expected.");
  });
});

describe("gapMapFigure", () => {
  it("gapMapFigure(gaps, places) is standalone with a key and draws significant gaps dashed", () => {
    const figure = gapMapFigure(
      { gaps: GAPS, places: PLACES },
      { dataset: "Beispielstadt", date: "2026-01-31" },
    );
    expectStandalone(figure);
    expect(figure.svg).toContain("Lücke, die kaum Zufall ist (p ≤ 0,1)");
    expect(figure.svg.match(/stroke-dasharray="8 5"/g)?.length).toBe(2); // the key and the one gap
    expect(figure.message).toContain("1 Lücke zwischen Stadtteilen ist kaum Zufall");
  });

  it("labels a suppressed district '(< 5)' and draws none of its ties", () => {
    const figure = gapMapFigure({ gaps: GAPS, places: PLACES });
    expect(figure.svg).toContain(">Ost (&lt; 5)<");
    expect(figure.svg).toContain(
      "Weniger als 5 Akteure, darunter Privatpersonen (aus Datenschutzgründen nicht gezeigt): Ost.",
    );
  });

  it("leaves out gaps that could well be chance", () => {
    const chance = { ...GAPS, gaps: [{ ...GAPS.gaps[0]!, pValue: 0.4 }] };
    const figure = gapMapFigure({ gaps: chance, places: PLACES });
    expect(figure.svg.match(/stroke-dasharray="8 5"/g)?.length).toBe(1); // the key only
    expect(figure.message).toBe("Keine Lücke zwischen Stadtteilen ist deutlich mehr als Zufall.");
  });
});
