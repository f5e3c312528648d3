/** Deutsche Texte der Gruppen- und Community-Analysen (Fehlermeldungen und Bezeichnungen). */
import type { GroupsMessages } from "../en/groups.js";

export const groupsMessagesDe: GroupsMessages = {
  unknownAttribute: (p) =>
    `Kein Akteur hat einen Wert für das Merkmal „${p.attribute}“. ` +
    (p.available.length > 0
      ? `Merkmale mit Werten: ${p.available.join(", ")}. Bitte eines davon wählen.`
      : "Die Akteure haben keine kategorialen Merkmale: bitte eine Spalte wie Stadtteil oder Bereich ergänzen."),
  invalidOption: (p) => `Ungültige Einstellung ${p.option}: ${p.value} angegeben, erwartet ${p.expected}.`,
  lengthMismatch: (p) =>
    `Die beiden Zuordnungen müssen dieselben Akteure beschreiben: eine hat ${p.first} Einträge, die andere ${p.second}.`,
  leftOut: (p) => `${p.actors} Akteur(e) ohne Wert für „${p.attribute}“ wurden nicht berücksichtigt.`,
  brokerageRoles: {
    coordinator: "Koordinator",
    itinerant: "Berater",
    representative: "Repräsentant",
    gatekeeper: "Gatekeeper",
    liaison: "Verbindungsglied (Liaison)",
    total: "gesamt",
  },
};
