/**
 * The gap matrix: every pair of groups (districts or sectors) as a cell, coloured by observed ÷ expected
 * ties in five steps (orange = fewer than expected, purple = more; PuOr, colour-blind safe) and labelled
 * with the observed count, so the colour is never the only key. Suppressed groups show "< k".
 */
import { type Figure, type FigureOptions, resolveFigureOptions } from "./figure.js";
import { frame } from "./frame.js";
import { biggestGap, type GapGridData, tieRatio } from "./gap-data.js";
import { rampLegend } from "./legend.js";
import { INK } from "./palette.js";
import { TYPE } from "./style.js";
import { textWidth, truncateText } from "./svg/text.js";
import { escapeXml, tag } from "./svg/xml.js";

/** Steps of observed ÷ expected: upper bound (exclusive), fill, and whether text on it is white. */
export const RATIO_STEPS = [
  { below: 0.5, fill: "#B35806", light: true },
  { below: 0.8, fill: "#F1A340", light: false },
  { below: 1.25, fill: "#F7F7F7", light: false },
  { below: 2, fill: "#998EC3", light: false },
  { below: Number.POSITIVE_INFINITY, fill: "#542788", light: true },
] as const;
const DIAGONAL = "#E4E4E4";
const UNKNOWN = "#FFFFFF";

/** The step of a ratio. */
export function ratioStep(ratio: number): (typeof RATIO_STEPS)[number] {
  return RATIO_STEPS.find((s) => ratio < s.below)!;
}

/**
 * @example
 * ```ts
 * import { gapMatrixFigure } from "@vernetzt/figures";
 *
 * const figure = gapMatrixFigure({
 *   by: "district", wave: "2", categories: ["Nord", "Süd"], minGroupSize: 5, suppressedCategories: [],
 *   observed: [[10, 1], [1, 8]], expected: [[6, 5], [5, 4]],
 *   gaps: [{ a: "Nord", b: "Süd", observed: 1, expected: 5, pValue: 0.01, suppressed: false }],
 * });
 * figure.message //=> "Die größte Lücke: Nord und Süd haben 1 Verbindung, erwartet wären 5."
 * ```
 */
export function gapMatrixFigure(data: GapGridData, options: Partial<FigureOptions> = {}): Figure {
  const o = resolveFigureOptions(options);
  const m = o.messages;
  const words = m.groups(data.by);
  const gap = biggestGap(data);
  const hidden = new Set(data.suppressedCategories);
  const n = data.categories.length;
  const size = TYPE.text;
  const format = (x: number) => m.number(Math.round(x * 10) / 10);
  const bound = (x: number) => x.toLocaleString(m.locale);
  const stepLabels = RATIO_STEPS.map((s, i) => {
    const low = i === 0 ? null : RATIO_STEPS[i - 1]!.below;
    return low === null
      ? `< ${bound(s.below)}`
      : s.below === Number.POSITIVE_INFINITY
        ? `≥ ${bound(low)}`
        : `${bound(low)}–${bound(s.below)}`;
  });
  return frame(o, {
    name: `gap-matrix-${data.by}`,
    title: m.gapMatrix.title(words),
    message: gap
      ? m.gapMatrix.message({
          a: gap.a,
          b: gap.b,
          observed: m.number(gap.observed!),
          expected: format(gap.expected!),
        })
      : m.gapMatrix.none(words),
    wave: m.Wave(o.waveName(data.wave)),
    legend: (width) =>
      rampLegend(
        m.gapMatrix.ramp,
        RATIO_STEPS.map((s, i) => ({ colour: s.fill, label: stepLabels[i]! })),
        width,
      ),
    note: m.gapMatrix.note({ k: data.minGroupSize }),
    minBodyHeight: n * 28,
    // The matrix is symmetric: the lower triangle with the diagonal (ties within a group) says everything.
    // Each column is named to the right of its diagonal cell, in the empty upper triangle, so names need
    // no rotation and no extra height.
    body: ({ width, height }) => {
      const name = (c: string) => (hidden.has(c) ? `${c} (${m.suppressed(data.minGroupSize)})` : c);
      const longest = Math.max(...data.categories.map((c) => textWidth(name(c), size)));
      const labelWidth = Math.min(width * 0.3, longest + 12);
      // Rows of at least 28 units keep counts at the text size; columns widen for three-digit counts.
      const room = (width - 2 * labelWidth) / n;
      const cellH = Math.max(22, Math.min(64, height / n, room));
      const widest = Math.max(
        ...data.observed
          .flat()
          .map((x) => textWidth(x === null ? m.suppressed(data.minGroupSize) : m.number(x), size)),
      );
      const cellW = Math.max(cellH, Math.min(widest + 10, room));
      const countSize = Math.min(size, cellH * 0.65);
      const parts: string[] = [];
      for (let i = 0; i < n; i++) {
        const y = i * cellH;
        const label = escapeXml(truncateText(name(data.categories[i]!), labelWidth - 12, size));
        const baseline = y + cellH / 2 + size * 0.35;
        parts.push(
          tag(
            "text",
            { x: labelWidth - 10, y: baseline, "font-size": size, "text-anchor": "end", fill: INK },
            label,
          ),
        );
        parts.push(
          tag(
            "text",
            { x: labelWidth + (i + 1) * cellW + 8, y: baseline, "font-size": size, fill: INK },
            label,
          ),
        );
        for (let j = 0; j <= i; j++) {
          const ratio = tieRatio(data, i, j);
          const observed = data.observed[i]?.[j] ?? null;
          const step = ratio === null ? null : ratioStep(ratio);
          const x = labelWidth + j * cellW;
          parts.push(
            tag("rect", {
              x: x + 1,
              y: y + 1,
              width: cellW - 2,
              height: cellH - 2,
              fill: i === j ? DIAGONAL : (step?.fill ?? UNKNOWN),
              stroke: "#BDBDBD",
              "stroke-width": 0.5,
            }),
          );
          const text = observed === null ? m.suppressed(data.minGroupSize) : m.number(observed);
          const fitted = Math.min(countSize, ((cellW - 6) * size) / textWidth(text, size));
          parts.push(
            tag(
              "text",
              {
                x: x + cellW / 2,
                y: y + cellH / 2 + fitted * 0.35,
                "font-size": fitted,
                "text-anchor": "middle",
                fill: step?.light ? "#FFFFFF" : INK,
              },
              escapeXml(text),
            ),
          );
        }
      }
      return parts.join("");
    },
  });
}
