/**
 * What changed between two waves: new and lost actors, ties and ties across district borders as bars to
 * either side of zero, and beside them the districts whose ties across their borders changed most, as
 * arrows from the earlier count to the later one. The dashboard's `overview.json` `changes` (core's
 * `compareWaves`, summarised) has the shape this figure needs.
 */
import { type Figure, type FigureOptions, resolveFigureOptions } from "./figure.js";
import { frame } from "./frame.js";
import { swatchLegend } from "./legend.js";
import { INK, MUTED_INK } from "./palette.js";
import { TYPE } from "./style.js";
import { textBlock, textWidth, truncateText } from "./svg/text.js";
import { escapeXml, tag } from "./svg/xml.js";

/** A district's ties across district borders in both waves. */
export interface DistrictChangeData {
  district: string;
  from: number;
  to: number;
}

/** Changes from wave `from` to wave `to`. */
export interface WaveChangesFigureData {
  from: string;
  to: string;
  actors: { new: number; lost: number };
  ties: { new: number; lost: number };
  /** `null` without districts. */
  crossDistrictTies: { new: number; lost: number } | null;
  districts: { gained: readonly DistrictChangeData[]; lost: readonly DistrictChangeData[] };
}

const NEW_COLOUR = "#0072B2";
const LOST_COLOUR = "#D55E00";
/** Districts shown on the right: the biggest changes. */
const DISTRICTS_SHOWN = 8;

/**
 * @example
 * ```ts
 * import { whatChangedFigure } from "@vernetzt/figures";
 *
 * const figure = whatChangedFigure({
 *   from: "1", to: "2", actors: { new: 3, lost: 1 }, ties: { new: 20, lost: 8 },
 *   crossDistrictTies: { new: 6, lost: 2 },
 *   districts: { gained: [{ district: "Nord", from: 2, to: 6 }], lost: [] },
 * });
 * figure.message //=> "6 neue und 2 weggefallene Verbindungen über Stadtteilgrenzen; die größte Veränderung: Nord 2 → 6."
 * ```
 */
