/** Deutsche Texte der Transferprojekte-Ansicht (`vernetzt projects`). */
import type { ProjectsMessages } from "../en/projects.js";

export const projectsMessagesDe: ProjectsMessages = {
  heading: (p) => `Transferprojekte (${p.count})`,
  missing: {
    projects:
      "Die Daten enthalten keine Transferprojekte (projekte.csv: Projekt, Stadtteil, Jahr, Träger): hier gibt es nichts zu zeigen.",
    years:
      "Die Projekte haben weder Jahr noch Welle: das Netzwerk vor einer Übernahme lässt sich nicht vom Netzwerk danach trennen.",
    carriers:
      "Die Projekte nennen keine Träger: gesucht werden Beziehungen zwischen allen Akteuren der beiden Stadtteile.",
    topics: "Die Projekte haben kein Thema: kein Stadtteil lässt sich als nächster vorschlagen.",
    waves: "Die Beziehungen stammen aus nur einer Welle: das Netzwerk vor einer Übernahme ist das heutige.",
  },
  origin: (p) =>
    `${p.project}${p.topic ? ` (${p.topic})` : ""} — entstanden in ${p.district}${p.year !== null ? ` ${p.year}` : ""}`,
  adoption: (p) =>
    `→ ${p.district}${p.year !== null ? ` ${p.year}` : ""}, übernommen aus ${p.from}${p.lag !== null ? ` (${p.lag} ${p.lag === 1 ? "Jahr" : "Jahre"} später)` : ""}`,
  connection: {
    direct: (p) => `Beziehung vorher: direkt — ${p.paths}`,
    through: (p) => `Beziehung vorher: über andere — ${p.paths}`,
    none: (p) => `keine Beziehung vorher (kein Weg über höchstens ${p.length} Beziehungen)`,
  },
  evidence: {
    before: (p) => `Netzwerk der Welle ${p.wave}`,
    "same-wave": (p) => `Netzwerk der Welle ${p.wave}, derselbe Zeitraum: die Beziehung kann jünger sein`,
    undated: (p) => `ohne Datum: Netzwerk der letzten Welle ${p.wave}`,
  },
  candidates: (p) => `könnte als Nächstes nach: ${p.list}`,
  candidate: (p) =>
    `${p.district} (${p.topicActors} zum Thema, ${p.ties} ${p.ties === 1 ? "Beziehung" : "Beziehungen"} zu Stadtteilen mit dem Projekt)`,
  noCandidates: "noch kein Stadtteil teilt das Thema und hat Beziehungen zu einem mit dem Projekt",
  districtsHeading: "Stadtteile: Ideengeber und Übernehmer",
  district: (p) =>
    `${p.district}: ${p.originated} entstanden, ${p.exported} weitergegeben, ${p.imported} übernommen`,
};
