/** Deutsche Texte der Handzettel (eine A4-Seite je Akteur). */
import type { HandoutsMessages } from "../en/handouts.js";
import { formatNumberDe } from "./gaps.js";

export const handoutsMessagesDe: HandoutsMessages = {
  lang: "de",
  indexTitle: (p) => `Handzettel: ${p.dataset}, Welle ${p.wave}`,
  indexIntro: "Eine Seite je Akteur: auf A4 drucken und beim Netzwerktreffen verteilen.",
  columns: { actor: "Akteur", district: "Stadtteil", sector: "Bereich", partners: "Partner" },
  district: "Stadtteil",
  sector: "Bereich",
  partnersHeading: "Ihre Partner",
  noPartners: "Für diese Welle ist noch keine Verbindung erfasst.",
  positionHeading: "Ihr Platz im Netzwerk",
  degree: (p) =>
    p.share === 0
      ? `${p.name} hat ${p.partners} Partner.`
      : `${p.name} hat ${p.partners} Partner – mehr als ${formatNumberDe(p.share)} % der Akteure.`,
  isolated: (p) => `${p.name} hat noch keinen erfassten Partner: ein guter Zeitpunkt für erste Kontakte.`,
  spread: (p) =>
    `Die Partner kommen aus ${p.districts} ${p.districts === 1 ? "Stadtteil" : "Stadtteilen"} und ` +
    `${p.sectors} ${p.sectors === 1 ? "Bereich" : "Bereichen"}.`,
  crossDistrict: (p) => `${p.across} von ${p.partners} Partnern arbeiten in einem anderen Stadtteil.`,
  broker: (p) =>
    `${p.name} verbindet Akteure, die sonst nur über Umwege zueinander fänden: eine Brückenrolle.`,
  morePartners: (p) => `… und ${p.count} weitere.`,
  recommendHeading: "Wen Sie kennenlernen könnten",
  noRecommendations:
    "Keine Empfehlung: noch teilt kein Akteur ein Angebot, einen Bedarf, ein Thema oder einen Partner mit Ihnen.",
  footer: (p) => `vernetzt · ${p.dataset} · Welle ${p.wave}`,
  back: "Alle Handzettel",
  cliWritten: (p) => `${p.count} Handzettel nach ${p.dir} geschrieben (Übersicht: ${p.dir}/index.html).`,
};
