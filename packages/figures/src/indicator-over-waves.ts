/**
 * Indicator 6.3.3 and its five components over the survey waves: one line each, the composite bold and
 * black with its 95 % bootstrap interval as a grey bar, every line labelled at its end with its last value
 * (no colour lookup needed), and a key with the components' full names.
 */
import * as Plot from "@observablehq/plot";
import { type Figure, type FigureOptions, resolveFigureOptions } from "./figure.js";
import { frame } from "./frame.js";
import { type LegendItem, swatchLegend } from "./legend.js";
import { INK, OKABE_ITO } from "./palette.js";
import { plotBody } from "./plot-body.js";
import { TYPE } from "./style.js";
import { spreadPositions } from "./svg/spread.js";
import { textWidth } from "./svg/text.js";

/** What the figure needs; the dashboard's `indicator.json` has this shape. */
export interface IndicatorOverWavesData {
  /** The components in display order; `short` labels the line ends (default: `label` up to " ("). */
  components: ReadonlyArray<{ key: string; label: string; short?: string }>;
  /** Waves in chronological order. */
  waves: ReadonlyArray<{
    wave: string;
    value: number | null;
    interval: readonly [number, number] | null;
    /** Component values by `key` (core's `IndicatorComponents`); `null` = does not apply. */
    components: object;
  }>;
}

const COMPOSITE = "*composite";
const MARGINS = { top: 30, bottom: 56 };

/** Line-end labels moved apart vertically (in data units of the 0–1 y scale drawn `plotHeight` px high). */
function spreadEnds<T extends { value: number }>(
  ends: readonly T[],
  plotHeight: number,
): Array<T & { labelY: number }> {
  const gap = (TYPE.text * 1.15) / plotHeight;
  const spread = spreadPositions(
    ends.map((e) => -e.value),
    gap,
    -1.02,
    0.02,
  );
  return ends.map((e, i) => ({ ...e, labelY: -spread[i]! }));
}

/**
 * @example
 * ```ts
 * import { indicatorOverWavesFigure } from "@vernetzt/figures";
 * import { figureDocument } from "@vernetzt/figures/node";
 *
 * const figure = indicatorOverWavesFigure(
 *   {
 *     components: [{ key: "connected", label: "Zusammenhang (Anteil im größten verbundenen Teil)" }],
 *     waves: [
 *       { wave: "1", value: 0.6, interval: [0.55, 0.65], components: { connected: 0.8 } },
 *       { wave: "2", value: 0.7, interval: null, components: { connected: 0.9 } },
 *     ],
 *   },
 *   { dataset: "Beispielstadt", document: figureDocument() },
 * );
 * figure.message //=> "Von Welle 1 zu Welle 2 stieg der Indikator von 60 % auf 70 % (+10 Prozentpunkte)."
 * figure.svg.includes("var(") //=> false
 * ```
 */
