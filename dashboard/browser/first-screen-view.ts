/**
 * The Überblick's first screen: three questions a coordinator asks, answered for the latest wave in three
 * cards — do the actors know each other (the 6.3.3 indicator, its trend and range of uncertainty), where is
 * the network thin (the worst gaps, a district cut off from the rest first), who should meet whom (the best
 * introductions) — and, under them, what changed since the previous wave in figures that add up. Display
 * only: every figure comes from `overview.json` and `indicator.json`.
 */
import { dashboardMessagesDe } from "../../packages/core/src/i18n/de/dashboard.js";
import type { DashboardMessages } from "../../packages/core/src/i18n/en/dashboard.js";
import type { ThinSpot } from "../loaders/first-screen-data.js";
import type { IndicatorData } from "../loaders/indicator-data.js";
import type { MeetingNote, OverviewData } from "../loaders/overview-data.js";
import { el } from "./dom.js";
import { formatNumber, formatPercent } from "./format.js";
import { formatPoints } from "./indicator-reading.js";
import { waveChangesAbsence } from "./wave-changes-reading.js";
import { type WaveLabel, waveLabelOf } from "./wave-label.js";

type Texts = DashboardMessages["firstScreen"];

/** The three answer cards and the changes since the previous wave. */
export function firstScreenView(
  overview: OverviewData,
  indicator: IndicatorData,
  messages: DashboardMessages = dashboardMessagesDe,
): HTMLElement {
  const t = messages.firstScreen;
  const label = waveLabelOf(overview);
  return el(
    "section",
    { class: "vz-first-screen", "aria-label": t.label },
    el(
      "div",
      { class: "vz-answers", "data-slide": t.label },
      indicatorCard(indicator, t, label),
      thinSpotsCard(overview, t, label),
      introductionsCard(overview, t),
    ),
    changesBrief(overview, t, label),
  );
}

function card(id: string, title: string, ...children: Array<Node | null>): HTMLElement {
  return el(
    "article",
    { class: "card vz-answer", "aria-labelledby": id },
    el("h2", { id }, title),
    ...children,
  );
}

const link = (href: string, text: string) => el("p", { class: "vz-answer-link" }, el("a", { href }, text));

function indicatorCard(indicator: IndicatorData, t: Texts, label: WaveLabel): HTMLElement {
  const latest = indicator.waves.at(-1);
  if (!latest || latest.value === null) {
    return card(
      "vz-q-indicator",
      t.knowEachOther,
      el("p", {}, t.noIndicator),
      link("./entwicklung", t.toIndicator),
    );
  }
  const previous = indicator.waves.at(-2);
  const change = previous && previous.value !== null ? latest.value - previous.value : null;
  const points = change === null ? 0 : Math.round(change * 100);
  const weakest = indicator.components
    .map((c) => ({ label: c.label, value: latest.components[c.key as keyof typeof latest.components] }))
    .filter((c): c is { label: string; value: number } => c.value !== null)
    .sort((a, b) => a.value - b.value)[0];
  return card(
    "vz-q-indicator",
    t.knowEachOther,
    el(
      "p",
      { class: "vz-answer-figure" },
      el("span", { class: "big" }, formatPercent(latest.value)),
      el("span", { class: "vz-answer-caption" }, t.indicatorOf({ wave: label(latest.wave) })),
    ),
    previous && previous.value !== null
      ? el(
          "p",
          { class: "vz-trend" },
          t.trend({
            direction: points > 0 ? "up" : points < 0 ? "down" : "same",
            points: formatPoints(change!).replace(/^[+−]/, ""),
            previousWave: label(previous.wave),
            previous: formatPercent(previous.value),
          }),
        )
      : null,
    latest.interval
      ? el(
          "p",
          {},
          el(
            "abbr",
            { title: t.intervalHint },
            t.interval({ low: formatPercent(latest.interval[0]), high: formatPercent(latest.interval[1]) }),
          ),
        )
      : latest.responseRate === null
        ? el("p", { class: "vz-answer-note" }, t.noRespondents)
        : null,
    sparkline(indicator, label),
    weakest
      ? el("p", {}, t.weakest({ component: weakest.label, value: formatPercent(weakest.value) }))
      : null,
    // Room for the indicator's three levels (wissen voneinander, kennen sich, arbeiten zusammen) side by side.
    el("div", { class: "vz-indicator-levels", "data-slot": "indicator-levels" }),
    link("./entwicklung", t.toIndicator),
  );
}

