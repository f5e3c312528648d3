/**
 * The Akteure page: every actor in one accessible table, and the profile of the actor named in the URL
 * (`?akteur=<id>`, linked from the network view). Display only.
 */
import { dashboardMessagesDe } from "../../packages/core/src/i18n/de/dashboard.js";
import type { DashboardMessages } from "../../packages/core/src/i18n/en/dashboard.js";
import { el } from "./dom.js";
import { compareDe, formatNumber } from "./format.js";
import type { NetworkData } from "./network-data.js";

/** The table of all actors, preceded by the profile of `selectedId` when it names an actor. */
export function actorsView(
  data: NetworkData,
  selectedId: string | null,
  texts: DashboardMessages = dashboardMessagesDe,
): HTMLElement {
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const latest = data.waves[data.waves.length - 1] ?? "";
  const partners = new Map<string, Set<string>>(data.nodes.map((n) => [n.id, new Set()]));
  for (const { source, target } of data.edges) {
    partners.get(source)?.add(target);
    partners.get(target)?.add(source);
  }
  const link = (id: string) =>
    el("a", { href: `?akteur=${encodeURIComponent(id)}#profil` }, byId.get(id)?.name ?? id);

  const selected = selectedId ? byId.get(selectedId) : undefined;
  const profile = selected
    ? el(
        "section",
        { class: "card vz-profile", id: "profil", "aria-labelledby": "profil-titel" },
        el("h2", { id: "profil-titel" }, selected.name),
        el(
          "dl",
          {},
          ...(
            [
              [texts.attributes.kind, selected.kind],
              [texts.attributes.district, selected.district],
              [texts.attributes.sector, selected.sector],
              [texts.topics, selected.topics.join(", ")],
              [texts.offers, selected.offers.join(", ")],
              [texts.needs, selected.needs.join(", ")],
              ...data.measures.map((m) => [m.label, formatNumber(selected.centrality[latest]?.[m.key] ?? 0)]),
              ...(data.waves.length > 1 ? [[texts.filterWave, latest]] : []),
            ] as Array<[string, string | undefined]>
          )
            .filter(([, value]) => value)
            .flatMap(([term, value]) => [el("dt", {}, term), el("dd", {}, value!)]),
        ),
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
        el(
          "ul",
          {},
          ...[...(partners.get(selected.id) ?? [])]
            .sort((a, b) => compareDe(byId.get(a)!.name, byId.get(b)!.name))
            .map((id) => el("li", {}, link(id))),
        ),
      )
    : null;

  const rows = [...data.nodes]
    .sort((a, b) => compareDe(a.name, b.name))
    .map((n) =>
      el(
        "tr",
        n.id === selected?.id ? { "aria-current": "true" } : {},
        el("th", { scope: "row" }, link(n.id)),
        el("td", {}, n.district ?? ""),
        el("td", {}, n.sector ?? ""),
        el("td", {}, n.topics.join(", ")),
        el("td", {}, n.offers.join(", ")),
        el("td", {}, n.needs.join(", ")),
        el("td", { class: "vz-number" }, formatNumber(partners.get(n.id)?.size ?? 0)),
      ),
    );
  const headers = [
    texts.tableName,
    texts.attributes.district,
    texts.attributes.sector,
    texts.topics,
    texts.offers,
    texts.needs,
    texts.tableTies,
  ];
  const table = el(
    "div",
    { class: "vz-table-wrap", tabindex: 0, role: "region", "aria-labelledby": "akteure-caption" },
    el(
      "table",
      { class: "vz-table" },
      el(
        "caption",
        { id: "akteure-caption" },
        `Alle ${formatNumber(data.nodes.length)} Akteure, nach Namen sortiert`,
      ),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          ...headers.map((h, i) =>
            el("th", { scope: "col", class: i === headers.length - 1 ? "vz-number" : undefined }, h),
          ),
        ),
      ),
      el("tbody", {}, ...rows),
    ),
  );
  return el("div", { class: "vz-actors" }, profile, table);
}
