/**
 * The Akteure page: every actor in one accessible table that fits a 1366-px screen, with a search that keeps
 * only the matching rows, and the profile of the actor named in the URL (`?akteur=<id>`, linked from the
 * network view). Every figure says which wave it is from: the table counts the partners of the latest wave,
 * the profile gives the measures of the latest wave and its partners split by wave. Display only.
 */
import { dashboardMessagesDe } from "../../packages/core/src/i18n/de/dashboard.js";
import type { DashboardMessages } from "../../packages/core/src/i18n/en/dashboard.js";
import { append, el } from "./dom.js";
import { compareDe, formatNumber } from "./format.js";
import type { NetworkData, NetworkNode } from "./network-data.js";
import { actorFacts } from "./network-profile.js";
import { asWritten, type WaveLabel } from "./wave-label.js";

/** Options of {@link actorsView}. */
export interface ActorsViewOptions {
  /** Names of the waves (the Überblick's `waveLabelOf(overview)`). Default: as written. */
  waveLabel: WaveLabel;
}

/** Partners of every actor: in the latest wave, and in any wave. */
function partnersOf(data: NetworkData, latest: string) {
  const inLatest = new Map<string, Set<string>>(data.nodes.map((n) => [n.id, new Set()]));
  const any = new Map<string, Set<string>>(data.nodes.map((n) => [n.id, new Set()]));
  for (const { source, target, waves } of data.edges) {
    any.get(source)?.add(target);
    any.get(target)?.add(source);
    if (waves.includes(latest)) {
      inLatest.get(source)?.add(target);
      inLatest.get(target)?.add(source);
    }
  }
  return { inLatest, any };
}

/** The text a search looks in: name, district, sector, topics, offers and needs. */
const searchable = (n: NetworkNode) =>
  [n.name, n.district, n.sector, ...n.topics, ...n.offers, ...n.needs]
    .filter(Boolean)
    .join(" ")
    .toLocaleLowerCase("de");

