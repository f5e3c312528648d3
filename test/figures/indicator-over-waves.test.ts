import { indicatorOverWavesFigure } from "@vernetzt/figures";
import { figureDocument } from "@vernetzt/figures/node";
import { describe, expect, it } from "vitest";
import { expectStandalone } from "./standalone.js";

// Hand-made: three waves of a fictional city, two components, an interval in the first wave only.
const DATA = {
  components: [
    { key: "connected", label: "Zusammenhang (Anteil im größten verbundenen Teil)" },
    { key: "isolated", label: "Nicht isoliert (Anteil mit mindestens einer Verbindung)" },
  ],
  waves: [
    {
      wave: "2023",
      value: 0.6,
      interval: [0.55, 0.66] as const,
      components: { connected: 0.8, isolated: 0.4 },
    },
    { wave: "2024", value: 0.7, interval: null, components: { connected: 0.9, isolated: 0.5 } },
    { wave: "2025", value: 0.64, interval: null, components: { connected: 0.88, isolated: null } },
  ],
};
const document = figureDocument();

describe("indicatorOverWavesFigure", () => {
  it("indicatorOverWavesFigure(data) is a standalone SVG with title, waves, date and source", () => {
    const figure = indicatorOverWavesFigure(DATA, { dataset: "Beispielstadt", date: "2026-03-01", document });
    expectStandalone(figure);
    expect(figure.name).toBe("indicator-over-waves");
    expect(figure.svg).toContain("Datensatz „Beispielstadt“ · Wellen 2023 bis 2025 · Stand 01.03.2026");
    expect(figure.svg).toContain("Quelle: vernetzt, Datensatz „Beispielstadt“, Wellen 2023 bis 2025");
  });

  it("labels every line at its last value, so the colours need no lookup", () => {
    const figure = indicatorOverWavesFigure(DATA, { document });
    expect(figure.svg).toContain(">Indikator 6.3.3 64 %<");
    expect(figure.svg).toContain(">Zusammenhang 88 %<");
    // A component missing in the last wave is labelled at the last wave it has.
    expect(figure.svg).toContain(">Nicht isoliert 50 %<");
  });

  it("says how the indicator changed from the first to the last wave", () => {
    expect(indicatorOverWavesFigure(DATA, { document }).message).toBe(
      "Von Welle 2023 zu Welle 2025 stieg der Indikator von 60 % auf 64 % (+4 Prozentpunkte).",
    );
    const falling = { ...DATA, waves: [...DATA.waves].reverse() };
    expect(indicatorOverWavesFigure(falling, { document, lang: "en" }).message).toBe(
      "From wave 2025 to wave 2023 the indicator fell from 64 % to 60 % (−4 pp).",
    );
  });

  it("with one wave says that a trend needs a second one", () => {
    const figure = indicatorOverWavesFigure({ ...DATA, waves: DATA.waves.slice(0, 1) }, { document });
    expect(figure.message).toContain("ein Verlauf braucht eine zweite Welle");
    expectStandalone(figure);
  });

  it("is deterministic: the same input gives the same SVG", () => {
    const a = indicatorOverWavesFigure(DATA, { document, date: "2026-03-01" }).svg;
    const b = indicatorOverWavesFigure(structuredClone(DATA), { document, date: "2026-03-01" }).svg;
    expect(a).toBe(b);
  });

  it("rejects an unknown language or a width out of range with the option's name", () => {
    expect(() => indicatorOverWavesFigure(DATA, { document, lang: "fr" as "de" })).toThrow(/lang must be/);
    expect(() => indicatorOverWavesFigure(DATA, { document, width: 10 })).toThrow(/width must be/);
    expect(() => indicatorOverWavesFigure(DATA, { document, date: "1.3.2026" })).toThrow(/YYYY-MM-DD/);
  });
});
