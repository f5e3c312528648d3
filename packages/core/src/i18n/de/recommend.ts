/** Deutsche Texte der Kontaktempfehlungen: die Begründungen zu jeder Empfehlung, je Code. */
import type { RecommendMessages, RecommendReasonTexts } from "../en/recommend.js";
import { joinListDe } from "./gaps.js";

/** „A, B, C und 2 weitere“ für die ersten Namen von `count` Akteuren. */
const someOf = (names: readonly string[], count: number) =>
  count > names.length ? `${names.join(", ")} und ${count - names.length} weitere` : joinListDe(names);

// „bietet, was … sucht:“ stimmt für jedes Angebot, ob Einzahl oder Mehrzahl, ob der, die oder das
const reasons: RecommendReasonTexts = {
  "offer-sought": (p) => `${p.offerer.name} bietet, was ${p.seeker.name} sucht: ${joinListDe(p.items)}`,
  "shared-topics": (p) =>
    `${p.topics.length === 1 ? "gemeinsames Thema" : "gemeinsame Themen"}: ${joinListDe(p.topics)}`,
  "common-partners": (p) =>
    `${p.count} ${p.count === 1 ? "gemeinsamer Partner" : "gemeinsame Partner"}: ${someOf(
      p.partners.map((a) => a.name),
      p.count,
    )}`,
  "same-district": (p) => `beide im Stadtteil ${p.district}`,
  "neighbouring-districts": (p) => `benachbarte Stadtteile: ${p.from} und ${p.to}`,
  "bridges-districts": (p) => `verbindet die Stadtteile ${p.from} und ${p.to}`,
  "bridges-sectors": (p) => `verbindet die Bereiche ${p.from} und ${p.to}`,
  "bridges-communities": () =>
    "verbindet zwei Gruppen des Netzwerks, die bisher wenig miteinander zu tun haben",
};

export const recommendMessagesDe: RecommendMessages = {
  reasons,
  cliHeading: (p) => `Empfohlene Kontakte für ${p.actor}:`,
  cliNone: "keine Empfehlung",
};
