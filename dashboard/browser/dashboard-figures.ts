/**
 * The report's figures from the dashboard's JSON (the same figure functions `vernetzt report` calls, fed
 * with the page data, so uploaded data get them too), and the Überblick's report section: the deck of
 * these figures as a print view, and links to the files the build wrote for the built dataset
 * (`bericht.pdf`, `bericht.html`, `handouts/`).
 */
import {
  type DeckContent,
  type FigureMaker,
  type FigureOptions,
  gapMapFigure,
  gapMatrixFigure,
  indicatorOverWavesFigure,
  networkByDistrictFigure,
  resolveFigureOptions,
  schematicGapMapFigure,
  topIntroductionsFigure,
  whatChangedFigure,
} from "@vernetzt/figures";
import type { DashboardData } from "../loaders/dashboard-data.js";
import { el } from "./dom.js";
import { dashboardFigureOptions, openDeck } from "./export.js";

/** The figures' options for a page: German, the dataset's title, the waves' names (as the pages show them), today. */
export function pageFigureOptions(overview: DashboardData["overview"]): Partial<FigureOptions> {
  return {
    ...dashboardFigureOptions(overview.title ?? overview.name),
    waveLabels: Object.fromEntries(overview.waves.map((w) => [w.wave, w.label ?? w.wave])),
  };
}

/**
 * The deck's figures, in the order of `vernetzt report`, with what was left out and why. `options` add to
 * the page's (in Node: `document`, a fixed `date`).
 */
export function dashboardFigureMakers(
  data: DashboardData,
  options: Partial<FigureOptions> = {},
): { makers: FigureMaker[]; notes: string[] } {
  const o = { ...pageFigureOptions(data.overview), ...options };
  const make =
    <T>(
      figure: (data: T, options: Partial<FigureOptions>) => ReturnType<FigureMaker>,
      input: T,
    ): FigureMaker =>
    (extra) =>
      figure(input, { ...o, ...extra });
  const makers: FigureMaker[] = [make(indicatorOverWavesFigure, data.indicator)];
  const notes: string[] = [];
  const { gaps } = data;
  if (gaps.district) {
    const district = { ...gaps.district, wave: gaps.wave };
    if (gaps.places.length >= 2) makers.push(make(gapMapFigure, { gaps: district, places: gaps.places }));
    // Without coordinates: the schematic map, the cut-off districts set apart (as `vernetzt report`).
    else
      makers.push(
        make(schematicGapMapFigure, {
          gaps: district,
          groupSizes: gaps.district.groupSizes,
          isolated: (gaps.district.isolated ?? []).map((c) => c.category),
        }),
      );
    makers.push(make(gapMatrixFigure, district));
  } else if (gaps.sector) makers.push(make(gapMatrixFigure, { ...gaps.sector, wave: gaps.wave }));
  else notes.push("Lückenkarte und Lückenmatrix: die Akteure haben keinen Stadtteil und keinen Bereich.");
  makers.push(make(networkByDistrictFigure, data.network));
  if (data.overview.changes) makers.push(make(whatChangedFigure, data.overview.changes));
  else notes.push("Was sich geändert hat: eine Befragungswelle; ein Vergleich braucht zwei.");
  makers.push(make(topIntroductionsFigure, data.recommendations));
  return { makers, notes };
}

/**
 * The deck of the dashboard's data: a title slide (the dataset, its actors and the latest wave's ties, the
 * waves by their names), then {@link dashboardFigureMakers}. The Überblick's button opens it; the build
 * writes it as `bericht.pdf` and `bericht.html` (`scripts/report-files.ts`).
 */
export function dashboardDeck(data: DashboardData, options: Partial<FigureOptions> = {}): DeckContent {
  const m = resolveFigureOptions({ lang: "de" }).messages;
  const { overview, network } = data;
  const names = overview.waves.map((w) => w.label ?? w.wave);
  const latest = overview.waves.at(-1)?.wave;
  const ties = network.edges.filter((e) => latest === undefined || e.waves.includes(latest)).length;
  return {
    title: m.report.titleSlide({ dataset: overview.title ?? overview.name }),
    message: m.report.titleMessage({
      actors: m.number(overview.actors),
      ties: m.number(ties),
      waves: names.length > 1 ? m.wavesRange(names[0]!, names.at(-1)!) : m.wave(names[0] ?? "–"),
    }),
    ...dashboardFigureMakers(data, options),
  };
}

/**
 * The Überblick's section "Für Vortrag und Bericht": the deck button (enabled once every part is loaded)
 * and, for the built dataset, links to the deck PDF, the self-contained report page and the handouts.
 */
export function reportSection(load: () => Promise<DashboardData>, uploaded: boolean): HTMLElement {
  const deck = el("button", { type: "button", disabled: true }, "Foliensatz öffnen (Druckansicht, 16:9)");
  let data: DashboardData | null = null;
  deck.addEventListener("click", () => {
    if (data) openDeck(dashboardDeck(data), pageFigureOptions(data.overview));
  });
  const status = el("span", { class: "vz-hint", role: "status" }, "Die Abbildungen werden vorbereitet …");
  load().then(
    (loaded) => {
      data = loaded;
      deck.disabled = false;
      status.textContent = "";
    },
    () => {
      status.textContent = "Die Daten für den Foliensatz konnten nicht geladen werden.";
    },
  );
  const files = uploaded
    ? el(
        "p",
        { class: "vz-hint" },
        "Foliensatz als PDF, Bericht als eine HTML-Datei und Handouts liegen nur für den eingebauten Datensatz bereit; für eigene Daten: der Foliensatz oben oder „vernetzt report“ auf der Kommandozeile.",
      )
    : el(
        "ul",
        {},
        el(
          "li",
          {},
          el("a", { href: "./bericht.pdf", download: "" }, "Foliensatz als PDF"),
          " – dieselben Folien als Datei (16:9), für Beamer und Präsentationsprogramm",
        ),
        el(
          "li",
          {},
          el("a", { href: "./bericht.html" }, "Bericht als eine HTML-Datei"),
          " – öffnet ohne Server direkt vom Datenträger, zum Mailen oder für die Website",
        ),
        el(
          "li",
          {},
          el("a", { href: "./handouts/index.html" }, "Handouts zum Ausdrucken"),
          " – eine A4-Seite je Akteur: Partner, Stellung im Netzwerk, Empfehlungen",
        ),
      );
  return el(
    "div",
    { class: "vz-report" },
    el(
      "p",
      {},
      "Die wichtigsten Abbildungen als Folien, jede mit einem Satz, der sagt, was sie zeigt – dieselben, die „vernetzt report“ schreibt. Jede Abbildung einzeln: die Knöpfe unter den Grafiken der Seiten.",
    ),
    el("p", {}, deck, " ", status),
    files,
  );
}
