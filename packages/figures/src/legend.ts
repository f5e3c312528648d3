/**
 * Colour keys drawn into the figure (Plot's categorical legends are HTML, which an SVG file cannot hold):
 * swatches that flow left to right and wrap, and a stepped colour ramp for continuous scales.
 */
import { INK } from "./palette.js";
import { TYPE } from "./style.js";
import { textWidth, truncateText } from "./svg/text.js";
import { escapeXml, tag } from "./svg/xml.js";

/** How an entry's sample is drawn. */
export type Swatch =
  | { kind: "square" | "circle"; colour: string; outline?: string }
  | { kind: "line"; colour: string; width?: number; dash?: string };

export interface LegendItem {
  label: string;
  swatch: Swatch;
}

/** A legend laid out for a width: its markup (origin at the top left) and its height. */
export interface LegendBlock {
  markup: string;
  height: number;
}

const SWATCH = 18;
const GAP = 8;
const SPACING = 28;

function swatchMarkup(s: Swatch, x: number, y: number): string {
  const mid = y + SWATCH / 2;
  if (s.kind === "line")
    return tag("line", {
      x1: x,
      x2: x + SWATCH + 10,
      y1: mid,
      y2: mid,
      stroke: s.colour,
      "stroke-width": s.width ?? 3,
      "stroke-dasharray": s.dash ?? null,
    });
  if (s.kind === "circle")
    return tag("circle", {
      cx: x + SWATCH / 2,
      cy: mid,
      r: SWATCH / 2,
      fill: s.colour,
      stroke: s.outline ?? null,
    });
  return tag("rect", { x, y, width: SWATCH, height: SWATCH, fill: s.colour, stroke: s.outline ?? null });
}

const swatchWidth = (s: Swatch) => (s.kind === "line" ? SWATCH + 10 : SWATCH);

/** Swatches with labels, flowing over lines of at most `width`. */
export function swatchLegend(items: readonly LegendItem[], width: number): LegendBlock {
  const size = TYPE.text;
  const lineHeight = Math.round(size * 1.6);
  let x = 0;
  let row = 0;
  const parts: string[] = [];
  for (const item of items) {
    const label = truncateText(item.label, width - swatchWidth(item.swatch) - GAP, size);
    const itemWidth = swatchWidth(item.swatch) + GAP + textWidth(label, size);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      row++;
    }
    const y = row * lineHeight;
    parts.push(swatchMarkup(item.swatch, x, y + (lineHeight - SWATCH) / 2 - 4));
    parts.push(
      tag(
        "text",
        {
          x: x + swatchWidth(item.swatch) + GAP,
          y: y + lineHeight / 2 + size * 0.35 - 4,
          "font-size": size,
          fill: INK,
        },
        escapeXml(label),
      ),
    );
    x += itemWidth + SPACING;
  }
  return { markup: parts.join(""), height: items.length === 0 ? 0 : (row + 1) * lineHeight };
}

/** A stepped colour ramp: `steps` colours from `low` to `high` with their labels, and a title before it. */
export function rampLegend(
  title: string,
  steps: ReadonlyArray<{ colour: string; label: string }>,
  width: number,
): LegendBlock {
  const size = TYPE.text;
  const titleWidth = Math.min(textWidth(title, size) + 16, width * 0.45);
  const label = truncateText(title, titleWidth - 16, size);
  const stepWidth = Math.min(90, (width - titleWidth) / Math.max(1, steps.length));
  const parts = [tag("text", { x: 0, y: 20, "font-size": size, fill: INK }, escapeXml(label))];
  steps.forEach((step, i) => {
    const x = titleWidth + i * stepWidth;
    parts.push(
      tag("rect", {
        x,
        y: 4,
        width: stepWidth - 2,
        height: SWATCH,
        fill: step.colour,
        stroke: "#9A9A9A",
        "stroke-width": 0.5,
      }),
    );
    parts.push(
      tag(
        "text",
        {
          x: x + (stepWidth - 2) / 2,
          y: 4 + SWATCH + size + 2,
          "font-size": size,
          fill: INK,
          "text-anchor": "middle",
        },
        escapeXml(step.label),
      ),
    );
  });
  return { markup: parts.join(""), height: SWATCH + size + 12 };
}
