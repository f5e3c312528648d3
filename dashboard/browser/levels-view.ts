/**
 * The three levels of goal 6.3.3 side by side — „wissen voneinander“, „kennen sich“, „arbeiten zusammen“ — for
 * the latest wave of `indicator.json`: the indicator on the ties of each level and above, its interval, the
 * number of ties, and the components that change most with the level (reach, connectedness, across districts).
 * Without levels in the data (no survey yet) a note says how they count and where the survey is made.
 */
import type { IndicatorData, IndicatorLevelData } from "../loaders/indicator-data.js";
import { el } from "./dom.js";
import { formatNumber, formatPercent } from "./format.js";

const share = (value: number | null | undefined) =>
  value === null || value === undefined ? "trifft nicht zu" : formatPercent(value);

const SHOWN = [
  ["reach2", "Erreichbarkeit (höchstens zwei Schritte)"],
  ["connected", "Zusammenhang"],
  ["crossDistrict", "Über Stadtteilgrenzen"],
] as const;

function card(level: IndicatorLevelData): HTMLElement {
  const interval = level.interval ? `${share(level.interval[0])} – ${share(level.interval[1])}` : null;
  const pairs = level.pairs
    ? `${formatNumber(level.pairs.reported)} ${level.pairs.reported === 1 ? "Paar" : "Paare"} genannt, ${formatNumber(level.pairs.confirmed)} von beiden Seiten`
    : null;
  return el(
    "div",
    { class: "card vz-level", "data-level": level.key },
    el("h3", {}, `Stufe ${level.minLevel}: ${level.label}`),
    el("span", { class: "big" }, share(level.value)),
    interval ? el("p", { class: "vz-hint" }, `Unsicherheitsbereich ${interval}`) : null,
    el(
      "p",
      {},
      `${formatNumber(level.ties)} ${level.ties === 1 ? "Verbindung" : "Verbindungen"}${level.minLevel < 3 ? " (diese Stufe und höher)" : ""}`,
    ),
    pairs ? el("p", { class: "vz-hint" }, pairs) : null,
  );
}

/** The block of the Überblick page; `label` names a wave as the page does. */
export function levelsView(
  indicator: IndicatorData,
  label: (wave: string) => string = (w) => w,
): HTMLElement {
  const wave = indicator.waves.at(-1);
  const levels = wave?.levels ?? [];
  if (!wave || levels.length === 0) {
    return el("p", { class: "vz-hint" }, "Für diese Daten gibt es noch keine Werte je Stufe.");
  }
  const table = el(
    "table",
    { class: "vz-table vz-levels-table" },
    el("caption", {}, `Bestandteile je Stufe, Welle ${label(wave.wave)}`),
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        el("th", { scope: "col" }, "Bestandteil"),
        ...levels.map((l) => el("th", { scope: "col" }, l.label)),
      ),
    ),
    el(
      "tbody",
      {},
      ...SHOWN.map(([key, text]) =>
        el(
          "tr",
          {},
          el("th", { scope: "row" }, text),
          ...levels.map((l) => el("td", {}, share(l.components[key]))),
        ),
      ),
    ),
  );
  const notes: Array<HTMLElement | null> = [];
  if (wave.levelledTies === 0) {
    notes.push(
      el(
        "p",
        { class: "vz-hint" },
        "Diese Daten haben noch keine Stufen: Jede eingetragene Verbindung zählt als „arbeiten zusammen“, die Teilnahme am selben Treffen als „kennen sich“. Die Stufen kommen mit der Befragung „Wer kennt wen?“ – ",
        el("a", { href: "./befragung" }, "Befragung"),
        ".",
      ),
    );
  }
  const nr = wave.nonResponse;
  if (nr && nr.pairs > 0) {
    notes.push(
      el(
        "p",
        { class: "vz-hint" },
        `Rücklauf: ${formatNumber(nr.respondents)} von ${formatNumber(nr.actors)} Akteuren haben geantwortet; bei ${formatPercent(nr.pairsAnswered / nr.pairs)} der Paare hat mindestens eine Seite geantwortet. Verbindungen zwischen zwei Akteuren, die beide nicht geantwortet haben, sind unsichtbar.`,
      ),
    );
  }
  return el(
    "div",
    { class: "vz-levels", "data-slide": `Die drei Stufen des Ziels 6.3.3, Welle ${label(wave.wave)}` },
    el("div", { class: "grid grid-cols-3" }, ...levels.map(card)),
    table,
    ...notes,
    el(
      "p",
      {},
      "Je höher die Stufe, desto weniger Verbindungen zählen: Erreichbarkeit und Zusammenhang können mit der Stufe nur fallen. Wie gezählt wird: ",
      el("a", { href: "./methodik" }, "Methodik"),
      ".",
    ),
  );
}