export function indicatorOverWavesFigure(
  data: IndicatorOverWavesData,
  options: Partial<FigureOptions> = {},
): Figure {
  const o = resolveFigureOptions(options);
  const m = o.messages;
  const first = data.waves[0];
  const last = data.waves.at(-1);
  const allSeries = [
    { key: COMPOSITE, label: m.indicator.composite, short: m.indicator.composite, colour: INK, width: 4 },
    ...data.components.map((c, i) => ({
      key: c.key,
      label: c.label,
      short: c.short ?? c.label.replace(/\s*\(.*$/, ""),
      colour: OKABE_ITO[i % OKABE_ITO.length]!,
      width: 2,
    })),
  ];
  const seriesValue = (w: IndicatorOverWavesData["waves"][number], key: string) =>
    key === COMPOSITE ? w.value : ((w.components as Record<string, number | null | undefined>)[key] ?? null);
  // A component that applies in no wave (e.g. districts without districts) is left out, key included.
  const series = allSeries.filter((s) => data.waves.some((w) => seriesValue(w, s.key) !== null));
  const points = data.waves.flatMap((w) =>
    series.flatMap((s) => {
      const value = seriesValue(w, s.key);
      return value === null ? [] : [{ wave: w.wave, key: s.key, value }];
    }),
  );
  const ends = series.flatMap((s) => {
    const at = [...data.waves].reverse().find((w) => seriesValue(w, s.key) !== null);
    return at
      ? [
          {
            wave: at.wave,
            key: s.key,
            value: seriesValue(at, s.key)!,
            text: `${s.short} ${m.percent(seriesValue(at, s.key))}`,
            colour: s.colour,
          },
        ]
      : [];
  });
  const labelWidth = Math.max(0, ...ends.map((e) => textWidth(e.text, TYPE.text)));
  const colour = new Map(series.map((s) => [s.key, s.colour]));
  const width = new Map(series.map((s) => [s.key, s.width]));

  const message =
    !first || !last
      ? m.indicator.messageOne({ wave: "–", value: m.percent(null) })
      : data.waves.length < 2 || first.value === null || last.value === null
        ? m.indicator.messageOne({ wave: o.waveName(last.wave), value: m.percent(last.value) })
        : m.indicator.message({
            from: o.waveName(first.wave),
            to: o.waveName(last.wave),
            first: m.percent(first.value),
            last: m.percent(last.value),
            change: m.points(last.value - first.value),
            direction: Math.round(last.value * 100) - Math.round(first.value * 100),
          });
  const legend: LegendItem[] = [
    ...series.map((s) => ({
      label: s.label,
      swatch: { kind: "line" as const, colour: s.colour, width: s.width + 1 },
    })),
    ...(data.waves.some((w) => w.interval)
      ? [{ label: m.indicator.interval, swatch: { kind: "line" as const, colour: "#BDBDBD", width: 10 } }]
      : []),
  ];
  return frame(o, {
    name: "indicator-over-waves",
    title: m.indicator.title,
    message,
    wave:
      first && last
        ? first === last
          ? m.Wave(o.waveName(first.wave))
          : m.wavesRange(o.waveName(first.wave), o.waveName(last.wave))
        : null,
    legend: (w) => swatchLegend(legend, w),
    // Every line is labelled at its end: the key with the components' full names goes first when space is short.
    legendOptional: true,
    // The key may be dropped for space (legendOptional): the note still says what the grey bars are.
    note: data.waves.some((w) => w.interval)
      ? `${m.indicator.note} ${m.indicator.intervalNote}`
      : m.indicator.note,
    minBodyHeight: 260,
    body: (size) =>
      plotBody(
        o,
        {
          marginLeft: 70,
          marginRight: Math.min(size.width * 0.45, labelWidth + 24),
          marginTop: MARGINS.top,
          marginBottom: MARGINS.bottom,
          x: {
            label: m.indicator.axisWave,
            labelAnchor: "center",
            labelOffset: 48,
            type: "point",
            domain: data.waves.map((w) => w.wave),
            tickFormat: o.waveName,
            padding: 0.15,
          },
          y: {
            label: m.indicator.axisShare,
            domain: [0, 1],
            tickFormat: (d: number) => m.percent(d),
            grid: true,
            ticks: 5,
          },
          marks: [
            Plot.ruleX(
              data.waves.filter((w) => w.interval),
              {
                x: "wave",
                y1: (w) => w.interval![0],
                y2: (w) => w.interval![1],
                stroke: "#BDBDBD",
                strokeWidth: 10,
              },
            ),
            Plot.line(points, {
              x: "wave",
              y: "value",
              z: "key",
              stroke: (d) => colour.get(d.key),
              strokeWidth: (d) => width.get(d.key),
            }),
            Plot.dot(points, { x: "wave", y: "value", fill: (d) => colour.get(d.key), r: 5 }),
            Plot.text(spreadEnds(ends, size.height - MARGINS.top - MARGINS.bottom), {
              x: "wave",
              y: "labelY",
              text: "text",
              fill: "colour",
              dx: 14,
              textAnchor: "start",
              fontSize: TYPE.text,
            }),
          ],
        },
        size,
      ),
  });
}
