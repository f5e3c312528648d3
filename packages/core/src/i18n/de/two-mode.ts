/** Deutsche Texte der Zwei-Modus-Analysen (Akteure × Treffen, Organisationen × Projekte). */
import type { TwoModeMessages } from "../en/two-mode.js";

export const twoModeMessagesDe: TwoModeMessages = {
  noMode: (p) =>
    `Knoten „${p.node}“ hat keinen Modus: Jeder Knoten eines Zwei-Modus-Netzwerks braucht das Attribut „mode“ (z. B. „person“ oder „event“).`,
  unknownMode: (p) =>
    `Das Netzwerk hat keinen Modus „${p.mode}“; seine Modi sind: ${p.modes.join(", ")}. Bitte einen davon wählen.`,
  notBipartite: (p) =>
    `„${p.source}“ und „${p.target}“ sind verbunden, haben aber beide den Modus „${p.mode}“: In einem Zwei-Modus-Netzwerk verbindet eine Beziehung nur ein Mitglied mit einer Gruppe. Bitte die Beziehung entfernen oder den Modus korrigieren.`,
  tooManyModes: (p) =>
    `Ein Zwei-Modus-Netzwerk hat genau zwei Modi, dieses hat ${p.modes.length}: ${p.modes.join(", ")}.`,
  sameKey: (p) =>
    `„${p.key}“ ist zugleich Mitglied und Gruppe. Bitte Mitgliedern und Gruppen verschiedene Kennungen geben (z. B. ein Präfix für die Gruppen).`,
  invalidOption: (p) => `Ungültige Option ${p.option}: ${p.value} angegeben, erwartet ${p.expected}.`,
};
