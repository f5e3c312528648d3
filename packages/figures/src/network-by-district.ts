/**
 * The network of one wave, coloured by district: every actor at its layout position (the same in every
 * wave, so two waves can be compared side by side), sized by its partners in the wave, the wave's ties as
 * thin grey lines, and every district named at the middle of its actors, so even districts that share the
 * grey "n more" colour are named. Colours follow the dashboard's network view (`categoryScale`).
 */
import { type Figure, type FigureOptions, resolveFigureOptions } from "./figure.js";
import { frame } from "./frame.js";
import { type LegendItem, swatchLegend } from "./legend.js";
import { categoryScale, INK } from "./palette.js";
import { TYPE } from "./style.js";
import { labelPlacer } from "./svg/label-placement.js";
import { textBlock } from "./svg/text.js";
import { tag } from "./svg/xml.js";

/** The dashboard's `network.json` has this shape; `wave` picks the wave (default: the latest). */
export interface NetworkFigureData {
  waves: readonly string[];
  nodes: ReadonlyArray<{ id: string; name: string; district?: string; x: number; y: number }>;
  edges: ReadonlyArray<{ source: string; target: string; waves: readonly string[] }>;
  wave?: string;
}

const RADIUS = [3, 12] as const;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * @example
 * ```ts
 * import { networkByDistrictFigure } from "@vernetzt/figures";
 *
 * const figure = networkByDistrictFigure({
 *   waves: ["1"],
 *   nodes: [
 *     { id: "a", name: "Kita", district: "Nord", x: 0, y: 0 },
 *     { id: "b", name: "Jugendtreff", district: "Süd", x: 1, y: 1 },
 *   ],
 *   edges: [{ source: "a", target: "b", waves: ["1"] }],
 * });
 * figure.message //=> "In Welle 1 arbeiten 2 Akteure über 1 Verbindungen zusammen; 1 davon gehen über Stadtteilgrenzen."
 * ```
 */
export function networkByDistrictFigure(
  data: NetworkFigureData,
  options: Partial<FigureOptions> = {},
): Figure {
  const o = resolveFigureOptions(options);
  const m = o.messages;
  const wave = data.wave ?? data.waves.at(-1) ?? null;
  if (wave !== null && data.waves.length > 0 && !data.waves.includes(wave))
    throw new RangeError(
      `@vernetzt/figures: wave ${JSON.stringify(wave)} is not one of ${data.waves.join(", ")}.`,
    );
  const edges = data.edges.filter((e) => wave === null || e.waves.includes(wave));
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const byDistrict = data.nodes.some((n) => n.district);
  const scale = categoryScale(data.nodes.map((n) => n.district));
  const districtOf = new Map(data.nodes.map((n) => [n.id, n.district]));
  const cross = edges.filter((e) => {
    const [a, b] = [districtOf.get(e.source), districtOf.get(e.target)];
    return a !== undefined && b !== undefined && a !== b;
  }).length;
  const present = data.nodes.filter((n) => degree.has(n.id));
  const maxDegree = Math.max(1, ...degree.values());
  const radius = (id: string) =>
    RADIUS[0] + (RADIUS[1] - RADIUS[0]) * Math.sqrt((degree.get(id) ?? 0) / maxDegree);
  const legend: LegendItem[] = byDistrict
    ? scale.legend.map((entry) => ({
        label: `${entry.value === null ? m.missing : entry.value === "*other" ? m.network.otherDistricts({ count: scale.otherCount }) : entry.value} (${m.number(entry.count)})`,
        swatch: { kind: "circle", colour: entry.colour },
      }))
    : [];
  return frame(o, {
    name: "network-by-district",
    title: m.network.title({ byDistrict }),
    message: m.network.message({
      wave: wave === null ? "–" : o.waveName(wave),
      actors: m.number(present.length),
      ties: m.number(edges.length),
      cross: byDistrict ? (edges.length === 0 ? m.percent(0) : m.percent(cross / edges.length)) : null,
    }),
    wave: wave === null ? null : m.Wave(o.waveName(wave)),
    legend: legend.length > 0 ? (width) => swatchLegend(legend, width) : null,
    note: m.network.note,
    minBodyHeight: 300,
    body: ({ width, height }) => {
      if (data.nodes.length === 0) return "";
      // Fit the actors with ties in this wave; actors without (often pushed far out by the layout) are kept
      // at the edge of the drawing instead of shrinking it.
      const fitted = present.length > 0 ? present : data.nodes;
      const xs = fitted.map((n) => n.x);
      const ys = fitted.map((n) => n.y);
      const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      const pad = RADIUS[1] + 2;
      const k = Math.min(
        (width - 2 * pad) / Math.max(x1 - x0, 1e-9),
        (height - 2 * pad) / Math.max(y1 - y0, 1e-9),
      );
      const ox = (width - (x1 - x0) * k) / 2;
      const oy = (height - (y1 - y0) * k) / 2;
      const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
      const at = new Map(
        data.nodes.map((n) => [
          n.id,
          {
            x: clamp(ox + (n.x - x0) * k, pad, width - pad),
            y: clamp(oy + (n.y - y0) * k, pad, height - pad),
          },
        ]),
      );
      const parts: string[] = [];
      const lines = edges.map((e) => {
        const [a, b] = [at.get(e.source), at.get(e.target)];
        return a && b ? tag("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y }) : "";
      });
      parts.push(tag("g", { stroke: "#9E9E9E", "stroke-opacity": 0.45, "stroke-width": 1 }, ...lines));
      // Big actors last, so small ones are not hidden under them.
      const order = [...data.nodes].sort(
        (a, b) => (degree.get(a.id) ?? 0) - (degree.get(b.id) ?? 0) || a.id.localeCompare(b.id),
      );
      for (const n of order) {
        const p = at.get(n.id)!;
        const colour = byDistrict ? scale.colour(n.district) : "#0072B2";
        parts.push(
          degree.has(n.id)
            ? tag("circle", {
                cx: p.x,
                cy: p.y,
                r: radius(n.id),
                fill: colour,
                stroke: "#FFFFFF",
                "stroke-width": 0.8,
              })
            : tag("circle", {
                cx: p.x,
                cy: p.y,
                r: RADIUS[0],
                fill: "#FFFFFF",
                stroke: colour,
                "stroke-width": 1.5,
              }),
        );
      }
      if (byDistrict) {
        const placer = labelPlacer(TYPE.text, true);
        const members = new Map<string, Array<{ x: number; y: number }>>();
        for (const n of data.nodes)
          if (n.district) members.set(n.district, [...(members.get(n.district) ?? []), at.get(n.id)!]);
        const largestFirst = [...members].sort(
          (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0], o.lang),
        );
        for (const [district, points] of largestFirst) {
          const spot = placer.place(
            district,
            median(points.map((p) => p.x)),
            median(points.map((p) => p.y)),
            0,
          );
          parts.push(textBlock([district], { ...spot, size: TYPE.text, bold: true, fill: INK, halo: true }));
        }
      }
      return parts.join("");
    },
  });
}
