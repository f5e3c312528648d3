/**
 * Printable handouts: one A4 HTML page per actor, with its partners, its place in the network in plain
 * words, and recommended contacts with reasons (`recommend`), plus an `index.html` listing every page.
 * Pure: returns file names and contents; the CLI writes them. Persons without consent are pseudonymised
 * first (`privacy/pseudonymize`), and every piece of data is HTML-escaped (names may contain markup).
 *
 * One page: at most 36 partners (then "and N more") in three columns, and the first three reasons of each
 * recommendation (offer/need, topics, partners come first).
 *
 * Plain words: the number of partners and the share of actors with fewer (rounded down); how many districts and sectors
 * the partners come from and how many work in another district; a "bridging role" sentence when the
 * actor's normalised betweenness (`centrality/betweennessNormalized`) is positive and among the top 10 %.
 */
import { betweennessNormalized } from "../centrality/betweenness.js";
import { handoutsMessagesDe } from "../i18n/de/handouts.js";
import { type HandoutsMessages, handoutsMessagesEn } from "../i18n/en/handouts.js";
import { buildGraph } from "../model/build-graph.js";
import type { Actor, Dataset, VernetztGraph } from "../model/types.js";
import { pseudonymize } from "../privacy/pseudonymize.js";
import { recommendReasonText } from "../recommend/reason-text.js";
import { type Recommendation, recommend } from "../recommend/recommend.js";
import { escapeHtml, htmlDocument, slug } from "./html.js";

export interface HandoutsOptions {
  /** Wave to describe. Default `null`: the latest wave. */
  wave: string | null;
  /** Recommended contacts per page. Default `5`. */
  top: number;
  /** Seed of the recommendations' communities. Default `1`. */
  seed: number;
  /** Language: `"de"` or `"en"`. Default `"de"`. */
  lang: "de" | "en";
  /** Pseudonymise every person, not only those without consent. Default `false`. */
  pseudonymizeAll: boolean;
}

export const DEFAULT_HANDOUTS_OPTIONS: HandoutsOptions = {
  wave: null,
  top: 5,
  seed: 1,
  lang: "de",
  pseudonymizeAll: false,
};

export interface HandoutFile {
  /** File name relative to the output folder, e.g. `index.html`, `001-kiga-nord.html`. */
  path: string;
  html: string;
}

/**
 * The handout pages of every actor and the index page (first).
 *
 * @example
 * ```ts
 * import { renderHandouts } from "@vernetzt/core/handouts";
 * import { parseDataset } from "@vernetzt/core/io";
 *
 * const { dataset } = await parseDataset(
 *   [
 *     {
 *       name: "actors.csv",
 *       data: "id,name,district\nkita,Kita <Sonnenschein>,Nord\njugend,Jugendtreff,Nord\nsport,Sportverein,Süd",
 *     },
 *     { name: "ties.csv", data: "source,target\nkita,jugend\njugend,sport" },
 *   ],
 *   { name: "Beispielstadt" },
 * );
 * const files = renderHandouts(dataset!, { lang: "de", top: 3 });
 * files.map((file) => file.path) //=> ["index.html", "001-kita.html", "002-jugend.html", "003-sport.html"]
 * files[1]!.html.includes("<h1>Kita &lt;Sonnenschein&gt;</h1>") //=> true
 * ```
 */
export function renderHandouts(dataset: Dataset, options: Partial<HandoutsOptions> = {}): HandoutFile[] {
  const o = { ...DEFAULT_HANDOUTS_OPTIONS, ...options };
  const messages: HandoutsMessages = o.lang === "de" ? handoutsMessagesDe : handoutsMessagesEn;
  const data = pseudonymize(dataset, { allPersons: o.pseudonymizeAll });
  const graph = buildGraph(data, o.wave === null ? {} : { wave: o.wave });
  const wave = graph.getAttribute("wave");
  const recommendations = new Map<string, Recommendation[]>();
  for (const r of recommend(graph, { top: o.top, seed: o.seed, districts: data.districts }).recommendations) {
    recommendations.set(r.actor, [...(recommendations.get(r.actor) ?? []), r]);
  }
  const districtName = new Map(data.districts.map((d) => [d.id, d.name]));
  const position = positionFacts(graph);
  const pages = data.actors.map((actor, i) => ({
    actor,
    path: `${String(i + 1).padStart(3, "0")}-${slug(actor.id)}.html`,
  }));
  const context = { graph, lang: o.lang, messages, districtName, wave, dataset: data.name };
  return [
    { path: "index.html", html: indexPage(pages, context) },
    ...pages.map(({ actor, path }) => ({
      path,
      html: actorPage(actor, recommendations.get(actor.id) ?? [], position, context),
    })),
  ];
}

/** What fits on one A4 page (checked by printing every page of the sample city to PDF in Chromium). */
const MAX_PARTNERS = 36;
const MAX_REASONS = 3;

interface PageContext {
  graph: VernetztGraph;
  lang: "de" | "en";
  messages: HandoutsMessages;
  districtName: Map<string, string>;
  wave: string;
  dataset: string;
}

interface PositionFacts {
  /** Per degree, the percentage of actors with a smaller degree. */
  fewer: (degree: number) => number;
  brokers: Set<string>;
}

/** The other actors `id` has a tie with (a self-loop of a graph tool's file is no partner). */
function partnersOf(graph: VernetztGraph, id: string): string[] {
  return graph.neighbors(id).filter((other) => other !== id);
}

