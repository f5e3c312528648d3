/**
 * Places a label beside a circle without covering a label or circle placed before: tries above, below, left
 * and right of the circle and takes the first spot that overlaps no earlier label (else the one that overlaps least).
 * Greedy and deterministic: labels placed in the given order.
 */
import { textWidth } from "./text.js";

/** A placed label: its anchor point for `textBlock` and its box. */
export interface PlacedLabel {
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) *
  Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

/** A label placer for text of `size` (bold when `bold`); call `place` for each label in order. */
export function labelPlacer(size: number, bold: boolean) {
  const placed: Box[] = [];
  return {
    /** Marks a circle as taken: labels avoid it where they can. */
    block(cx: number, cy: number, r: number): void {
      placed.push({ x0: cx - r, x1: cx + r, y0: cy - r, y1: cy + r });
    },
    place(text: string, cx: number, cy: number, r: number): PlacedLabel {
      const w = textWidth(text, size, bold);
      const h = size * 1.1;
      const gap = 6;
      // Beside the circle first, then one line further out above and below.
      const candidates: Array<PlacedLabel & { box: Box }> = [0, h + 4].flatMap((far) => {
        const up = cy - r - gap - far;
        const down = cy + r + gap + far;
        return [
          {
            x: cx,
            y: up,
            anchor: "middle" as const,
            box: { x0: cx - w / 2, x1: cx + w / 2, y0: up - h * 0.8, y1: up + h * 0.2 },
          },
          {
            x: cx,
            y: down + h * 0.8,
            anchor: "middle" as const,
            box: { x0: cx - w / 2, x1: cx + w / 2, y0: down, y1: down + h },
          },
          ...(far === 0
            ? [
                {
                  x: cx - r - gap,
                  y: cy + h * 0.3,
                  anchor: "end" as const,
                  box: { x0: cx - r - gap - w, x1: cx - r - gap, y0: cy - h * 0.5, y1: cy + h * 0.5 },
                },
                {
                  x: cx + r + gap,
                  y: cy + h * 0.3,
                  anchor: "start" as const,
                  box: { x0: cx + r + gap, x1: cx + r + gap + w, y0: cy - h * 0.5, y1: cy + h * 0.5 },
                },
              ]
            : []),
        ];
      });
      // Labels keep a space's width apart, so two never read as one word ("LerchenbergKirchwiesen").
      const space = size * 0.35;
      const padded = (b: Box): Box => ({ x0: b.x0 - space, x1: b.x1 + space, y0: b.y0 - 2, y1: b.y1 + 2 });
      // Covering a label or circle weighs far more than only coming closer than a space.
      const cost = (c: { box: Box }) =>
        placed.reduce((sum, b) => sum + 100 * overlap(c.box, b) + overlap(padded(c.box), b), 0);
      const best =
        candidates.find((c) => cost(c) === 0) ?? [...candidates].sort((a, b) => cost(a) - cost(b))[0]!;
      placed.push(best.box);
      return { x: best.x, y: best.y, anchor: best.anchor };
    },
  };
}
