/** Deutsche Texte der Zusammenfassung einer Analyse (`vernetzt analyze` ohne `--json`). */
import type { AnalysisMessages } from "../en/analysis.js";

export const analysisMessagesDe: AnalysisMessages = {
  heading: (p) => {
    const actors = p.actors === "1" ? "Akteur" : "Akteure";
    const ties = p.ties === "1" ? "Verbindung" : "Verbindungen";
    return `Welle ${p.wave}: ${p.actors} ${actors}, ${p.ties} ${p.directed ? `gerichtete ${ties}` : ties}`;
  },
  network: {
    density: "Dichte",
    components: "Zusammenhangskomponenten",
    largestComponent: "Akteure im größten verbundenen Teil",
    transitivity: "Transitivität",
    averagePathLength: "Mittlere Pfadlänge (größter Teil)",
    diameter: "Durchmesser (größter Teil)",
    modularity: "Modularität (Louvain)",
    communities: "Gemeinschaften",
    centralization: "Degree-Zentralisierung",
    reciprocity: "Reziprozität",
    articulationPoints: "Schlüsselakteure (ohne sie zerfällt das Netzwerk)",
    bridges: "Brücken (ohne sie zerfällt das Netzwerk)",
  },
  sampled: "Pfadmaße sind Schätzungen aus einer Stichprobe von Startpunkten.",
  topBrokers: "Höchste Betweenness (wer andere verbindet):",
  group: (p) => `Nach ${p.attribute} (${p.categories} Gruppen):`,
  eiIndex: (p) =>
    `  E-I-Index ${p.value} (−1 alle Verbindungen innerhalb, +1 alle über Grenzen; Permutations-p = ${p.p})`,
  eiByCategory: (p) => `  E-I-Index je Gruppe: ${p.list}`,
  suppressedNote: (p) =>
    `  < ${p.k}: weniger als ${p.k} Akteure, darunter Privatpersonen: Werte zu ihrem Schutz nicht gezeigt (--min-group-size 1 zeigt sie)`,
  assortativity: (p) => `  Assortativität ${p.value}`,
  communityAgreement: (p) => `  Gemeinschaften folgen dieser Einteilung: NMI ${p.nmi} (0 gar nicht, 1 genau)`,
  uncategorised: (p) => `  ${p.count} Akteure ohne Angabe bleiben unberücksichtigt`,
  jsonHint: "Alle Werte für alle Akteure: vernetzt analyze <Pfad> --json",
  eigenvectorWarning: (p) =>
    `Die Eigenvektor-Zentralität hat sich in ${p.iterations} Schritten nicht stabilisiert (Toleranz ` +
    `${p.tolerance}); die Werte sind eine Näherung.`,
  selfLoopsWarning: (p) =>
    `${p.loops === 1 ? "1 Verbindung führt" : `${p.loops} Verbindungen führen`} von einem Akteur zu sich selbst ` +
    `(${p.actors.join(", ")}${p.actors.length < p.loops ? ", …" : ""}). Gezählt wie in networkx von ` +
    `${p.counted.length > 0 ? p.counted.join(", ") : "keinem der gezeigten Maße"}; alle anderen Maße lassen ` +
    "sie weg (docs/metrics.md, Self-loops).",
};
