/**
 * The worked example docs/examples/florentine.md: vernetzt's numbers on data/florentine agree with the quoted
 * reference values to the precision they are published with (networkx 2.8.8 test suite, 3 decimals: an absolute
 * difference ≤ 0.0005 after rounding), and the Medici's position reads as the example says.
 */
import { describe, expect, it } from "vitest";
import { florentineMarkdown, florentineTable, QUOTED } from "../../scripts/examples/florentine.js";

const rows = await florentineTable();
const row = (family: string) => rows.find((r) => r.family === family)!;
const HALF_UNIT = 0.0005 + 1e-12;

describe("data/florentine", () => {
  it("has the 16 families and 20 marriages, with Pucci isolated", () => {
    expect(rows).toHaveLength(16);
    expect(rows.reduce((sum, r) => sum + r.degree, 0) / 2).toBe(20);
    expect(row("Pucci").degree).toBe(0);
  });
});

describe("vernetzt agrees with the quoted values (15 families, Pucci left out)", () => {
  it.each(Object.entries(QUOTED.betweenness))("normalised betweenness of %s is %f", (family, value) => {
    expect(Math.abs(row(family).betweenness15! - value)).toBeLessThanOrEqual(HALF_UNIT);
  });

  it.each(Object.entries(QUOTED.closeness))("closeness of %s is %f", (family, value) => {
    const digits = String(value).split(".")[1]?.length ?? 0;
    expect(Math.abs(row(family).closeness15! - value)).toBeLessThanOrEqual(
      0.5 * 10 ** -Math.max(digits, 3) + 1e-12,
    );
  });

  it.each(Object.entries(QUOTED.degreeCentrality))("degree centrality of %s is %f", (family, value) => {
    expect(Math.abs(row(family).degree / 14 - value)).toBeLessThanOrEqual(HALF_UNIT);
  });
});

describe("the Medici's brokerage position", () => {
  it("has the highest degree (6) and the highest betweenness: 47.5 pairs, 0.522 of the 91 pairs of the others", () => {
    const medici = row("Medici");
    expect(medici.degree).toBe(6);
    expect(medici.betweenness).toBeCloseTo(47.5, 10);
    expect(medici.betweenness15).toBeCloseTo(47.5 / 91, 12);
    for (const other of rows.filter((r) => r.family !== "Medici")) {
      expect(other.betweenness).toBeLessThan(medici.betweenness);
      expect(other.degree).toBeLessThan(medici.degree);
    }
  });

  it("is about twice the next family (Guadagni), and the richest family (Strozzi) brokers far less", () => {
    expect(row("Medici").betweenness / row("Guadagni").betweenness).toBeGreaterThan(2);
    expect(row("Strozzi").wealth).toBe(Math.max(...rows.map((r) => r.wealth ?? 0)));
    expect(row("Strozzi").betweenness15!).toBeLessThan(0.11);
  });

  it("has the lowest constraint (networkx 2.8.8 nx.constraint: 0.209877) and effective size 6 − 2·1/6", () => {
    expect(row("Medici").constraint).toBeCloseTo(0.209877, 6);
    expect(row("Medici").effectiveSize).toBeCloseTo(6 - 2 / 6, 12);
    const lowest = Math.min(...rows.filter((r) => r.constraint !== null).map((r) => r.constraint!));
    expect(row("Medici").constraint).toBe(lowest);
  });

  it("normalised over all 16 families the same count is 47.5 / 105 = 0.452", () => {
    expect(row("Medici").betweenness16).toBeCloseTo(47.5 / 105, 12);
  });

  it("prints the table the walk-through shows", () => {
    const table = florentineMarkdown(rows);
    expect(table.split("\n")[2]).toBe(
      "| Medici | 6 | 47.50 | 0.522 | 0.522 | 0.452 | 0.560 | 0.210 | 5.67 | 103 |",
    );
  });
});
