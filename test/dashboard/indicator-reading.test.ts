import { describe, expect, it } from "vitest";
import { formatPoints, indicatorReading } from "../../dashboard/browser/indicator-reading.js";
import type { IndicatorData } from "../../dashboard/loaders/indicator-data.js";

const components = (connected: number | null, reach2: number | null) => ({
  connected,
  reach2,
  crossDistrict: null,
  crossSector: null,
  isolated: 0.9,
});

function data(waves: Array<{ wave: string; value: number | null; connected: number; reach2: number }>) {
  return {
    compositeLabel: "Indikator",
    components: [
      { key: "connected", label: "Zusammenhang" },
      { key: "reach2", label: "Erreichbarkeit" },
      { key: "crossDistrict", label: "Stadtteile" },
      { key: "crossSector", label: "Bereiche" },
      { key: "isolated", label: "Nicht isoliert" },
    ],
    waves: waves.map((w) => ({
      wave: w.wave,
      value: w.value,
      interval: null,
      responseRate: null,
      components: components(w.connected, w.reach2),
      notes: [],
      byDistrict: [],
    })),
  } satisfies IndicatorData;
}

describe("indicatorReading", () => {
  it("indicatorReading(indicator) names the latest value, the change, the biggest move and the weakest part", () => {
    const reading = indicatorReading(
      data([
        { wave: "2023", value: 0.5, connected: 0.8, reach2: 0.2 },
        { wave: "2025", value: 0.62, connected: 0.85, reach2: 0.45 },
      ]),
    );
    expect(reading).toHaveLength(4);
    expect(reading[0]).toContain("Welle 2025");
    expect(reading[0]).toContain("62");
    expect(reading[1]).toContain("gestiegen");
    expect(reading[1]).toContain("+12 Prozentpunkte");
    expect(reading[2]).toContain("„Erreichbarkeit“ (+25 Prozentpunkte)");
    expect(reading[3]).toContain("„Erreichbarkeit“");
  });

  it("indicatorReading(indicator) with one wave says only where it stands and what is weakest", () => {
    const reading = indicatorReading(data([{ wave: "1", value: 0.7, connected: 0.6, reach2: 0.95 }]));
    expect(reading).toHaveLength(2);
    expect(reading[1]).toContain("„Zusammenhang“");
  });

  it("indicatorReading(indicator) is empty when the latest wave has no value", () => {
    expect(indicatorReading(data([{ wave: "1", value: null, connected: 0.6, reach2: 0.9 }]))).toEqual([]);
  });

  it("formatPoints(change) writes signed percentage points", () => {
    expect(formatPoints(0.123)).toBe("+12");
    expect(formatPoints(-0.031)).toBe("−3");
    expect(formatPoints(0.001)).toBe("±0");
  });
});