function positionFacts(graph: VernetztGraph): PositionFacts {
  const degrees = graph.mapNodes((id) => partnersOf(graph, id).length).sort((a, b) => a - b);
  const between = Object.entries(betweennessNormalized(graph));
  const ranked = between.filter(([, value]) => value > 0).sort((a, b) => b[1] - a[1]);
  const cut = Math.max(1, Math.ceil(0.1 * graph.order));
  return {
    // Rounded down: "more than x %" must stay true, so the best-connected actor of 218 (217 have fewer,
    // 99.5 %) reads "more than 99 %", never "more than 100 %".
    fewer: (degree) => {
      const below = degrees.findIndex((d) => d >= degree);
      return Math.floor((100 * (below < 0 ? degrees.length : below)) / Math.max(1, degrees.length));
    },
    brokers: new Set(ranked.slice(0, cut).map(([id]) => id)),
  };
}

function describe(actor: Actor, c: PageContext): string {
  const parts = [
    actor.district ? `${c.messages.district}: ${c.districtName.get(actor.district) ?? actor.district}` : "",
    actor.sector ? `${c.messages.sector}: ${actor.sector}` : "",
  ].filter(Boolean);
  return parts.map(escapeHtml).join(" · ");
}

function actorPage(
  actor: Actor,
  recommendations: Recommendation[],
  facts: PositionFacts,
  c: PageContext,
): string {
  const m = c.messages;
  const partners = partnersOf(c.graph, actor.id).map((id) => c.graph.getNodeAttributes(id));
  const name = actor.name;
  const position: string[] = [];
  if (partners.length === 0) position.push(m.isolated({ name }));
  else {
    position.push(m.degree({ name, partners: partners.length, share: facts.fewer(partners.length) }));
    const districts = new Set(partners.flatMap((p) => (p.district ? [p.district] : [])));
    const sectors = new Set(partners.flatMap((p) => (p.sector ? [p.sector] : [])));
    if (districts.size > 0 || sectors.size > 0)
      position.push(m.spread({ districts: districts.size, sectors: sectors.size }));
    if (actor.district) {
      const across = partners.filter((p) => p.district && p.district !== actor.district).length;
      position.push(m.crossDistrict({ across, partners: partners.length }));
    }
    if (facts.brokers.has(actor.id)) position.push(m.broker({ name }));
  }
  const partnerList =
    partners.length === 0
      ? `<p>${escapeHtml(m.noPartners)}</p>`
      : `<ul class="partners">\n${partners
          .slice(0, MAX_PARTNERS)
          .map((p) => {
            const where =
              p.district && p.district !== actor.district
                ? (c.districtName.get(p.district) ?? p.district)
                : "";
            const meta = [p.sector ?? "", where].filter(Boolean).join(", ");
            return `<li>${escapeHtml(p.name)}${meta ? ` <span class="meta">(${escapeHtml(meta)})</span>` : ""}</li>`;
          })
          .join("\n")}\n</ul>${
          partners.length > MAX_PARTNERS
            ? `\n<p class="meta">${escapeHtml(m.morePartners({ count: partners.length - MAX_PARTNERS }))}</p>`
            : ""
        }`;
  const recommendationList =
    recommendations.length === 0
      ? `<p>${escapeHtml(m.noRecommendations)}</p>`
      : `<ol class="recommendations">\n${recommendations
          .map((r) => {
            const candidate = c.graph.getNodeAttributes(r.candidate);
            const meta = describe(candidate, c);
            const why = escapeHtml(
              r.reasons
                .slice(0, MAX_REASONS)
                .map((reason) => recommendReasonText(reason, c.lang))
                .join(" · "),
            );
            return `<li><strong>${escapeHtml(candidate.name)}</strong>${meta ? ` <span class="meta">(${meta})</span>` : ""}<p class="why">${why}</p></li>`;
          })
          .join("\n")}\n</ol>`;
  const body = `<nav><a href="index.html">${escapeHtml(m.back)}</a></nav>
<main>
<h1>${escapeHtml(name)}</h1>
<p class="meta">${describe(actor, c)}</p>
<h2>${escapeHtml(m.positionHeading)}</h2>
${position.map((sentence) => `<p>${escapeHtml(sentence)}</p>`).join("\n")}
<h2>${escapeHtml(m.partnersHeading)}</h2>
${partnerList}
<h2>${escapeHtml(m.recommendHeading)}</h2>
${recommendationList}
<footer>${escapeHtml(m.footer({ dataset: c.dataset, wave: c.wave }))}</footer>
</main>`;
  return htmlDocument(m.lang, escapeHtml(name), body);
}

function indexPage(pages: Array<{ actor: Actor; path: string }>, c: PageContext): string {
  const m = c.messages;
  const title = escapeHtml(m.indexTitle({ dataset: c.dataset, wave: c.wave }));
  const rows = pages
    .map(({ actor, path }) => {
      const district = actor.district ? (c.districtName.get(actor.district) ?? actor.district) : "";
      return `<tr><td><a href="${escapeHtml(path)}">${escapeHtml(actor.name)}</a></td><td>${escapeHtml(district)}</td><td>${escapeHtml(actor.sector ?? "")}</td><td>${c.graph.neighbors(actor.id).length}</td></tr>`;
    })
    .join("\n");
  const body = `<main>
<h1>${title}</h1>
<p>${escapeHtml(m.indexIntro)}</p>
<table>
<thead><tr><th>${escapeHtml(m.columns.actor)}</th><th>${escapeHtml(m.columns.district)}</th><th>${escapeHtml(m.columns.sector)}</th><th>${escapeHtml(m.columns.partners)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</main>`;
  return htmlDocument(m.lang, title, body);
}
