import { describe, expect, it } from "vitest";
import { labelPlacer } from "../../packages/figures/src/svg/label-placement.js";
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

  it("truncateText and wrapText shorten a hostile 200,000-character name in one pass, to the longest start that fits (#17)", () => {
    const huge = "Ü".repeat(200_000);
    const short = truncateText(huge, 200, 18);
    expect(short.endsWith("…")).toBe(true);
    expect(textWidth(short, 18)).toBeLessThanOrEqual(200);
    // one more character would not fit
    expect(textWidth(`Ü${short}`, 18)).toBeGreaterThan(200);
    const lines = wrapText(`Verein ${huge} und ${huge}`, 300, 18, false, 2);
    expect(lines).toHaveLength(2);
    expect(textWidth(lines[1]!, 18)).toBeLessThanOrEqual(300);
    // the same result as shortening one character at a time, on a normal name
    const name = "Arbeitsgemeinschaft der Wohlfahrtsverbände   Mitte";
    let slow = name;
    while (slow.length > 1 && textWidth(`${slow}…`, 18) > 250) slow = slow.slice(0, -1).trimEnd();
    expect(truncateText(name, 250, 18)).toBe(`${slow}…`);
  });

  it("spreadPositions keeps order, keeps the gap and stays in range", () => {
    const spread = spreadPositions([10, 11, 12, 50], 5, 0, 100);
    expect(spread).toEqual([10, 15, 20, 50]);
    const squeezed = spreadPositions([98, 99, 100], 5, 0, 100);
    expect(squeezed).toEqual([90, 95, 100]);
  });
});

describe("labelPlacer", () => {
  const boxOf = (name: string, s: { x: number; y: number; anchor: string }) => {
    const w = textWidth(name, 18, true);
    const x0 = s.anchor === "start" ? s.x : s.anchor === "end" ? s.x - w : s.x - w / 2;
    return { x0, x1: x0 + w, y0: s.y - 15, y1: s.y + 3 };
  };
  const apart = (p: ReturnType<typeof boxOf>, q: ReturnType<typeof boxOf>) =>
    p.x1 + 5 <= q.x0 || q.x1 + 5 <= p.x0 || p.y1 <= q.y0 || q.y1 <= p.y0;

  it("labels of neighbouring spots keep at least a space apart, so two never read as one word", () => {
    const placer = labelPlacer(18, true);
    const a = placer.place("Lerchenberg", 100, 100, 0);
    // The second spot is just far enough for both labels above to touch: it must go elsewhere.
    const shift = (textWidth("Lerchenberg", 18, true) + textWidth("Kirchwiesen", 18, true)) / 2 + 1;
    const b = placer.place("Kirchwiesen", 100 + shift, 100, 0);
    expect(apart(boxOf("Lerchenberg", a), boxOf("Kirchwiesen", b))).toBe(true);
  });

  it("four labels at one spot all find a free place (beside it, then a line further out)", () => {
    const placer = labelPlacer(18, true);
    const names = ["Lerchenberg", "Kirchwiesen", "Mitte", "Nordstadt"];
    const boxes = names.map((name) => boxOf(name, placer.place(name, 100, 100, 0)));
    for (const [i, p] of boxes.entries())
      for (const [j, q] of boxes.entries())
        if (i < j) expect(apart(p, q), `${names[i]} / ${names[j]}`).toBe(true);
  });
});
