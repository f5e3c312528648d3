/**
 * The gap map: districts at their coordinates (area = number of actors), ties across district borders as
 * grey lines (wider = more) and gaps that are hardly chance (p ≤ {@link MAP_GAP_P}) as dashed orange lines.
 * Coordinates are projected equirectangularly with the longitude scaled by cos(latitude) — exact enough for
 * one city. Datasets without coordinates get the schematic map instead.
 */
import { type Figure, type FigureOptions, resolveFigureOptions } from "./figure.js";
import { frame } from "./frame.js";
import { biggestGap, type GapGridData, MAP_GAP_P } from "./gap-data.js";
import { swatchLegend } from "./legend.js";
import { GAP_COLOUR, INK } from "./palette.js";
import { TYPE } from "./style.js";
import { labelPlacer } from "./svg/label-placement.js";
import { textBlock, textWidth } from "./svg/text.js";
import { tag } from "./svg/xml.js";

/** A district centre. */
export interface GapPlace {
  name: string;
  lat: number;
  lon: number;
  actors: number;
}

/** The district gaps and the district centres (the dashboard's `gaps.json`: `district` and `places`). */
export interface GapMapData {
  gaps: GapGridData;
  places: readonly GapPlace[];
}

const PLACE_COLOUR = "#0072B2";
const TIE_COLOUR = "#8A8A8A";
const RADIUS = [6, 26] as const;

/** Positions of the places in a box of `width` × `height`, keeping the map's proportions. */
function project(
  places: readonly GapPlace[],
  width: number,
  height: number,
  inset: { x: number; top: number; bottom: number },
) {
  const lat0 = places.reduce((s, p) => s + p.lat, 0) / places.length;
  const k = Math.cos((lat0 * Math.PI) / 180);
  const xs = places.map((p) => p.lon * k);
  const ys = places.map((p) => -p.lat);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const scale = Math.min(
    (width - 2 * inset.x) / Math.max(x1 - x0, 1e-9),
    (height - inset.top - inset.bottom) / Math.max(y1 - y0, 1e-9),
  );
  const dx = (width - (x1 - x0) * scale) / 2;
  const dy = inset.top + (height - inset.top - inset.bottom - (y1 - y0) * scale) / 2;
  return new Map(
    places.map((p, i) => [p.name, { x: dx + (xs[i]! - x0) * scale, y: dy + (ys[i]! - y0) * scale }]),
  );
}

/**
 * @example
 * ```ts
 * import { gapMapFigure } from "@vernetzt/figures";
 *
 * const figure = gapMapFigure({
 *   gaps: {
 *     by: "district", wave: "1", categories: ["Nord", "Süd"], minGroupSize: 5, suppressedCategories: [],
 *     observed: [[9, 1], [1, 7]], expected: [[5, 6], [6, 4]],
 *     gaps: [{ a: "Nord", b: "Süd", observed: 1, expected: 6, pValue: 0.02, suppressed: false }],
 *   },
 *   places: [{ name: "Nord", lat: 48.91, lon: 9.3, actors: 12 }, { name: "Süd", lat: 48.89, lon: 9.31, actors: 9 }],
 * });
 * figure.message //=> "1 Lücke zwischen Stadtteilen ist kaum Zufall; die größte: Nord und Süd (1 statt 6 erwarteter Verbindungen)."
 * ```
 */