/** The indicator over the waves as a small line (its figures are in the card's text and on Entwicklung). */
function sparkline(indicator: IndicatorData, label: WaveLabel): Element | null {
  const points = indicator.waves.flatMap((w, i) =>
    w.value === null ? [] : [{ i, value: w.value, wave: w.wave }],
  );
  if (points.length < 2) return null;
  const [width, height, pad] = [160, 36, 4];
  const n = Math.max(indicator.waves.length - 1, 1);
  const x = (i: number) => pad + (i / n) * (width - 2 * pad);
  const y = (v: number) => height - pad - v * (height - 2 * pad);
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height + 14}`);
  svg.setAttribute("class", "vz-sparkline");
  svg.setAttribute("aria-hidden", "true");
  const line = document.createElementNS(svg.namespaceURI, "polyline");
  line.setAttribute("points", points.map((p) => `${x(p.i)},${y(p.value)}`).join(" "));
  svg.append(line);
  for (const p of points) {
    const dot = document.createElementNS(svg.namespaceURI, "circle");
    dot.setAttribute("cx", String(x(p.i)));
    dot.setAttribute("cy", String(y(p.value)));
    dot.setAttribute("r", "2.5");
    svg.append(dot);
  }
  for (const [p, anchor] of [
    [points[0]!, "start"],
    [points.at(-1)!, "end"],
  ] as const) {
    const text = document.createElementNS(svg.namespaceURI, "text");
    text.setAttribute("x", String(x(p.i)));
    text.setAttribute("y", String(height + 12));
    text.setAttribute("text-anchor", anchor);
    text.textContent = label(p.wave);
    svg.append(text);
  }
  return svg;
}

function certainty(pValue: number | null): "clear" | "likely" | "maybeChance" | "unknown" {
  if (pValue === null) return "unknown";
  return pValue < 0.05 ? "clear" : pValue < 0.1 ? "likely" : "maybeChance";
}

function thinSpotItem(spot: ThinSpot, t: Texts, wave: string): HTMLElement {
  const detail = (text: string | null) =>
    text ? el("span", { class: "vz-answer-detail", title: text }, text) : null;
  switch (spot.kind) {
    case "isolated":
      return el(
        "li",
        { class: "vz-thin-isolated" },
        el("strong", {}, spot.category),
        t.isolated({ by: spot.by, actors: spot.actors }),
        detail(spot.detail),
      );
    case "pair":
      return el(
        "li",
        {},
        el("strong", {}, `${spot.a} – ${spot.b}`),
        el(
          "span",
          { title: t.certaintyHint },
          t.pair({
            observed: spot.observed,
            expected: formatNumber(Math.round(spot.expected * 10) / 10),
            certainty: certainty(spot.pValue),
          }),
        ),
        detail(spot.detail),
      );
    case "unconnected":
      return el("li", {}, el("strong", {}, formatNumber(spot.actors)), t.unconnected({ ...spot, wave }));
    case "parts":
      return el("li", {}, t.parts(spot));
  }
}

function thinSpotsCard(overview: OverviewData, t: Texts, label: WaveLabel): HTMLElement {
  const spots = overview.firstScreen?.thinSpots ?? [];
  const hidden = overview.firstScreen?.suppressedGaps ?? 0;
  const wave = label(overview.firstScreen?.wave ?? "");
  return card(
    "vz-q-thin",
    t.thin,
    spots.length > 0
      ? el("ol", { class: "vz-answer-list" }, ...spots.map((spot) => thinSpotItem(spot, t, wave)))
      : hidden === 0
        ? el("p", {}, t.noThinSpot)
        : null,
    hidden > 0 ? el("p", { class: "vz-answer-note" }, t.suppressedGaps({ count: hidden })) : null,
    link("./luecken", t.toGaps),
  );
}

function introductionsCard(overview: OverviewData, t: Texts): HTMLElement {
  const introductions = overview.firstScreen?.introductions ?? [];
  return card(
    "vz-q-meet",
    t.meet,
    introductions.length > 0
      ? el(
          "ol",
          { class: "vz-answer-list" },
          ...introductions.map((r) =>
            el(
              "li",
              {},
              el(
                "a",
                { href: `./empfehlungen?akteur=${encodeURIComponent(r.actor)}` },
                t.introductionOf({ actor: r.actorName, candidate: r.candidateName }),
              ),
              el("span", { class: "vz-answer-detail", title: r.reason }, r.reason),
            ),
          ),
        )
      : el("p", {}, t.noIntroduction),
    link("./empfehlungen", t.toRecommendations),
  );
}

const dateDe = (iso: string) => {
  const [year, month, day] = iso.split("-");
  return `${day}.${month}.${year}`;
};

/** „Netzwerktreffen …“ am 17.04.2024 mit 36 Teilnehmenden. */
function meetingName(meeting: MeetingNote, t: Texts): string {
  return t.meeting({
    title: meeting.title,
    date: meeting.date ? dateDe(meeting.date) : null,
    attendees: formatNumber(meeting.attendees),
  });
}

function changesBrief(overview: OverviewData, t: Texts, label: WaveLabel): HTMLElement {
  const absent = waveChangesAbsence(overview);
  const c = overview.changes;
  if (absent !== null || !c) return el("div", { class: "vz-changes-brief" }, el("p", {}, absent ?? ""));
  const n = formatNumber;
  const [from, to] = [label(c.from), label(c.to)];
  const ties = c.ties;
  const meetingsBefore = overview.waves.find((w) => w.wave === c.from)?.meetings ?? [];
  const lines: string[] = [
    t.tiesChange({
      before: n(ties.before),
      after: n(ties.after),
      from,
      to,
      new: n(ties.new),
      lost: n(ties.lost),
    }),
  ];
  if (ties.lostFromMeetings > 0 || ties.newFromMeetings > 0) {
    const meeting = meetingsBefore[0];
    lines.push(
      t.meetings({
        lostFromMeetings: n(ties.lostFromMeetings),
        newFromMeetings: n(ties.newFromMeetings),
        meeting: ties.lostFromMeetings > 0 && meeting ? meetingName(meeting, t) : null,
        reportedNew: n(ties.new - ties.newFromMeetings),
        reportedLost: n(ties.lost - ties.lostFromMeetings),
      }),
    );
  }
  // Ties across district borders and actors on one line: the brief has to fit under the three cards.
  const actors = t.actorsChange({ new: c.actors.new, lost: c.actors.lost });
  const cross = c.crossDistrictTies;
  lines.push(
    cross
      ? `${t.crossDistrict({
          new: n(cross.new),
          lost: n(cross.lost),
          lostFromMeetings: cross.lostFromMeetings > 0 ? n(cross.lostFromMeetings) : null,
        })} ${actors}`
      : actors,
  );
  return el(
    "div",
    // Not a slide of its own: presentation mode shows the detailed changes further down the page.
    { class: "vz-changes-brief" },
    el("h2", {}, t.changedSince({ wave: from })),
    el("ul", {}, ...lines.map((line) => el("li", {}, line))),
    el("p", { class: "vz-answer-link" }, el("a", { href: "#veraenderungen" }, t.toChanges)),
  );
}