/** The table of all actors, preceded by the profile of `selectedId` when it names an actor. */
export function actorsView(
  data: NetworkData,
  selectedId: string | null,
  texts: DashboardMessages = dashboardMessagesDe,
  options: Partial<ActorsViewOptions> = {},
): HTMLElement {
  const waveLabel = options.waveLabel ?? asWritten;
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const latest = data.waves[data.waves.length - 1] ?? "";
  const several = data.waves.length > 1;
  const partners = partnersOf(data, latest);
  const link = (id: string) =>
    el("a", { href: `?akteur=${encodeURIComponent(id)}#profil` }, byId.get(id)?.name ?? id);
  const sortedNames = (ids: Iterable<string>) =>
    [...ids].sort((a, b) => compareDe(byId.get(a)!.name, byId.get(b)!.name));

  const selected = selectedId ? byId.get(selectedId) : undefined;
  let profile: HTMLElement | null = null;
  if (selected) {
    const inLatest = sortedNames(partners.inLatest.get(selected.id) ?? []);
    const earlier = sortedNames(
      [...(partners.any.get(selected.id) ?? [])].filter((p) => !inLatest.includes(p)),
    );
    const list = (ids: string[]) =>
      ids.length > 0
        ? el("ul", {}, ...ids.map((id) => el("li", {}, link(id))))
        : el("p", {}, texts.noNeighbours);
    const facts = (rows: Array<[string, string | undefined]>) =>
      el(
        "dl",
        {},
        ...rows
          .filter(([, value]) => value)
          .flatMap(([term, value]) => [el("dt", {}, term), el("dd", {}, value!)]),
      );
    profile = el("section", { class: "card vz-profile", id: "profil", "aria-labelledby": "profil-titel" });
    append(profile, [
      el("h2", { id: "profil-titel" }, selected.name),
      facts(actorFacts(selected, texts)),
      data.measures.length > 0 ? el("h3", {}, texts.valuesIn({ wave: waveLabel(latest) })) : null,
      data.measures.length > 0
        ? facts(
            data.measures.map((m): [string, string] => [
              m.label,
              formatNumber(selected.centrality[latest]?.[m.key] ?? 0),
            ]),
          )
        : null,
      el(
        "p",
        {},
        el(
          "a",
          { href: `./empfehlungen?akteur=${encodeURIComponent(selected.id)}` },
          texts.recommendationsLink,
        ),
      ),
      el("h3", {}, texts.neighbours),
      several ? el("h4", {}, texts.partnersIn({ wave: waveLabel(latest), count: inLatest.length })) : null,
      list(inLatest),
      several && earlier.length > 0 ? el("h4", {}, texts.partnersEarlier({ count: earlier.length })) : null,
      several && earlier.length > 0 ? list(earlier) : null,
      several
        ? el("p", { class: "vz-hint" }, texts.partnersAllWaves({ count: inLatest.length + earlier.length }))
        : null,
    ]);
  }

  const has = {
    district: data.nodes.some((n) => n.district),
    sector: data.nodes.some((n) => n.sector),
    topics: data.nodes.some((n) => n.topics.length > 0),
    offers: data.nodes.some((n) => n.offers.length > 0),
    needs: data.nodes.some((n) => n.needs.length > 0),
  };
  const sorted = [...data.nodes].sort((a, b) => compareDe(a.name, b.name));
  const rows = sorted.map((n) => ({
    text: searchable(n),
    row: el(
      "tr",
      n.id === selected?.id ? { "aria-current": "true" } : {},
      el("th", { scope: "row" }, link(n.id)),
      has.district ? el("td", {}, n.district ?? "") : null,
      has.sector ? el("td", {}, n.sector ?? "") : null,
      has.topics ? el("td", {}, n.topics.join(", ")) : null,
      // Offers and needs share a column, so the table fits a 1366-px screen.
      has.offers || has.needs
        ? el(
            "td",
            {},
            n.offers.length > 0
              ? el("span", { class: "vz-offer" }, `${texts.offers}: ${n.offers.join(", ")}`)
              : null,
            n.needs.length > 0
              ? el("span", { class: "vz-need" }, `${texts.needs}: ${n.needs.join(", ")}`)
              : null,
          )
        : null,
      el("td", { class: "vz-number" }, formatNumber(partners.inLatest.get(n.id)?.size ?? 0)),
    ),
  }));
  const headers: Array<[string, string, boolean]> = [
    [texts.tableName, "vz-col-name", true],
    [texts.attributes.district, "vz-col-district", has.district],
    [texts.attributes.sector, "vz-col-sector", has.sector],
    [texts.topics, "vz-col-list", has.topics],
    [`${texts.offers} / ${texts.needs.toLocaleLowerCase("de")}`, "vz-col-list", has.offers || has.needs],
    [several ? texts.actorsTies({ wave: waveLabel(latest) }) : texts.tableTies, "vz-col-number", true],
  ];
  const body = el("tbody", {}, ...rows.map((r) => r.row));
  const status = el("p", { class: "vz-status", id: "akteure-status", "aria-live": "polite" });
  const search = el("input", {
    id: "akteure-suche",
    type: "search",
    autocomplete: "off",
    "aria-describedby": "akteure-suche-hinweis akteure-status",
  });
  const filter = () => {
    const words = search.value.trim().toLocaleLowerCase("de").split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const { text, row } of rows) {
      const match = words.every((word) => text.includes(word));
      row.hidden = !match;
      if (match) shown++;
    }
    status.textContent = texts.actorsShown({ shown, total: rows.length });
  };
  search.addEventListener("input", filter);
  filter();
  const table = el(
    "div",
    {
      class: "vz-table-wrap vz-actors-table",
      tabindex: 0,
      role: "region",
      "aria-labelledby": "akteure-caption",
    },
    el(
      "table",
      { class: "vz-table vz-table-fixed" },
      el("caption", { id: "akteure-caption" }, texts.actorsCaption({ total: data.nodes.length })),
      el(
        "colgroup",
        {},
        ...headers.filter(([, , shown]) => shown).map(([, column]) => el("col", { class: column })),
      ),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          ...headers
            .filter(([, , shown]) => shown)
            .map(([header, column]) =>
              el("th", { scope: "col", class: column === "vz-col-number" ? "vz-number" : undefined }, header),
            ),
        ),
      ),
      body,
    ),
  );
  return el(
    "div",
    { class: "vz-actors" },
    profile,
    el(
      "div",
      { class: "vz-field vz-actors-search" },
      el("label", { for: "akteure-suche" }, texts.actorsSearch),
      search,
      el("p", { id: "akteure-suche-hinweis", class: "vz-hint" }, texts.actorsSearchHint),
    ),
    status,
    table,
  );
}