export function gapMapFigure(data: GapMapData, options: Partial<FigureOptions> = {}): Figure {
  const o = resolveFigureOptions(options);
  const m = o.messages;
  const { gaps } = data;
  const index = new Map(gaps.categories.map((c, i) => [c, i]));
  const hidden = new Set(gaps.suppressedCategories);
  const placed = new Set(data.places.map((p) => p.name));
  const shown = gaps.gaps.filter(
    (g) => !g.suppressed && placed.has(g.a) && placed.has(g.b) && g.pValue !== null && g.pValue <= MAP_GAP_P,
  );
  const gap = biggestGap({ ...gaps, gaps: shown });
  const maxActors = Math.max(1, ...data.places.map((p) => p.actors));
  const radius = (actors: number) => RADIUS[0] + (RADIUS[1] - RADIUS[0]) * Math.sqrt(actors / maxActors);
  const links = gaps.categories.flatMap((a, i) =>
    gaps.categories.slice(i + 1).flatMap((b) => {
      const observed = gaps.observed[i]?.[index.get(b)!] ?? null;
      return observed !== null && observed > 0 && placed.has(a) && placed.has(b) ? [{ a, b, observed }] : [];
    }),
  );
  const maxTies = Math.max(1, ...links.map((l) => l.observed));
  return frame(o, {
    name: "gap-map",
    title: m.gapMap.title,
    message: gap
      ? m.gapMap.message({
          count: shown.length,
          a: gap.a,
          b: gap.b,
          observed: m.number(gap.observed!),
          expected: m.number(Math.round(gap.expected! * 10) / 10),
        })
      : m.gapMap.none,
    wave: m.Wave(o.waveName(gaps.wave)),
    legend: (width) =>
      swatchLegend(
        [
          { label: m.gapMap.place, swatch: { kind: "circle", colour: PLACE_COLOUR } },
          { label: m.gapMap.ties, swatch: { kind: "line", colour: TIE_COLOUR, width: 5 } },
          {
            label: m.gapMap.gap({ p: m.number(MAP_GAP_P) }),
            swatch: { kind: "line", colour: GAP_COLOUR, width: 4, dash: "8 5" },
          },
        ],
        width,
      ),
    note: [
      gaps.suppressedCategories.length > 0
        ? m.suppressedNote({ k: gaps.minGroupSize, names: m.list([...gaps.suppressedCategories]) })
        : "",
      m.gapMap.note,
    ]
      .filter(Boolean)
      .join(" "),
    minBodyHeight: 320,
    body: ({ width, height }) => {
      const longest = Math.max(...data.places.map((p) => textWidth(p.name, TYPE.text, true)));
      const at = project(data.places, width, height, {
        x: Math.min(longest / 2 + 8, width / 4),
        top: RADIUS[1] + TYPE.text * 1.6,
        bottom: RADIUS[1] + 4,
      });
      const line = (a: string, b: string) => ({
        x1: at.get(a)!.x,
        y1: at.get(a)!.y,
        x2: at.get(b)!.x,
        y2: at.get(b)!.y,
      });
      const parts: string[] = [];
      for (const l of links)
        parts.push(
          tag("line", {
            ...line(l.a, l.b),
            stroke: TIE_COLOUR,
            "stroke-opacity": 0.75,
            "stroke-width": 1 + 7 * Math.sqrt(l.observed / maxTies),
            "stroke-linecap": "round",
          }),
        );
      // A gap on a white casing, so it stays visible where it crosses the grey ties.
      for (const g of shown)
        parts.push(
          tag("line", { ...line(g.a, g.b), stroke: "#FFFFFF", "stroke-width": 8, "stroke-linecap": "round" }),
          tag("line", {
            ...line(g.a, g.b),
            stroke: GAP_COLOUR,
            "stroke-width": 4,
            "stroke-dasharray": "8 5",
          }),
        );
      for (const p of data.places) {
        const { x, y } = at.get(p.name)!;
        parts.push(
          tag("circle", {
            cx: x,
            cy: y,
            r: radius(p.actors),
            fill: PLACE_COLOUR,
            "fill-opacity": 0.85,
            stroke: "#FFFFFF",
            "stroke-width": 1.5,
          }),
        );
      }
      // Biggest districts label first: they get the spot above their circle.
      const placer = labelPlacer(TYPE.text, true);
      for (const p of data.places) placer.block(at.get(p.name)!.x, at.get(p.name)!.y, radius(p.actors));
      for (const p of [...data.places].sort(
        (a, b) => b.actors - a.actors || a.name.localeCompare(b.name, o.lang),
      )) {
        const { x, y } = at.get(p.name)!;
        const label = hidden.has(p.name) ? `${p.name} (${m.suppressed(gaps.minGroupSize)})` : p.name;
        const spot = placer.place(label, x, y, radius(p.actors));
        parts.push(textBlock([label], { ...spot, size: TYPE.text, bold: true, fill: INK, halo: true }));
      }
      return parts.join("");
    },
  });
}
