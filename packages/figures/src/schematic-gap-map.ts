/**
 * The schematic gap map, for districts without coordinates: the districts on a circle in German order of their
 * names (their place on it says nothing about where they lie in the city), area = number of actors; ties across
 * district borders as grey lines (wider = more), gaps that are hardly chance (p ≤ {@link MAP_GAP_P}) as dashed
 * orange lines. Districts with no tie to any other are set apart beside the circle under their own heading and
 * ringed in orange: a district cut off from the city is the first thing to see. Works for sectors or any other
 * grouping alike (`gaps.by`).
 */
import { type Figure, type FigureOptions, resolveFigureOptions } from "./figure.js";
import { frame } from "./frame.js";
import { biggestGap, type GapGridData, MAP_GAP_P } from "./gap-data.js";
import { swatchLegend } from "./legend.js";
import { GAP_COLOUR, INK, MUTED_INK } from "./palette.js";
import { TYPE } from "./style.js";
import { labelPlacer } from "./svg/label-placement.js";
import { textBlock, textWidth, wrapText } from "./svg/text.js";
import { tag } from "./svg/xml.js";

/** The gaps of one grouping, its group sizes and the groups with no tie to any other. */
export interface SchematicGapMapData {
  gaps: GapGridData;
  /** Actors per group, in the order of `gaps.categories` (core's `groupSizes`). */
  groupSizes: readonly number[];
  /** Groups with no tie to any other group (core's `isolated`, by display name), set apart. */
  isolated: readonly string[];
}

const PLACE_COLOUR = "#0072B2";
const TIE_COLOUR = "#8A8A8A";
const RADIUS = [6, 24] as const;

interface Point {
  x: number;
  y: number;
}

/** Centres of the groups on a circle (clockwise from the top) and of the isolated ones in a column. */
function layout(
  ring: readonly string[],
  apart: readonly string[],
  size: { width: number; height: number },
  label: { longest: number; column: number; heading: number },
): Map<string, Point> {
  const at = new Map<string, Point>();
  const ringWidth = apart.length > 0 ? size.width - label.column : size.width;
  const cx = ringWidth / 2;
  const cy = size.height / 2;
  const r = Math.max(
    24,
    Math.min(ringWidth / 2 - label.longest / 2 - RADIUS[1], size.height / 2 - RADIUS[1] - TYPE.text * 1.6),
  );
  ring.forEach((name, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / ring.length;
    at.set(
      name,
      ring.length === 1 ? { x: cx, y: cy } : { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) },
    );
  });
  const step = Math.min(
    2 * RADIUS[1] + TYPE.text * 2.2,
    (size.height - label.heading) / Math.max(apart.length, 1),
  );
  apart.forEach((name, i) => {
    at.set(name, { x: ringWidth + label.column / 2, y: label.heading + step * (i + 0.5) });
  });
  return at;
}

/**
 * @example
 * ```ts
 * import { schematicGapMapFigure } from "@vernetzt/figures";
 *
 * const figure = schematicGapMapFigure({
 *   gaps: {
 *     by: "district", wave: "2024", categories: ["Nord", "Ost", "Süd"], minGroupSize: 5, suppressedCategories: [],
 *     observed: [[9, 0, 1], [0, 6, 0], [1, 0, 7]], expected: [[9, 0, 1], [0, 6, 0], [1, 0, 7]],
 *     gaps: [],
 *   },
 *   groupSizes: [12, 8, 9],
 *   isolated: ["Ost"],
 * });
 * figure.message //=> "Ost hat keine Verbindung in einen anderen Stadtteil."
 * ```
 */
