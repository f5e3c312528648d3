/**
 * Figures name a wave as the dashboard does ("Welle 2024" where the data name wave 2 so), on the axis, in
 * the subtitle, the message and the source line; `reportFigures` names them by `waveLabels` and takes a
 * wave by its id or its name. Hand-made fictional data.
 */
import { parseDataset } from "@vernetzt/core/io";
import {
  indicatorOverWavesFigure,
  networkByDistrictFigure,
  reportFigures,
  waveLabels,
  whatChangedFigure,
} from "@vernetzt/figures";
import { figureDocument } from "@vernetzt/figures/node";
import { describe, expect, it } from "vitest";
import { expectStandalone } from "./standalone.js";

const NAMES = { "1": "2023", "2": "2024" };
const NETWORK = {
  waves: ["1", "2"],
  nodes: [
    { id: "a", name: "Kita Nord", district: "Nord", x: 0, y: 0 },
    { id: "b", name: "Jugendtreff Süd", district: "Süd", x: 1, y: 0 },
  ],
  edges: [{ source: "a", target: "b", waves: ["2"] }],
};

describe("wave names on figures", () => {
  it("networkByDistrictFigure(network, {waveLabels}) says 'Welle 2024' in subtitle, message and source, never 'Welle 2'", () => {
    const figure = networkByDistrictFigure(NETWORK, { waveLabels: NAMES });
    expectStandalone(figure);
    expect(figure.message).toContain("In Welle 2024 arbeiten");
    expect(figure.svg).toContain("Quelle: vernetzt, Welle 2024");
    expect(figure.svg).not.toMatch(/Welle 2\b/);
    // Without names the wave is named as written.
    expect(networkByDistrictFigure(NETWORK).svg).toContain("Quelle: vernetzt, Welle 2");
  });

  it("whatChangedFigure names both waves in title, key and source", () => {
    const figure = whatChangedFigure(
      {
        from: "1",
        to: "2",
        actors: { new: 1, lost: 0 },
        ties: { new: 1, lost: 0 },
        crossDistrictTies: null,
        districts: { gained: [], lost: [] },
      },
      { waveLabels: NAMES },
    );
    expect(figure.title).toBe("Was sich von Welle 2023 zu Welle 2024 geändert hat");
    expect(figure.svg).toContain("neu in Welle 2024");
    expect(figure.svg).toContain("Wellen 2023 und 2024");
  });

  it("indicatorOverWavesFigure labels the axis ticks with the waves' names", () => {
    const figure = indicatorOverWavesFigure(
      {
        components: [{ key: "connected", label: "Zusammenhang" }],
        waves: [
          { wave: "1", value: 0.5, interval: [0.45, 0.55], components: { connected: 0.8 } },
          { wave: "2", value: 0.6, interval: [0.55, 0.65], components: { connected: 0.9 } },
        ],
      },
      { waveLabels: NAMES, document: figureDocument() },
    );
    expectStandalone(figure);
    expect(figure.message).toBe(
      "Von Welle 2023 zu Welle 2024 stieg der Indikator von 50 % auf 60 % (+10 Prozentpunkte).",
    );
    expect(figure.svg).toMatch(/>2023</);
    expect(figure.svg).toMatch(/>2024</);
    expect(figure.svg).toContain("Graue Balken: Unsicherheitsbereich (95 %)");
  });

  it("rejects waveLabels that are not an object, naming the option", () => {
    expect(() => networkByDistrictFigure(NETWORK, { waveLabels: null as never })).toThrow(
      /waveLabels must be/,
    );
  });
});

describe("reportFigures and wave names", () => {
  const dataset = async () =>
    (
      await parseDataset([
        {
          name: "actors.csv",
          data: "id,name,district\na,Kita Nord,Nord\nb,Treff Nord,Nord\nc,Verein Süd,Süd\nd,Schule Süd,Süd",
        },
        { name: "ties.csv", data: "source,target,wave\na,b,1\nc,d,1\na,b,2\nb,c,2\nc,d,2" },
      ])
    ).dataset!;

  it("names the waves by the given labels and takes --wave by its name", async () => {
    const report = reportFigures(await dataset(), {
      waveLabels: NAMES,
      wave: "2023",
      permutations: 19,
      document: figureDocument(),
    });
    expect(report.waves.wave).toBe("1");
    const network = report.figures.find((f) => f.name === "network-by-district")!;
    expect(network.svg).toContain("Welle 2023");
    const changes = report.figures.find((f) => f.name === "what-changed")!;
    expect(changes.title).toBe("Was sich von Welle 2023 zu Welle 2024 geändert hat");
  });

  it("waveLabels(dataset) keeps a wave as written when the data give no year", async () => {
    expect(waveLabels(await dataset())).toEqual({ "1": "1", "2": "2" });
    expect(waveLabels(await dataset(), { "2": " 2024 " })).toEqual({ "1": "1", "2": "2024" });
  });
});
