/** What the „Eigene Daten“ page says an upload will cost (dashboard/browser/upload-estimate.ts). */
import { describe, expect, it } from "vitest";
import {
  formatDuration,
  formatMegabytes,
  LARGE_UPLOAD_ACTORS,
  speedOf,
  uploadCheckEstimate,
  uploadLoadEstimate,
} from "../../dashboard/browser/upload-estimate.js";

describe("upload estimates", () => {
  it("announces 99 MB of CSV as large, with about a minute and about 1.5 GB", () => {
    const estimate = uploadCheckEstimate([{ name: "akteure.csv", size: 99 * 1024 * 1024 }]);
    expect(estimate.large).toBe(true);
    expect(formatDuration(estimate.seconds)).toBe("etwa 50 Sekunden");
    expect(formatMegabytes(estimate.memoryMB)).toBe("1,5 GB");
    expect(uploadCheckEstimate([{ name: "netz.xlsx", size: 2e6 }]).large).toBe(false);
  });
  it("takes a workbook megabyte as six CSV megabytes", () => {
    const csv = uploadCheckEstimate([{ name: "a.csv", size: 5e6 }]).seconds;
    expect(uploadCheckEstimate([{ name: "a.xlsx", size: 5e6 }]).seconds).toBeCloseTo(6 * csv, 6);
  });
  it("grows faster than the actors, is large from 20,000 actors, and scales with the measured speed", () => {
    const small = uploadLoadEstimate(5000, 40_000).seconds;
    expect(small).toBeCloseTo(70, 0);
    const big = uploadLoadEstimate(200_000, 1_600_000);
    expect(big.large).toBe(true);
    expect(big.seconds / small).toBeGreaterThan(40); // 40× the actors: more than 40× the time
    expect(formatDuration(big.seconds)).toBe("etwa 1 bis 3 Stunden");
    expect(uploadLoadEstimate(LARGE_UPLOAD_ACTORS - 1, 0).large).toBe(false);
    expect(uploadLoadEstimate(5000, 40_000, 2).seconds).toBeCloseTo(small / 2, 6);
  });
  it("measures the browser's speed only from a check long enough to time", () => {
    expect(speedOf(20, 10)).toBe(2);
    expect(speedOf(20, 0.1)).toBe(1);
    expect(speedOf(1000, 1)).toBe(3);
  });
  it("says durations as a person would", () => {
    expect(formatDuration(3)).toBe("wenige Sekunden");
    expect(formatDuration(200)).toBe("etwa 2 bis 5 Minuten");
  });
});