export function schematicGapMapFigure(
  data: SchematicGapMapData,
  options: Partial<FigureOptions> = {},
): Figure {
  const o = resolveFigureOptions(options);
  const m = o.messages;
  const t = m.schematicGapMap;
  const { gaps } = data;
  const groups = m.groups(gaps.by);
  const index = new Map(gaps.categories.map((c, i) => [c, i]));
  const hidden = new Set(gaps.suppressedCategories);
  const apart = data.isolated.filter((c) => index.has(c));
  const alphabetical = [...gaps.categories].sort((a, b) => a.localeCompare(b, o.lang));
  const ring = alphabetical.filter((c) => !data.isolated.includes(c));
  const shown = gaps.gaps.filter((g) => !g.suppressed && g.pValue !== null && g.pValue <= MAP_GAP_P);
  const gap = biggestGap({ ...gaps, gaps: shown });
  const size = (c: string) => data.groupSizes[index.get(c)!] ?? 0;
  const maxActors = Math.max(1, ...gaps.categories.map(size));
  const radius = (c: string) => RADIUS[0] + (RADIUS[1] - RADIUS[0]) * Math.sqrt(size(c) / maxActors);
  const links = gaps.categories.flatMap((a, i) =>
    gaps.categories.slice(i + 1).flatMap((b) => {
      const observed = gaps.observed[i]?.[index.get(b)!] ?? null;
      return observed !== null && observed > 0 ? [{ a, b, observed }] : [];
    }),
  );
  const maxTies = Math.max(1, ...links.map((l) => l.observed));
  const name = (c: string) => (hidden.has(c) ? `${c} (${m.suppressed(gaps.minGroupSize)})` : c);
  const message =
    apart.length > 0
      ? t.isolatedMessage({ names: m.list(apart), count: apart.length, by: gaps.by })
      : gap
        ? t.gapMessage({
            a: gap.a,
            b: gap.b,
            observed: m.number(gap.observed!),
            expected: m.number(Math.round(gap.expected! * 10) / 10),
          })
        : t.none({ between: groups.between });
  return frame(o, {
    name: `schematic-gap-map-${gaps.by}`,
    title: t.title({ between: groups.between }),
    message,
    wave: m.Wave(o.waveName(gaps.wave)),
    legend: (width) =>
      swatchLegend(
        [
          { label: t.place({ by: gaps.by }), swatch: { kind: "circle", colour: PLACE_COLOUR } },
          { label: t.ties({ by: gaps.by }), swatch: { kind: "line", colour: TIE_COLOUR, width: 5 } },
          {
            label: m.gapMap.gap({ p: m.number(MAP_GAP_P) }),
            swatch: { kind: "line", colour: GAP_COLOUR, width: 4, dash: "8 5" },
          },
          ...(apart.length > 0
            ? [
                {
                  label: t.isolatedKey({ by: gaps.by }),
                  swatch: { kind: "circle" as const, colour: PLACE_COLOUR, outline: GAP_COLOUR },
                },
              ]
            : []),
        ],
        width,
      ),
    note: [
      t.note({ plural: groups.plural }),
      gaps.suppressedCategories.length > 0
        ? m.suppressedNote({ k: gaps.minGroupSize, names: m.list([...gaps.suppressedCategories]) })
        : "",
    ]
      .filter(Boolean)
      .join(" "),
    minBodyHeight: 360,
    body: ({ width, height }) => {
      const longest = Math.max(0, ...gaps.categories.map((c) => textWidth(name(c), TYPE.text, true)));
      const column = Math.min(Math.max(longest + 24, 200), width * 0.32);
      const headingLines =
        apart.length > 0 ? wrapText(t.apartHeading({ by: gaps.by }), column - 8, TYPE.note, true, 3) : [];
      const heading = headingLines.length * TYPE.note * 1.3 + 12;
      const at = layout(ring, apart, { width, height }, { longest, column, heading });
      const parts: string[] = [];
      if (apart.length > 0) {
        const x0 = width - column;
        parts.push(
          tag("line", { x1: x0, x2: x0, y1: 0, y2: height, stroke: "#D9D9D9", "stroke-width": 1 }),
          textBlock(headingLines, {
            x: x0 + column / 2,
            y: TYPE.note,
            size: TYPE.note,
            bold: true,
            fill: MUTED_INK,
            anchor: "middle",
          }),
        );
      }
      const line = (a: string, b: string) => ({
        x1: at.get(a)!.x,
        y1: at.get(a)!.y,
        x2: at.get(b)!.x,
        y2: at.get(b)!.y,
      });
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
      for (const g of shown)
        parts.push(
          tag("line", {
            ...line(g.a, g.b),
            stroke: GAP_COLOUR,
            "stroke-width": 4,
            "stroke-dasharray": "8 5",
          }),
        );
      for (const c of gaps.categories) {
        const { x, y } = at.get(c)!;
        const cut = apart.includes(c);
        parts.push(
          tag("circle", {
            cx: x,
            cy: y,
            r: radius(c),
            fill: PLACE_COLOUR,
            "fill-opacity": 1,
            stroke: cut ? GAP_COLOUR : "#FFFFFF",
            "stroke-width": cut ? 4 : 1.5,
          }),
        );
      }
      const placer = labelPlacer(TYPE.text, true);
      for (const c of gaps.categories) placer.block(at.get(c)!.x, at.get(c)!.y, radius(c));
      for (const c of [...gaps.categories].sort((a, b) => size(b) - size(a) || a.localeCompare(b, o.lang))) {
        const { x, y } = at.get(c)!;
        const spot = placer.place(name(c), x, y, radius(c));
        parts.push(textBlock([name(c)], { ...spot, size: TYPE.text, bold: true, fill: INK, halo: true }));
      }
      return parts.join("");
    },
  });
}
