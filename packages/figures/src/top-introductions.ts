/**
 * The strongest recommended introductions (core's `recommend`): each pair once, best fit first, with its
 * main reason and a bar for the fit (0 to 1). The dashboard's `recommendations.json` has this shape.
 */
import { type Figure, type FigureOptions, resolveFigureOptions } from "./figure.js";
import { frame } from "./frame.js";
import { INK, MUTED_INK } from "./palette.js";
import { TYPE } from "./style.js";
import { textBlock, textWidth, truncateText } from "./svg/text.js";
import { escapeXml, tag } from "./svg/xml.js";

/** Recommendations of one wave, with the actors' names. */
export interface IntroductionsFigureData {
  wave: string;
  actors: ReadonlyArray<{ id: string; name: string; district?: string }>;
  recommendations: ReadonlyArray<{
    actor: string;
    candidate: string;
    score: number;
    reasons: readonly string[];
  }>;
}

/** Pairs shown. */
export const INTRODUCTIONS_SHOWN = 8;
const BAR_COLOUR = "#009E73";

/** The best pairs, each once (a → b and b → a are one pair), best fit first, then by ids. */
export function strongestPairs<R extends IntroductionsFigureData["recommendations"][number]>(
  data: { recommendations: readonly R[] },
  count: number = INTRODUCTIONS_SHOWN,
): R[] {
  const seen = new Set<string>();
  return [...data.recommendations]
    .sort(
      (a, b) => b.score - a.score || a.actor.localeCompare(b.actor) || a.candidate.localeCompare(b.candidate),
    )
    .filter((r) => {
      const key = [r.actor, r.candidate].sort().join("\u0000");
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, count);
}

/**
 * @example
 * ```ts
 * import { topIntroductionsFigure } from "@vernetzt/figures";
 *
 * const figure = topIntroductionsFigure({
 *   wave: "1",
 *   actors: [{ id: "a", name: "Kita" }, { id: "b", name: "Jugendtreff" }],
 *   recommendations: [{ actor: "a", candidate: "b", score: 0.5, reasons: ["gemeinsame Themen: Familie"] }],
 * });
 * figure.message //=> "Die stärkste Empfehlung: Kita und Jugendtreff (Passung 0,5 von 1) – gemeinsame Themen: Familie."
 * ```
 */
export function topIntroductionsFigure(
  data: IntroductionsFigureData,
  options: Partial<FigureOptions> = {},
): Figure {
  const o = resolveFigureOptions(options);
  const m = o.messages;
  const t = m.introductions;
  const plain = new Map(data.actors.map((a) => [a.id, a.name]));
  const withDistrict = new Map(
    data.actors.map((a) => [a.id, a.district ? `${a.name} (${a.district})` : a.name]),
  );
  const plainName = (id: string) => plain.get(id) ?? id;
  const nameOf = (id: string) => withDistrict.get(id) ?? id;
  const pairs = strongestPairs(data);
  const score = (s: number) =>
    s.toLocaleString(m.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const best = pairs[0];
  return frame(o, {
    name: "top-introductions",
    title: t.title,
    message: best
      ? t.message({
          a: plainName(best.actor),
          b: plainName(best.candidate),
          score: score(best.score),
          reason: best.reasons[0] ?? null,
        })
      : t.none,
    wave: m.Wave(o.waveName(data.wave)),
    note: t.note,
    minBodyHeight: Math.max(120, pairs.length * 52),
    body: ({ width, height }) => {
      const size = TYPE.text;
      if (pairs.length === 0) return textBlock([t.none], { x: 0, y: size * 1.5, size, fill: MUTED_INK });
      const barWidth = Math.min(260, width * 0.22);
      const textArea = width - barWidth - 90;
      const row = Math.min(72, height / pairs.length);
      const parts: string[] = [];
      parts.push(
        tag(
          "text",
          {
            x: width - barWidth / 2 - 40,
            y: -4,
            "font-size": TYPE.note,
            "text-anchor": "middle",
            fill: MUTED_INK,
          },
          escapeXml(`${t.fit} (0–1)`),
        ),
      );
      pairs.forEach((p, i) => {
        const y = i * row;
        const pairText = truncateText(`${nameOf(p.actor)} ↔ ${nameOf(p.candidate)}`, textArea, size, true);
        parts.push(textBlock([pairText], { x: 0, y: y + size * 1.1, size, bold: true, fill: INK }));
        if (row >= size * 2.6 && p.reasons[0])
          parts.push(
            textBlock([truncateText(p.reasons[0], textArea, TYPE.note)], {
              x: 0,
              y: y + size * 1.1 + TYPE.note * 1.3,
              size: TYPE.note,
              fill: MUTED_INK,
            }),
          );
        const x = width - barWidth - 40;
        const barY = y + size * 0.3;
        parts.push(tag("rect", { x, y: barY, width: barWidth, height: size, fill: "#EEEEEE" }));
        parts.push(
          tag("rect", {
            x,
            y: barY,
            width: barWidth * Math.max(0, Math.min(1, p.score)),
            height: size,
            fill: BAR_COLOUR,
          }),
        );
        const value = score(p.score);
        parts.push(
          tag(
            "text",
            { x: width - textWidth(value, size) + 2, y: barY + size * 0.85, "font-size": size, fill: INK },
            escapeXml(value),
          ),
        );
      });
      return parts.join("");
    },
  });
}
