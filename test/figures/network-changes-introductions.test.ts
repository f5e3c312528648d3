import { networkByDistrictFigure, topIntroductionsFigure, whatChangedFigure } from "@vernetzt/figures";
import { describe, expect, it } from "vitest";
import { expectStandalone } from "./standalone.js";

// Hand-made fictional actors in two waves.
const NETWORK = {
  waves: ["1", "2"],
  nodes: [
    { id: "a", name: "Kita Nord", district: "Nord", x: 0, y: 0 },
    { id: "b", name: "Jugendtreff Nord", district: "Nord", x: 1, y: 0 },
    { id: "c", name: "Sportverein Süd", district: "Süd", x: 0, y: 1 },
    { id: "d", name: "Initiative ohne Stadtteil", x: 5, y: 5 },
  ],
  edges: [
    { source: "a", target: "b", waves: ["1", "2"] },
    { source: "b", target: "c", waves: ["2"] },
  ],
};

describe("networkByDistrictFigure", () => {
  it("networkByDistrictFigure(network) draws the latest wave's ties and names every district", () => {
    const figure = networkByDistrictFigure(NETWORK, { dataset: "Beispielstadt" });
    expectStandalone(figure);
    expect(figure.svg.match(/<line x1/g)?.length).toBe(2);
    expect(figure.svg).toContain(">Nord<");
    expect(figure.svg).toContain(">Süd<");
    expect(figure.svg).toContain(">keine Angabe (1)<");
    expect(figure.message).toBe(
      "In Welle 2 arbeiten 3 Akteure über 2 Verbindungen zusammen; 50 % davon gehen über Stadtteilgrenzen.",
    );
  });

  it("two waves give two different figures, each with its wave in subtitle and source", () => {
    const one = networkByDistrictFigure({ ...NETWORK, wave: "1" });
    const two = networkByDistrictFigure({ ...NETWORK, wave: "2" });
    expect(one.svg).not.toBe(two.svg);
    expect(one.svg).toContain("Quelle: vernetzt, Welle 1");
    expect(one.svg.match(/<line x1/g)?.length).toBe(1);
    expect(two.svg).toContain("Quelle: vernetzt, Welle 2");
  });

  it("rejects a wave the network does not have", () => {
    expect(() => networkByDistrictFigure({ ...NETWORK, wave: "7" })).toThrow(/wave "7" is not one of 1, 2/);
  });

  it("without districts draws one colour and no key", () => {
    const plain = { ...NETWORK, nodes: NETWORK.nodes.map(({ district: _d, ...n }) => n) };
    const figure = networkByDistrictFigure(plain, { lang: "en" });
    expectStandalone(figure);
    expect(figure.title).toBe("Who works with whom");
    expect(figure.message).toBe("In wave 2, 3 actors work together through 2 ties.");
  });
});

describe("whatChangedFigure", () => {
  const CHANGES = {
    from: "1",
    to: "2",
    actors: { new: 2, lost: 1 },
    ties: { new: 14, lost: 6 },
    crossDistrictTies: { new: 5, lost: 2 },
    districts: {
      gained: [{ district: "Nord", from: 3, to: 7 }],
      lost: [{ district: "Süd", from: 4, to: 3 }],
    },
  };

  it("whatChangedFigure(changes) shows new and lost counts and the districts' arrows", () => {
    const figure = whatChangedFigure(CHANGES, { dataset: "Beispielstadt" });
    expectStandalone(figure);
    for (const text of [">+14<", ">−6<", ">+5<", ">−2<", ">3 → 7<", ">4 → 3<"])
      expect(figure.svg).toContain(text);
    expect(figure.message).toBe(
      "5 neue und 2 weggefallene Verbindungen über Stadtteilgrenzen; die größte Veränderung: Nord 3 → 7.",
    );
  });

  it("without districts counts actors and ties only", () => {
    const figure = whatChangedFigure({
      ...CHANGES,
      crossDistrictTies: null,
      districts: { gained: [], lost: [] },
    });
    expectStandalone(figure);
    expect(figure.svg).not.toContain("Stadtteilgrenzen, je Stadtteil");
    expect(figure.message).toBe("14 neue und 6 weggefallene Verbindungen.");
  });
});

describe("topIntroductionsFigure", () => {
  const RECOMMENDATIONS = {
    wave: "2",
    actors: [
      { id: "a", name: "Kita Nord", district: "Nord" },
      { id: "b", name: "Jugendtreff Nord", district: "Nord" },
      { id: "c", name: "Sportverein <Süd>" },
    ],
    recommendations: [
      { actor: "a", candidate: "c", score: 0.62, reasons: ["gemeinsame Themen: Bewegung"] },
      { actor: "c", candidate: "a", score: 0.62, reasons: ["gemeinsame Themen: Bewegung"] },
      { actor: "b", candidate: "c", score: 0.3, reasons: [] },
    ],
  };

  it("lists each pair once, best first, with its main reason and fit", () => {
    const figure = topIntroductionsFigure(RECOMMENDATIONS);
    expectStandalone(figure);
    expect(figure.svg.match(/↔/g)?.length).toBe(2);
    expect(figure.svg).toContain(">Kita Nord (Nord) ↔ Sportverein &lt;Süd&gt;<");
    expect(figure.svg).toContain(">0,62<");
    expect(figure.message).toBe(
      "Die stärkste Empfehlung: Kita Nord und Sportverein <Süd> (Passung 0,62 von 1) – gemeinsame Themen: Bewegung.",
    );
  });

  it("says so when there is no recommendation", () => {
    const figure = topIntroductionsFigure({ ...RECOMMENDATIONS, recommendations: [] }, { lang: "en" });
    expectStandalone(figure);
    expect(figure.message).toMatch(/^No recommendation/);
  });
});
