/**
 * A page's own Plot chart as a figure (plotFigure), and figures drawn for a slide whose headline already
 * says what they show (heading: false): every text of the chart at least 18 units, nothing cut.
 */

import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gapMatrixFigure, plotFigure, TYPE } from "@vernetzt/figures";
import { figureDocument } from "@vernetzt/figures/node";
import { describe, expect, it } from "vitest";
import { expectStandalone } from "./standalone.js";

const repository = join(fileURLToPath(import.meta.url), "../../..");
// Plot is a dependency of @vernetzt/figures (and of the dashboard), not of the workspace root.
const Plot: Record<string, (...args: unknown[]) => never> = await import(
  pathToFileURL(join(repository, "packages/figures/node_modules/@observablehq/plot/src/index.js")).href
);

const document = figureDocument();
// Fictional hosts of a fictional working group: long names, as real ones are.
const HOSTS = [
  { host: "Stadtteilbeauftragte Rosenbühl-Sonnenhalde", count: 3 },
  { host: "Deutsch-Türkischer Kulturverein Rosenbühl-Sonnenhalde", count: 1 },
  { host: "Kita", count: 2 },
];
const fontSizes = (svg: string) => [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));

describe("plotFigure", () => {
  it("draws a page's Plot options as a standalone figure: its label as title, colour key, text ≥ 18", () => {
    const figure = plotFigure(
      {
        ariaLabel: "Wie oft jede Einrichtung zu Gast hatte",
        width: 640,
        height: 200,
        marginLeft: 120,
        y: { label: null, domain: HOSTS.map((h) => h.host) },
        color: { domain: ["Gastgeber", "Gast"], range: ["#E69F00", "#56B4E9"], legend: true },
        marks: [
          Plot.barX(HOSTS, { x: "count", y: "host", fill: () => "Gastgeber" }),
          Plot.text(HOSTS, { x: "count", y: "host", text: "count", fontSize: 9 }),
        ],
      },
      { name: "gastgeber", title: "Wie oft jede Einrichtung zu Gast hatte" },
      { document, dataset: "Muster (fiktiv)", date: "2026-01-15" },
    );
    expectStandalone(figure);
    expect(figure.name).toBe("gastgeber");
    expect(figure.svg).toContain("Wie oft jede Einrichtung zu Gast hatte");
    expect(figure.svg).toContain("Gastgeber</text>");
    expect(figure.svg).toContain("Datensatz");
    // The longest name fits: nothing starts left of the figure's margin.
    expect(figure.svg).toContain("Deutsch-Türkischer Kulturverein Rosenbühl-Sonnenhalde");
    expect(Math.min(...fontSizes(figure.svg))).toBeGreaterThanOrEqual(TYPE.text);
  });
});

describe("heading: false (a slide's headline says it)", () => {
  const GAPS = {
    by: "district" as const,
    wave: "3",
    categories: Array.from({ length: 12 }, (_, i) => `Stadtteil ${String.fromCharCode(65 + i)}`),
    observed: Array.from({ length: 12 }, (_, i) =>
      Array.from({ length: 12 }, (_, j) => (i === j ? 100 + i : (i * j) % 7)),
    ),
    expected: Array.from({ length: 12 }, () => Array.from({ length: 12 }, () => 3)),
    gaps: [],
    minGroupSize: 5,
    suppressedCategories: [],
  };

  it("leaves the title out, keeps subtitle, key and source, and gives the room to the chart", () => {
    const options = { width: 1216, height: 600, waveLabels: { "3": "2025" } };
    const full = gapMatrixFigure(GAPS, options);
    const slide = gapMatrixFigure(GAPS, { ...options, heading: false });
    expect(full.svg).toContain(`font-size="${TYPE.title}"`);
    expect(slide.svg).not.toContain(`font-size="${TYPE.title}"`);
    expect(slide.svg).toContain("<title>");
    expect(slide.svg).toContain("Welle 2025");
    expect(slide.svg).toMatch(/Quelle: vernetzt/);
    expect(slide.height).toBeLessThanOrEqual(full.height);
  });

  it("a 12-district matrix fits a 1280×720 slide's free space with counts at 18 units, three digits too", () => {
    const slide = gapMatrixFigure(GAPS, { width: 1216, height: 600, heading: false });
    expect(slide.height).toBeLessThanOrEqual(600);
    expect(Math.min(...fontSizes(slide.svg))).toBeGreaterThanOrEqual(TYPE.text);
    expect(() => gapMatrixFigure(GAPS, { heading: "no" as unknown as boolean })).toThrow(
      /heading must be true or false/,
    );
  });
});
