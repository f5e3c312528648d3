/** Deutsche Texte der Kontaktempfehlungen: die Begründungen zu jeder Empfehlung. */
import type { RecommendMessages } from "../en/recommend.js";
import { joinListDe } from "./gaps.js";

export const recommendMessagesDe: RecommendMessages = {
  offersSought: (p) => `${p.offerer} bietet ${joinListDe(p.items)}, die ${p.seeker} sucht`,
  sharedTopics: (p) => `gemeinsame Themen: ${joinListDe(p.topics)}`,
  commonPartners: (p) =>
    `${p.count} ${p.count === 1 ? "gemeinsamer Partner" : "gemeinsame Partner"}: ${p.names.join(", ")}` +
    (p.more > 0 ? ` und ${p.more} weitere` : ""),
  bridgesDistricts: (p) => `verbindet die Stadtteile ${p.from} und ${p.to}`,
  bridgesSectors: (p) => `verbindet die Bereiche ${p.from} und ${p.to}`,
  bridgesCommunities: "verbindet zwei Gruppen des Netzwerks, die bisher wenig miteinander zu tun haben",
  sameDistrict: (p) => `beide im Stadtteil ${p.district}`,
  neighbouringDistricts: (p) => `benachbarte Stadtteile: ${p.from} und ${p.to}`,
  cliHeading: (p) => `Empfohlene Kontakte für ${p.actor}:`,
  cliNone: "keine Empfehlung",
};
