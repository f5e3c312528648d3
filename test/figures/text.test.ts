import { describe, expect, it } from "vitest";
import { spreadPositions } from "../../packages/figures/src/svg/spread.js";
import { textWidth, truncateText, wrapText } from "../../packages/figures/src/svg/text.js";
import { escapeXml, tag } from "../../packages/figures/src/svg/xml.js";

describe("svg text helpers", () => {
  it("tag(name, attributes) escapes values, rounds numbers and leaves out empty attributes", () => {
    expect(tag("text", { x: 1.23456, y: -0.001, fill: null, title: 'a "b" & <c>' }, "x &amp; y")).toBe(
      '<text x="1.23" y="0" title="a &quot;b&quot; &amp; &lt;c&gt;">x &amp; y</text>',
    );
    expect(tag("rect", { width: 3 })).toBe('<rect width="3"/>');
  });

  it("escapeXml drops control characters XML forbids", () => {
    expect(escapeXml("a\u0000b\u0007c\td")).toBe("abc\td");
  });

  it("textWidth is wider for bold and grows with the font size", () => {
    expect(textWidth("Weidenbrunn", 18, true)).toBeGreaterThan(textWidth("Weidenbrunn", 18));
    expect(textWidth("Mitte", 36)).toBeCloseTo(2 * textWidth("Mitte", 18));
  });

  it("wrapText keeps every line within the width and every word", () => {
    const text = "Verbindungen über Stadtteilgrenzen im Verhältnis zum Zufall, je Welle und Stadtteil";
    const lines = wrapText(text, 300, 18);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 18)).toBeLessThanOrEqual(300);
    expect(lines.join(" ")).toBe(text);
    const cut = wrapText(text, 300, 18, false, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith("…")).toBe(true);
    expect(truncateText(text, 200, 18).endsWith("…")).toBe(true);
  });

  it("spreadPositions keeps order, keeps the gap and stays in range", () => {
    const spread = spreadPositions([10, 11, 12, 50], 5, 0, 100);
    expect(spread).toEqual([10, 15, 20, 50]);
    const squeezed = spreadPositions([98, 99, 100], 5, 0, 100);
    expect(squeezed).toEqual([90, 95, 100]);
  });
});