export function whatChangedFigure(data: WaveChangesFigureData, options: Partial<FigureOptions> = {}): Figure {
  const o = resolveFigureOptions(options);
  const m = o.messages;
  const t = m.changes;
  const rows = [
    { label: t.actors, ...data.actors },
    { label: t.ties, ...data.ties },
    ...(data.crossDistrictTies ? [{ label: t.cross, ...data.crossDistrictTies }] : []),
  ];
  const districts = [...data.districts.gained, ...data.districts.lost]
    .sort(
      (a, b) =>
        Math.abs(b.to - b.from) - Math.abs(a.to - a.from) || a.district.localeCompare(b.district, o.lang),
    )
    .slice(0, DISTRICTS_SHOWN);
  const change = (d: DistrictChangeData) => `${d.district} ${m.number(d.from)} → ${m.number(d.to)}`;
  const headline = data.crossDistrictTies ?? data.ties;
  const waves = { from: o.waveName(data.from), to: o.waveName(data.to) };
  return frame(o, {
    name: "what-changed",
    title: t.title(waves),
    message: t.message({
      newTies: m.number(headline.new),
      lostTies: m.number(headline.lost),
      cross: data.crossDistrictTies !== null,
      top: districts[0] ? change(districts[0]) : null,
    }),
    wave: m.waves(waves.from, waves.to),
    legend: (width) =>
      swatchLegend(
        [
          { label: t.gained(waves), swatch: { kind: "square", colour: NEW_COLOUR } },
          { label: t.lost(waves), swatch: { kind: "square", colour: LOST_COLOUR } },
        ],
        width,
      ),
    note: t.note,
    minBodyHeight: 260,
    body: ({ width, height }) => {
      const size = TYPE.text;
      const hasDistricts = data.crossDistrictTies !== null;
      const left = hasDistricts ? width * 0.46 : width;
      const parts: string[] = [];
      // Left: bars to either side of zero, one row per count.
      const max = Math.max(1, ...rows.flatMap((r) => [r.new, r.lost]));
      const rowHeight = Math.min(90, height / rows.length);
      const mid = left / 2;
      const half = mid - 70;
      rows.forEach((row, i) => {
        const y = i * rowHeight;
        const bar = Math.min(38, rowHeight - size * 1.6 - 8);
        parts.push(
          textBlock([truncateText(row.label, left, size, true)], {
            x: 0,
            y: y + size,
            size,
            bold: true,
            fill: INK,
          }),
        );
        const barY = y + size * 1.5;
        const wNew = (half * row.new) / max;
        const wLost = (half * row.lost) / max;
        // The zero line beside each pair of bars only: one line through all rows crossed their headings.
        parts.push(
          tag("line", {
            x1: mid,
            x2: mid,
            y1: barY - 6,
            y2: barY + bar + 6,
            stroke: MUTED_INK,
            "stroke-width": 1,
          }),
        );
        parts.push(tag("rect", { x: mid, y: barY, width: wNew, height: bar, fill: NEW_COLOUR }));
        parts.push(tag("rect", { x: mid - wLost, y: barY, width: wLost, height: bar, fill: LOST_COLOUR }));
        const baseline = barY + bar / 2 + size * 0.35;
        parts.push(
          tag(
            "text",
            { x: mid + wNew + 8, y: baseline, "font-size": size, fill: INK },
            escapeXml(`+${m.number(row.new)}`),
          ),
        );
        parts.push(
          tag(
            "text",
            { x: mid - wLost - 8, y: baseline, "font-size": size, fill: INK, "text-anchor": "end" },
            escapeXml(`−${m.number(row.lost)}`),
          ),
        );
      });
      if (!hasDistricts) return parts.join("");
      // Right: per district, an arrow from the earlier count to the later one.
      const x0 = left + 40;
      parts.push(
        textBlock([truncateText(t.districtsHeading, width - x0, size, true)], {
          x: x0,
          y: size,
          size,
          bold: true,
          fill: INK,
        }),
      );
      if (districts.length === 0) {
        parts.push(textBlock([t.noDistrictChange], { x: x0, y: size * 2.8, size, fill: MUTED_INK }));
        return parts.join("");
      }
      const nameWidth = Math.min(
        width * 0.22,
        Math.max(...districts.map((d) => textWidth(d.district, size))) + 12,
      );
      const scaleMax = Math.max(1, ...districts.flatMap((d) => [d.from, d.to]));
      const label = (d: DistrictChangeData) => `${m.number(d.from)} → ${m.number(d.to)}`;
      const labelWidth = Math.max(...districts.map((d) => textWidth(label(d), size))) + 16;
      const plotLeft = x0 + nameWidth;
      const plotWidth = Math.max(40, width - plotLeft - labelWidth - 8);
      const line = Math.min(44, (height - size * 2) / districts.length);
      const xOf = (v: number) => plotLeft + (plotWidth * v) / scaleMax;
      districts.forEach((d, i) => {
        const y = size * 2 + i * line + line / 2;
        const colour = d.to >= d.from ? NEW_COLOUR : LOST_COLOUR;
        parts.push(
          tag(
            "text",
            { x: plotLeft - 12, y: y + size * 0.35, "font-size": size, "text-anchor": "end", fill: INK },
            escapeXml(truncateText(d.district, nameWidth - 12, size)),
          ),
        );
        parts.push(
          tag("line", { x1: xOf(d.from), x2: xOf(d.to), y1: y, y2: y, stroke: colour, "stroke-width": 4 }),
        );
        const dir = d.to >= d.from ? 1 : -1;
        const tip = xOf(d.to);
        parts.push(tag("path", { d: `M${tip},${y}l${-dir * 10},-7v14z`, fill: colour }));
        parts.push(
          tag("circle", { cx: xOf(d.from), cy: y, r: 5, fill: "#FFFFFF", stroke: colour, "stroke-width": 2 }),
        );
        parts.push(
          tag(
            "text",
            { x: Math.max(xOf(d.from), tip) + 14, y: y + size * 0.35, "font-size": size, fill: INK },
            escapeXml(label(d)),
          ),
        );
      });
      return parts.join("");
    },
  });
}
